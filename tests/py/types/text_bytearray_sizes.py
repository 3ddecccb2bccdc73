# bytearray over-allocation as seen by sys.getsizeof
import sys
for src in [[1,2,3], [1]*5, list(range(20)), (1,2), range(10), iter([1,2,3])]:
    print(sys.getsizeof(bytearray(src)))
b = bytearray(b"abcdef"); b.clear(); print(sys.getsizeof(b))
b = bytearray(b"abcdefgh"*10); del b[5:]; print(sys.getsizeof(b))
b = bytearray(b"abcdefgh"*10); b.pop(); print(sys.getsizeof(b))
b = bytearray(b"ab"); b *= 10; print(sys.getsizeof(b))
b = bytearray(b"ab"); b.extend(range(30)); print(sys.getsizeof(b))
b = bytearray(b"ab"); b.extend(iter(range(30))); print(sys.getsizeof(b))
b = bytearray(b"ab"); c = b + b"cd"; print(sys.getsizeof(c), sys.getsizeof(b * 3), sys.getsizeof(b.copy()), sys.getsizeof(b[0:1]), sys.getsizeof(b.upper()))

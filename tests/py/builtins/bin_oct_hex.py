print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0))
print(bin(2**70), hex(2**64))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print(e)

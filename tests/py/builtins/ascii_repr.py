print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\U0001F600"), ascii([1, "ü"]))
print(repr("abc"), repr("é"), repr(1.0), repr([1, "a", None]), repr((1,)), repr({1: "x"}))
print(repr(b"\x00a"), repr(bytearray(b"hi")), repr(range(3)), repr(slice(1, 2)))
class R:
    def __repr__(self):
        return "<R ü>"
print(ascii(R()), repr(R()))

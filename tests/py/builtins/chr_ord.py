print(chr(65), chr(0x263A), chr(0x1F600), ord("A"), ord("é"), ord("😀"), ord(b"a"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
print("".join(chr(ord(c) + 1) for c in "HAL"))

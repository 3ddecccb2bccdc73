import io

s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.tell())
print(repr(s.getvalue()), s.read(), s.seek(0), s.read(5), s.readline(), repr(s.readline()))
s = io.StringIO('a\nb\nc')
print(list(s), s.tell())
s.seek(0)
print(s.readlines())
s.seek(2)
s.write('X')
print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()))
with io.StringIO('ctx') as s2:
    print(s2.read())
print(s2.closed)
try:
    s2.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(0)
b.write(b'XY')
print(b.getvalue(), list(io.BytesIO(b'1\n2\n')))
b.seek(10)
b.write(b'!')
print(b.getvalue())
print(type(s).__name__, type(b).__name__, io.TextIOWrapper.__name__, io.BufferedReader.__name__)
import sys
print(type(sys.stdin).__name__, hasattr(sys.stdin, 'readline'))

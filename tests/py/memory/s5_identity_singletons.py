# `is` as CPython 3.11 answers it: small ints however produced, the empty
# str/bytes/tuple singletons, one-byte bytes, results that are the operand
# itself (s + '', replace/strip with nothing to do, int(int), bytes(bytes)),
# the Ellipsis/NotImplemented constructors, fresh results of str(int) and
# case mapping.
import sys


def I(label, a, b):
    print(label, a is b)


x = 200; y = 56
I('int("256")', int("256"), int("256")); I('int("257")', int("257"), int("257"))
I('computed 256', x + y, 256); I('computed 257', x + y + 1, 257); I('int("-5")', int("-5"), int("-5"))
big = 1000
I('int(int)', int(big), big); I('str(str)', str('a b'), 'a b')
I("''.join([])", ''.join([]), ''); I("'abc'[3:]", 'abc'[3:], ''); I("'ab' * 0", 'ab' * 0, '')
I("'  '.strip()", '  '.strip(), ''); I('tuple([])', tuple([]), ()); I('(1, 2)[2:]', (1, 2)[2:], ())
I("b''.join([])", b''.join([]), b''); I('bytes()', bytes(), b''); I("b'abc'[5:]", b'abc'[5:], b'')
I("''.encode()", ''.encode(), b''); I('bytes(0)', bytes(0), b''); I('bytes(bytearray())', bytes(bytearray()), b'')
I('bytes([97])', bytes([97]), b'a'); I("b'xa'[1:]", b'xa'[1:], b'a'); I("'a'.encode()", 'a'.encode(), b'a')
I("bytes.fromhex('61')", bytes.fromhex('61'), b'a'); I("b' a '.strip()", b' a '.strip(), b'a')
I('bytes(1)', bytes(1), b'\x00'); I("b'a'.upper()", b'a'.upper(), b'A'); I("b'ab'.replace", b'ab'.replace(b'b', b''), b'a')
I('to_bytes', (1).to_bytes(1, 'big'), b'\x01'); I('bytes((97,))', bytes((97,)), b'a')
I("bytes(b'ab')", bytes(b'ab'), b'ab'); I("b''.join([b'ab'])", b''.join([b'ab']), b'ab')
s1 = 'hello world'
I("s + ''", s1 + '', s1); I("'' + s", '' + s1, s1); I('replace nothing', s1.replace('z', 'y'), s1)
I('strip nothing', s1.strip(), s1); I('lstrip nothing', s1.lstrip(), s1); I('rstrip nothing', s1.rstrip(), s1)
I('split nothing', 'word'.split()[0], 'word'); I('split sep nothing', 'word'.split(',')[0], 'word')
I('type(...)()', type(...)(), ...); I('type(NotImplemented)()', type(NotImplemented)(), NotImplemented)
I('type(None)()', type(None)(), None)
I('str(1)', str(1), '1'); I('repr(7)', repr(7), '7'); I("f'{5}'", f'{5}', '5'); I("'a'.upper()", 'a'.upper(), 'A')
I("chr(233)", chr(233), 'é'); I("'xyz'[1]", 'xyz'[1], 'y')
I('sys.intern', sys.intern(''.join(['hel', 'lo'])), 'hello')
try:
    type(...)(1)
except TypeError as e:
    print(e)
try:
    type(NotImplemented)(1)
except TypeError as e:
    print(e)

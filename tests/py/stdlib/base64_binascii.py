# base64 and binascii: encoders and decoders, CPython's lenient and strict
# base64 rules, hex separators, CRCs and the error messages.
import base64
import binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


t(binascii.hexlify, b'\x01\xab')
t(binascii.hexlify, b'\x01\xab\xcd', '-')
t(binascii.hexlify, b'\x01\xab\xcd\xef', b':', 2)
t(binascii.hexlify, b'\x01\xab\xcd\xef', ':', -3)
t(binascii.hexlify, b'\x01\xab\xcd\xef', ':', 3)
t(binascii.unhexlify, '01ab')
t(binascii.unhexlify, b'01a')
t(binascii.unhexlify, b'0g')
t(binascii.b2a_base64, b'abcd')
t(binascii.b2a_base64, b'abcd', newline=False)
for s in [b'YWJjZA==', 'YWJjZA==', b'YWJjZA=', b'YWJjZ', b'YW!Jj\nZA==', b'YWJjZA==YQ==', b'=YWJj', b'', b'Y', b'YQ', b'YQ=', b'YQ==']:
    t(binascii.a2b_base64, s)
for s in [b'YWJjZA==', b'YW!JjZA==', b'=YWJj', b'YQ==YQ==', b'YQ=a']:
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.crc32, b'hello')
t(binascii.crc32, b'world', 123)
t(binascii.crc32, b'x', -1)
t(binascii.crc_hqx, b'hello', 0)
t(binascii.crc_hqx, b'hello', 0x1234)
t(binascii.hexlify, 'abc')
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)

for n in range(12):
    data = bytes((i * 73 + n) % 256 for i in range(n))
    enc = base64.b64encode(data)
    assert base64.b64decode(enc) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    print(n, enc, base64.b32encode(data), base64.urlsafe_b64encode(data))
t(base64.b64encode, b'\xfb\xff\xfe', b'-_')
t(base64.b64decode, '+/+/', altchars=b'-_')
t(base64.b64decode, b'YWJj!ZA==', validate=True)
t(base64.b64decode, b'YWJjZA')
t(base64.urlsafe_b64encode, b'\xfb\xff')
t(base64.urlsafe_b64decode, '-_8=')
t(base64.b32encode, b'hello')
t(base64.b32decode, b'NBSWY3DP')
t(base64.b32decode, b'nbswy3dp', casefold=True)
t(base64.b32decode, b'NBSWY3D')
t(base64.b32decode, b'NBSWY3D1')
t(base64.b32hexencode, b'hello')
t(base64.b16encode, b'\xab')
t(base64.b16decode, b'ab')
t(base64.b16decode, b'ab', True)
t(base64.encodebytes, b'x' * 100)
t(base64.decodebytes, b'eHh4\n')
t(base64.b64encode, 'str')
t(base64.standard_b64decode, b'YQ==')
t(base64.b64decode, 'é')

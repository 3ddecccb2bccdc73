import secrets
print(sorted(secrets.__all__))
print(len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()), secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes(None)), len(secrets.token_hex(5)), len(secrets.token_urlsafe(5)), secrets.token_bytes(0), secrets.token_hex(0), secrets.token_urlsafe(0))
print(type(secrets.token_bytes(3)).__name__, all(c in "0123456789abcdef" for c in secrets.token_hex(50)))
print(all(c.isalnum() or c in "-_" for c in secrets.token_urlsafe(100)))
for a in [(b"a", b"a"), (b"a", b"b"), (b"ab", b"a"), ("a", "a"), ("abc", "abd"), (bytearray(b"x"), b"x"), (memoryview(b"xy"), b"xy"), ("a", b"a"), (b"a", "a"), ("é", "é"), (1, 2), ("", ""), (b"", b"")]:
    try: print(secrets.compare_digest(*a))
    except TypeError as e: print("TypeError", e)
for n in [0, -1]:
    try: secrets.randbelow(n)
    except ValueError as e: print("ValueError", e)
try: secrets.choice([])
except IndexError as e: print("IndexError", e)
print(type(secrets.SystemRandom()).__name__, secrets.randbits(0))
try: secrets.token_bytes(-1)
except ValueError as e: print("ValueError", e)
vals = [secrets.randbelow(7) for _ in range(2000)]
print(min(vals), max(vals), len(set(vals)))
bits = [secrets.randbits(5) for _ in range(1000)]
print(min(bits) >= 0, max(bits) < 32, len(set(bits)) > 20, secrets.randbits(1) in (0, 1))
print(secrets.choice("x"), secrets.choice([4]), secrets.choice("abc") in "abc", secrets.randbelow(1))
print(secrets.token_hex(16) != secrets.token_hex(16))

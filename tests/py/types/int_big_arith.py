a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, b // 12345, -a // 7, -a % 7)
print(a ** 2 // b ** 2, divmod(b, a))
print(a & b, a | 1, a ^ b, ~a, a >> 190, 1 << 100)
print(int("9" * 50) + 1, -int("123456789" * 5))
print(abs(-a) == a, a == 2 ** 200, a > b, hash(a) == hash(2 ** 200))
print(pow(3, 1000, 10**9 + 7), pow(12345678901234567890, 3))
print((10 ** 30).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(float(a), a / b, 10**40 // 10**20, (-7) // 2, (-7) % 2, 7 // -2)
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)))

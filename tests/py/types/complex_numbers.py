z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * z, z / 2, z - 1j, -z, z ** 2, repr(1 + 0j), complex(0, -0.0))
print(z == 3 + 4j, (1j) ** 2, complex("1-2j"), complex(2), (2 + 3j).real, (2 + 3j).imag)
try:
    z < 1
except TypeError as e:
    print(e)
try:
    (1 + 1j) // 1
except TypeError as e:
    print(e)
print(format(1.5 + 2j, ".2f"), f"{1 + 2j}", hash(1 + 0j) == hash(1))

z = 3 + 4j
print(z, z.real, z.imag, abs(z))
print(1j * 1j, 2j, -1j, (1+2j) * (3-1j))
print(complex(1, 2), complex('3+4j'), type(z).__name__)
print((1+2j) == complex(1, 2), (1+0j) == 1)

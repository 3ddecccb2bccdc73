# complex
z = complex(1, 2)
print(z, complex(), complex(1), complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e3J'), complex('inf+nanj'), complex(2j, 1), complex(1j, 1j))
print(1j, -1j, (-0-1j), 0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(float('nan'), float('inf')), 1e20j, (1+1e-20j))
print(z + 1, z - 1.5, z * z, z / 2, 1 / z, z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** z, abs(3 + 4j), -z, +z, z.conjugate(), z.real, z.imag)
print(z == complex(1, 2), 1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, z != z, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j))
print(bool(0j), bool(1j), complex(True), type(1j).__name__, (1j).__sizeof__(), format(1 + 2j, '.2f'), f'{3j:>10}', (1+2j).__getnewargs__())
for e in ['1j / 0', '1j // 1', '1j % 2', '1j < 2j', 'int(1j)', 'float(1j)', '0j ** -1', 'pow(1j, 2, 3)', 'complex("1+")', 'complex("1", 2)', 'complex(1, "2")', 'complex([])', 'complex(1, [])', '(1e200+1e200j) ** 2', 'abs(complex(1e308, 1e308))', 'round(1j)']:
    try: print(eval(e))
    except Exception as ex: print(e, '->', type(ex).__name__, ex)
class C:
    def __complex__(self): return 3 + 4j
print(complex(C()), (1+2j) ** 3, (2+0j) ** 10, 1j ** 2, (1+1j) ** 101)
print(sum([1j, 2, 3.5]), [1j, 2j][1], {1j: 'a'}[1j], 3 * 1j, 1j * 3.0, 1 - 1j, 2.0 / 1j)

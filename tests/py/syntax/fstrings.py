name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:05} {n:x} {n:#o} {n:b}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n=} {pi=:.1f} {name = }")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested ' + name:>{width + 5}}|")
print(f"{{literal braces}} {n}{{}}")
print(f"{[1, 2, 3]} {dict(a=1)} {(lambda x: x * 2)(4)}")
print(f"{n:,} {1234567.891:,.2f} {1234567:_}")
print(f'''triple {n
}''')
print(f"{3 if n > 10 else 4}")
print(F"{n!r:>6}|")

def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))
class C:
    x: int
    y: str = "y"
print(C.__annotations__, C.y, hasattr(C, 'x'))
def g() -> None: pass
print(g.__annotations__)

# The compiler's SyntaxWarnings: "is" with a literal, literals that cannot be
# called or subscripted, always-true asserts; an "error" filter makes them SyntaxErrors.
x = 300
print(x is 300, x is not "a", None is x, x is ... , x is (), x is (1, 2), -1 is x)
print(1 is 1 is x)
assert (x, "msg")
def f():
    return (1)(2) if 0 else [1, 2](3) if 0 else {1} [0] if 0 else [1, 2] ["a"] if 0 else "abc"[1.5] if 0 else (1, 2)[x] if 0 else f"x"[()] if 0 else None [0] if 0 else 0
    
y = [1] [0]
try:
    eval("x is 5")
except Exception as e:
    print(e)
import warnings
warnings.simplefilter("error")
try:
    compile("x is 5", "s.py", "exec")
except SyntaxError as e:
    print("SyntaxError:", e, e.lineno, e.offset)

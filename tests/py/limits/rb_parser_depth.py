# CPython's parser gives up with a bare MemoryError past 6000 rule levels;
# shallower chains reach the compiler's RecursionError or compile fine.
def kind(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        return "ok"
    except MemoryError as e:
        return f"MemoryError{e.args}"
    except RecursionError as e:
        return f"RecursionError: {e}"

for n in (10, 500, 4000, 5969, 5970, 6000, 20000):
    print("unary", n, kind("-" * n + "1"))
for n in (100, 4000, 6000):
    print("not", n, kind("not " * n + "1"), "~", kind("~" * n + "1"))
    print("ifelse", n, kind("a if b else " * n + "1"))
for n in (100, 2000, 2985, 3000):
    print("lambda", n, kind("lambda: " * n + "1"), "pow", kind("x" + "**x" * n))
for n in (100, 4000, 5975, 5976, 7000):
    print("eval", n, kind("-" * n + "1", "eval"))
try:
    eval("-" * 6000 + "1")
except MemoryError as e:
    print("eval raised", repr(e))
print(eval("-" * 101 + "1"))

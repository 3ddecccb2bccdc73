def f(x):
    match x:
        case 0 | 1:
            return "small"
        case -1:
            return "neg one"
        case 1.5 | 2+3j | -2-1j:
            return "float/complex"
        case "s" | b"b":
            return "strbytes"
        case None:
            return "none"
        case True:
            return "true"
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *rest, z]:
            return f"seq {a} {rest} {z}"
        case (1, *_, 9):
            return "1..9"
        case {"k": v, **kw}:
            return f"map {v} {kw}"
        case {"a": 1}:
            return "a1"
        case str() as s if len(s) > 3:
            return "long str " + s
        case int(n) | float(n):
            return f"num {n}"
        case _:
            return "other"
match = 3
print(match)
match(print)
case = 4
print(case, match)
for v in [0, 1, -1, 1.5, 2+3j, -2-1j, "s", b"b", None, True, [1, 2], (1, 2, 3, 4), [1, 5, 7, 9], {"k": 3, "z": 1}, {"a": 1}, "hello", "hi", 7, 7.5, object]:
    print(repr(v)[:20], f(v))

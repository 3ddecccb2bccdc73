# `match`, `case` and `_` are soft keywords: everywhere but the start of a
# match statement or case clause they are ordinary names.
match = 3
print(match)
match = [10, 20]
print(match[0], match[1:])
match[0] = 5
print(match)
match: int = 7
print(match)
case = 1
case += 1
print(case)
_ = "underscore"
print(_)
def match(x, case=None):
    return ("called", x, case)
print(match(1))
print(match(2, case=3))
match (4)
print(match(5) [0])
class Obj:
    match = "attr"
    case = "attr2"
o = Obj()
print(o.match, o.case)
match, case = 1, 2
print(match, case)
print([match for match in range(3)])
match = {"case": 1}
print(match["case"])
match = lambda x: x * 2
print(match(21))
print(match
      (2))
match = 0
match -1,:
    case (x,):
        print("tuple subject", x)
match match:
    case case if case == 0:
        print("name subject", case)

# match statements nest, and may sit in any block
def classify(items):
    out = []
    for it in items:
        match it:
            case [match, case]:
                match case:
                    case 0:
                        out.append(("pair-zero", match))
                    case _:
                        out.append(("pair", match, case))
            case {"match": m}:
                out.append(("dict", m))
            case _:
                out.append(("other", it))
    return out
print(classify([[1, 0], [2, 3], {"match": 4}, 5]))

# captures in functions are locals; closures see them
def make(v):
    match v:
        case (a, b):
            return lambda: a + b
    return None
print(make((2, 3))())

def gen(vals):
    for v in vals:
        match v:
            case int(n):
                yield n * 10
            case str(s):
                yield s.upper()
print(list(gen([1, "a", 2.0, 3])))

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 42
match subject():
    case 1: pass
    case 2: pass
    case n: print("matched", n, "calls", len(calls))

# guards see captures and can fail
for v in [(1, 2), (3, 3)]:
    match v:
        case (x, y) if x == y:
            print("equal", x)
        case (x, y):
            print("differ", x, y)

# a failed match leaves earlier captures as they were bound
match [1, 2, 3]:
    case [a, b]:
        print("no")
    case _:
        print("wildcard")

x = [1, 2]
match x:
    case [a, b]:
        print("pair", a, b)
    case _:
        print("other")

match {"k": 3}:
    case {"k": v} if v > 2:
        v

match = 5
match
case = match + 1
case

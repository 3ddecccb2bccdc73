# Builtin method descriptors called through their type without `self`.
calls = [
    lambda: list.append(),
    lambda: object.__dir__(),
    lambda: str.upper(),
    lambda: int.__add__(),
    lambda: type.__call__(),
    lambda: list.__len__(),
    lambda: list.append(x=1),
    lambda: object.__init__(),
    lambda: dict.keys(1),
    lambda: list.append(5, 1),
    lambda: dict.fromkeys(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)

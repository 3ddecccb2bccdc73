def f(p):
    match p:
        case [x, y]:
            return 1
        case [x, *rest] | {"k": rest}:
            return 2

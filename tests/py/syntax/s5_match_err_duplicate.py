def f(p):
    match p:
        case {"k": v, "j": [v, _]}:
            return 1

def d(f):
    return f

@d

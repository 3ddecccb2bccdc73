def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(nothing(), bare(), multi(), early(1), early(0))
a, b, c = multi()
print(a, b, c)
def loop_return():
    for i in range(10):
        if i * i > 20:
            return i
print(loop_return())

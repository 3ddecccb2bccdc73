def v(x):
    print("eval", x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), v(2), k=v(3), **{v('key'): v(4)}))
d = {}
d[v('k')] = v('value')
print(d)
l = [0, 0]
l[v(0)], l[v(1)] = v('a'), v('b')
print(l)
print(v(1) + v(2) * v(3))

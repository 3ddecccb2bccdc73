def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(inc, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
from functools import reduce, partial
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
p = partial(pow, 2)
print(p(10), partial(int, base=2)("1010"))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(dbl, 3))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda t: (-t[0], t[1])))

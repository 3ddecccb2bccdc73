import functools, itertools, operator
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def hello(x):
    "doc"
    return x * 2
print(hello(3), hello.__name__, hello.__doc__)
p = functools.partial(int, base=2)
print(p('1011'), functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain('ab', [1, 2])))
print([(k, list(g)) for k, g in itertools.groupby('aaabccd')])
print(list(itertools.permutations('abc', 2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.product('ab', repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.starmap(pow, [(2, 3)])))
print(repr(itertools.count(3)), repr(itertools.repeat('x', 2)), list(itertools.pairwise([1, 2, 3])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class C:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
c = C(); print(c.val, c.val)
print(operator.itemgetter(1)([5, 6]), operator.attrgetter('v')(V(7)), operator.methodcaller('upper')('a'), repr(operator.itemgetter(0, 1)))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
try:
    list(itertools.islice([1], -1))
except ValueError as e:
    print(e)

import random

for seed in (42, 0, 1, 12345, -7, 2 ** 100, 3.5):
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)], random.randint(1, 100), random.choice('abc'),
          random.randrange(10), random.randrange(0, 100, 7), random.getrandbits(70), random.getrandbits(5))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, random.sample(range(100), 5), random.sample(range(10000), 3), random.uniform(1, 2))
    print(random.choices('abcd', k=5), random.choices('abc', weights=[1, 5, 10], k=4),
          random.choices([1, 2, 3], cum_weights=[1, 2, 3], k=3))
    print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2.0),
          random.triangular(0, 10, 3), random.randint(10 ** 20, 10 ** 21))

r = random.Random(99)
print(r.random(), r.randint(1, 6))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
print(r.betavariate(2, 3), r.gammavariate(2.0, 1.0), r.gammavariate(0.5, 1.0), r.vonmisesvariate(1, 2))
print(r.paretovariate(3), r.weibullvariate(1, 2), r.lognormvariate(0, 1), r.randbytes(5))

for f, args in [(random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (0, 10, 0)),
                (random.choice, ([],)), (random.sample, ([1, 2], 3)), (random.getrandbits, (-1,)),
                (random.sample, ({1, 2}, 1)), (random.randint, (5, 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for s in ('hello', b'abc', bytearray(b'xyz'), ''):
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10 ** 6))
random.seed('x', version=1)
print(random.random())

# random: after seed(n) the same sequences as CPython's Mersenne Twister
import random

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for seed in (0, 1, 42, 2**40 + 7, -5, 'text', b'bytes', 3.5, None.__class__.__name__):
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
random.seed(12345)
print([random.randint(-10, 10) for _ in range(15)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 10), random.randrange(100, 0, -3))
print([random.choice('abcdefg') for _ in range(10)], random.choice([None]), random.choice(range(10**12)))
x = list(range(20)); random.shuffle(x); print(x)
print(random.sample(range(100), 10), random.sample('abcdef', 3), random.sample(range(10**9), 3))
print(random.sample(['r', 'g', 'b'], counts=[2, 1, 3], k=4))
print([round(random.uniform(1, 5), 10) for _ in range(4)], random.uniform(3, 3))
print([round(random.gauss(0, 1), 10) for _ in range(4)], round(random.gauss(10, 0.5), 10))
print([round(random.normalvariate(5, 2), 10) for _ in range(3)])
print(random.choices('abc', k=6), random.choices(range(5), weights=[1, 0, 0, 0, 5], k=5))
print(random.choices('xyz', cum_weights=[1, 2, 10], k=5), random.choices([1, 2]))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 5), 10), round(random.expovariate(1.5), 10))
print(round(random.gammavariate(2.0, 1.0), 10), round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(1, 2), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10), random.randbytes(8))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], type(st).__name__, len(st), st[0], len(st[1]))
r1 = random.Random(7); r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), r1.sample(range(50), 5))
r1.seed(7, version=1); print(r1.random())
r3 = random.Random(); r3.seed(99); print(r3.choice('qwerty'), r3.getrandbits(5))
attempt('randrange empty', random.randrange, 0)
attempt('randrange empty2', random.randrange, 5, 5)
attempt('randrange step 0', random.randrange, 0, 10, 0)
attempt('randint rev', random.randint, 5, 1)
attempt('choice empty', random.choice, [])
attempt('sample too big', random.sample, range(3), 5)
attempt('sample neg', random.sample, range(3), -1)
attempt('sample set', random.sample, {1, 2}, 1)
attempt('choices both', random.choices, 'ab', weights=[1, 1], cum_weights=[1, 2])
attempt('choices len', random.choices, 'ab', weights=[1])
attempt('choices zero', random.choices, 'ab', weights=[0, 0])
attempt('getrandbits neg', random.getrandbits, -1)
attempt('seed list', random.seed, [1, 2])
attempt('setstate bad', random.setstate, (9, (), None))
random.seed(2024)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
print(sorted(random.sample(deck, 5)))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(200))
class MyRandom(random.Random):
    pass
m = MyRandom(3); print(m.random(), m.randrange(1000))
print(random.SystemRandom().random() < 1.0, isinstance(random.random(), float))

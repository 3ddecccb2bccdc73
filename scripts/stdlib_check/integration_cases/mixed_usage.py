# Exercises pyrite's modules together (imported normally).
import collections, functools, itertools, operator, copy, json, csv, io, dataclasses, enum
import pprint, statistics, fractions, textwrap, string, heapq, bisect, types, abc, contextlib
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap
from collections.abc import Mapping, Sequence, Iterable, MutableMapping

Point = namedtuple('Point', 'x y')
print(Point(1, 2), Point._make([3, 4])._asdict(), isinstance(Point(1, 2), Sequence))


@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, list(itertools.islice(itertools.cycle(d), 7)))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
c = Counter(words)
print(c.most_common(3), sorted(c.elements())[:4], c['missing'])
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd)
od = OrderedDict.fromkeys('abc')
od.move_to_end('a')
print(od, isinstance(od, MutableMapping), isinstance(ChainMap(), Mapping))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass(order=True)
class Item:
    name: str
    price: float
    tags: list = dataclasses.field(default_factory=list)
    color: Color = Color.RED


items = [Item('b', 2.5, ['x']), Item('a', 1.25), Item('c', 10.0, color=Color.GREEN)]
print(sorted(items))
print(json.dumps([dataclasses.asdict(i) for i in items], default=lambda o: o.name, indent=2))
print(dataclasses.replace(items[0], price=3.0), copy.deepcopy(items[0]) == items[0])
pprint.pprint({'items': [dataclasses.asdict(i) for i in items] * 2, 'counter': c, 'deque': d})
print(statistics.mean([i.price for i in items]), statistics.median([1, 3, 5, 7]),
      statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.mean([fractions.Fraction(1, 3), 1]))
buf = io.StringIO()
w = csv.DictWriter(buf, ['name', 'price'], extrasaction='ignore')
w.writeheader()
for i in items:
    w.writerow(dataclasses.asdict(i))
print(buf.getvalue(), end='')
print(list(csv.DictReader(io.StringIO(buf.getvalue()))))
print(textwrap.fill(' '.join(words * 3), 30))
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
h = []
for x in [5, 1, 8, 3]:
    heapq.heappush(h, (x, str(x)))
print([heapq.heappop(h) for _ in range(4)], bisect.bisect([1, 2, 4], 3))
print(types.SimpleNamespace(a=1, b=[1, 2]), operator.itemgetter(1, 0)('ab'))
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.product('ab', repeat=2)))
with contextlib.suppress(KeyError):
    {}['x']
print(functools.reduce(operator.add, range(10)), functools.partial(int, base=2)('101'))
print(json.loads('{"a": [1, 2.5, null, true]}', object_pairs_hook=OrderedDict))


class Base(abc.ABC):
    @abc.abstractmethod
    def go(self):
        ...


try:
    Base()
except TypeError as e:
    print(e)

import json, dataclasses, enum, csv, textwrap, string, copy, operator, heapq, bisect, keyword
import contextlib, types, abc, fractions, statistics, pprint, reprlib, datetime, calendar, shlex
import numbers, warnings, traceback
import json.decoder
from json import loads, JSONDecodeError

print(json.dumps({'b': 1, 'a': [1, 2]}, sort_keys=True, indent=2))
print(loads('[1, 2.5, "x", null, true]'))
try:
    loads('[1,')
except JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.decoder.JSONDecoder().decode('{"k": 3}'), json.__file__.endswith('json/__init__.py'))


@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0


print(Pt(1), Pt(1, 2) == Pt(1, 2))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(Color.RED, Color(2), list(Color))
print(textwrap.fill('the quick brown fox jumps over the lazy dog', 15))
print(string.ascii_letters, string.Template('$a-$b').substitute(a=1, b=2))
print(copy.deepcopy([[1], {2: [3]}]), operator.itemgetter(1)('abc'), heapq.nsmallest(2, [5, 1, 3]))
print(bisect.bisect([1, 2, 4], 3), keyword.iskeyword('for'), fractions.Fraction(3, 6), statistics.mean([1, 2, 3, 4]))
pprint.pprint({'x': list(range(30))})
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), calendar.isleap(2024), shlex.split('a "b c" d'))

#!/usr/bin/env python3
"""Compare src/stdlib/json with CPython's json."""
import collections
import decimal
import io
import json as real
import random
import sys
from harness import load, Checker

mine = load('json')
c = Checker('json')


def outcome_exc(module, func):
    pass


class Obj:
    pass


docs = [
    '', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
    '{1:2}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\nb"', '[1] x', '01', '-', '1.',
    '1e', '.5', 'nul', 'tru', 'NaN', '-Infinity', 'Infinity', '"\\ud834\\udd1e"', '"\\ud834"',
    '"\\udd1e\\ud834"', '"\\ud834\\u0041"', '"\\ud834\\uzz"',
    '[1 2]', '{"a" 1}', '\ufeff1', '1 2', '  [1, \n  2,\n x]', '"\\', 'Infinityx', '[-]',
    '-01', '1.5e+3', '1E5', '1e-2', '-0', '-0.0', '["a",]', '{"a":1 "b":2}', '"abc\\"', '"\t"',
    '{"a": {"b": [1, 2.5, "x", null, true, false]}, "c": -3}', ' \n\t\r[ ] ', '{}', '[]',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"', '"héllo ☃ 𝄞"', '123456789012345678901234567890',
    '1.7976931348623157e309', '-1e-400', '{"a":1,"a":2}', '[[[[[]]]]]', 'true false',
    '"\x7f"', '"\\u0000"', 'null', 'fals', '{"a":1}x', '[1,,2]', '{,}', '"\\u00"',
    '{"a":1, "b": [1, {"c": "d"}]}', '12a', '2.', '[1e5,1E-5,0.1,-0.5e+10]',
]
for d in docs:
    c.same('loads %r' % d, lambda: real.loads(d), lambda: mine.loads(d))
    c.same('err attrs %r' % d, lambda: (lambda e: (e.msg, e.pos, e.lineno, e.colno))(
        _catch(real, d)), lambda: (lambda e: (e.msg, e.pos, e.lineno, e.colno))(_catch(mine, d)))
for b in [b'[1]', b'\xef\xbb\xbf[1]', '[1]'.encode('utf-16'), '[1]'.encode('utf-16-le'),
          '[1]'.encode('utf-16-be'), '[1]'.encode('utf-32'), '"\u00e9"'.encode(), b'12',
          bytearray(b'[2]'), '1'.encode('utf-16-le')]:
    c.same('loads bytes %r' % b, lambda: real.loads(b), lambda: mine.loads(b))
c.same('loads int', lambda: real.loads(1), lambda: mine.loads(1))
for kw in [dict(parse_float=str), dict(parse_int=float), dict(parse_constant=str),
           dict(object_hook=lambda d: sorted(d)), dict(object_pairs_hook=list),
           dict(object_pairs_hook=collections.OrderedDict, object_hook=len),
           dict(strict=False), dict(parse_float=decimal.Decimal)]:
    doc = '{"b": [1.5, 2, NaN, "x\ty"], "a": {"z": 1, "y": -Infinity}}'
    c.same('loads kw %r' % kw, lambda: real.loads(doc, **kw), lambda: mine.loads(doc, **kw))
c.same('raw_decode', lambda: real.JSONDecoder().raw_decode('[1] xyz'),
       lambda: mine.JSONDecoder().raw_decode('[1] xyz'))
c.same('raw_decode idx', lambda: real.JSONDecoder().raw_decode('xx{"a":1}', 2),
       lambda: mine.JSONDecoder().raw_decode('xx{"a":1}', 2))
c.same('load', lambda: real.load(io.StringIO('[1, {"a": null}]')),
       lambda: mine.load(io.StringIO('[1, {"a": null}]')))
c.same('error str', lambda: str(mine.JSONDecodeError('m', 'ab\ncd', 4)),
       lambda: str(real.JSONDecodeError('m', 'ab\ncd', 4)))
c.check('JSONDecodeError is ValueError', lambda: issubclass(mine.JSONDecodeError, ValueError))
c.check('JSONDecodeError module', lambda: mine.JSONDecodeError.__module__.endswith('decoder'))


def _catch(module, d):
    try:
        module.loads(d)
    except module.JSONDecodeError as e:
        return e
    return None


class Point:
    def __init__(self, x):
        self.x = x


circ_list = []
circ_list.append(circ_list)
circ_dict = {}
circ_dict['a'] = circ_dict
values = [
    None, True, False, 0, -1, 10 ** 30, 1.0, -0.0, 1e100, 1e-7, 0.1, 3.141592653589793, 1 / 3,
    float('nan'), float('inf'), float('-inf'), '', 'abc', 'quote"back\\slash/', '\x00\x01\x1f\x7f',
    'é ☃ 𝄞 \u2028', '\n\r\t\b\f', [], {}, (), [1, [2, [3]]], (1, 2), {'a': 1, 'b': [1, 2]},
    {1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}, {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}},
    [{'a': []}, {}, [[]]], {'nested': {'deeper': {'deepest': [1, 2, {'x': None}]}}},
    collections.OrderedDict([('z', 1), ('a', 2)]), Point(1), {(1, 2): 3}, circ_list, circ_dict,
    {'k': Point(2)}, [Point(3)], set([1]), b'bytes', True + 1, {3: 1, 'a': 2},
]
options = [
    {}, dict(indent=2), dict(indent=0), dict(indent='\t'), dict(indent=4, sort_keys=True),
    dict(sort_keys=True), dict(separators=(',', ':')), dict(indent=2, separators=(', ', ' = ')),
    dict(ensure_ascii=False), dict(allow_nan=False), dict(skipkeys=True),
    dict(default=lambda o: o.__dict__ if isinstance(o, Point) else str(o)),
    dict(default=repr, indent=1), dict(check_circular=False, default=str),
]
for v in values:
    for opt in options:
        if opt.get('check_circular') is False and v in (circ_list, circ_dict):
            continue
        c.same('dumps %r %r' % (v, opt), lambda: real.dumps(v, **opt), lambda: mine.dumps(v, **opt))


class Enc(real.JSONEncoder):
    def default(self, o):
        return 'custom'


class MyEnc(mine.JSONEncoder):
    def default(self, o):
        return 'custom'


c.same('encoder subclass', lambda: real.dumps([Point(1)], cls=Enc), lambda: mine.dumps([Point(1)], cls=MyEnc))
c.same('encode str', lambda: real.JSONEncoder().encode('é'), lambda: mine.JSONEncoder().encode('é'))
c.same('iterencode', lambda: ''.join(real.JSONEncoder(indent=2).iterencode({'a': [1]})),
       lambda: ''.join(mine.JSONEncoder(indent=2).iterencode({'a': [1]})))


def dump_to(module, v, **kw):
    f = io.StringIO()
    module.dump(v, f, **kw)
    return f.getvalue()


c.same('dump', lambda: dump_to(real, {'a': [1, 2]}), lambda: dump_to(mine, {'a': [1, 2]}))
c.same('dump indent', lambda: dump_to(real, {'a': [1, 2]}, indent=3),
       lambda: dump_to(mine, {'a': [1, 2]}, indent=3))

# Random round trips.
rng = random.Random(3)


def rand_value(depth=0):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice([None, True, False, rng.randrange(-1000, 1000), rng.random() * 1e6,
                           ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x3000), 0x1f600, 10, 34, 92])) for _ in range(rng.randrange(6)))])
    if r < 0.6:
        return [rand_value(depth + 1) for _ in range(rng.randrange(4))]
    return {str(rand_value(depth + 1)): rand_value(depth + 1) for _ in range(rng.randrange(4))}


for trial in range(300):
    v = rand_value()
    opt = rng.choice(options[:11])
    c.same('random dumps', lambda: real.dumps(v, **opt), lambda: mine.dumps(v, **opt))
    text = real.dumps(v, **opt) if opt.get('allow_nan', True) else real.dumps(v)
    c.same('random loads', lambda: real.loads(text), lambda: mine.loads(text))

ok = c.report()
sys.exit(0 if ok else 1)

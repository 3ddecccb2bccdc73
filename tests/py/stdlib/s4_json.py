# json: dumps/loads options, default, hooks, errors with CPython's messages
import json
from collections import OrderedDict

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

obj = {'b': [1, 2.5, None, True, False], 'a': {'nested': 'é"\\\n\t\x01'}, 'c': (), 'd': [], 'e': {}}
print(json.dumps(obj))
print(json.dumps(obj, ensure_ascii=False))
print(json.dumps(obj, sort_keys=True))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps(obj, indent='\t'))
print(json.dumps([1, [2, {'x': 3}]], indent=0))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=4, separators=(',', ': ')))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps({'z': 1, 'y': 2}, sort_keys=False), json.dumps('\u2603'), json.dumps('\U0001f600'))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps(10**30), json.dumps('x'), json.dumps(None), json.dumps(OrderedDict([('q', 1), ('p', 2)])))
attempt('nan disallowed', json.dumps, float('nan'), allow_nan=False)
attempt('set', json.dumps, {1, 2})
attempt('bytes', json.dumps, b'x')
attempt('tuple key', json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
attempt('sort mixed keys', json.dumps, {1: 'a', 'b': 2}, sort_keys=True)
circ = []; circ.append(circ)
attempt('circular', json.dumps, circ)
d = {}; d['self'] = d
attempt('circular dict', json.dumps, d)
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError(f'cannot serialize {type(o).__name__}')
print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, default=default))
attempt('default raises', json.dumps, object, default=default)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return list(sorted(o))
        return super().default(o)
print(json.dumps(frozenset({2, 1}), cls=Enc), Enc(indent=1).encode([1]))
attempt('encoder default', Enc().encode, object())
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n", "c": {}}'))
print(json.loads('  "x" '), json.loads('123'), json.loads('-0'), json.loads('1E400'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"k": "v"}')), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[]'), json.loads('{"x": [[[]]]}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: s.lower()))
bad = ['', ' ', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', "{'a': 1}", '[1 2]', '"abc', '"\\x"', 'tru', 'nul',
       '01', '1.', '-', '[1] x', '"\x01"', '{"a": 1', '"\\u12"', 'infinity', '[,]']
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    else:
        print(repr(b), '-> ok', repr(json.loads(b)))
try:
    json.loads('{\n  "a": 1,\n  "b": x\n}')
except ValueError as e:
    print(type(e).__name__, e, e.lineno, e.colno)
attempt('loads int', json.loads, 5)
attempt('loads None', json.loads, None)
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder().decode(' {} '))
attempt('raw_decode ws', json.JSONDecoder().raw_decode, ' [1]')
print(json.loads(json.dumps(obj)) == {'b': [1, 2.5, None, True, False], 'a': {'nested': 'é"\\\n\t\x01'}, 'c': [], 'd': [], 'e': {}})
import io
s = io.StringIO(); json.dump({'k': [1, 2]}, s, indent=1); print(repr(s.getvalue()))
print(json.load(io.StringIO('{"back": true}')))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)

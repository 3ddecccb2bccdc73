# Compares dir() of builtin types and instances between two interpreters.
# usage: python3 dir_check.py PYRITE_BINARY   (run with python3; it runs itself under both)
import subprocess, sys, json

PROBE = r'''
import sys, types, json
def gen():
    yield 1
class C:
    def m(self): pass
def f(): pass
d = {1: 2}
objs = {
  "list": list, "[]": [], "int": int, "1": 1, "str": str, "''": "", "dict": dict, "{}": {},
  "tuple": tuple, "()": (), "set": set, "set()": set(), "frozenset": frozenset, "frozenset()": frozenset(),
  "bytes": bytes, "b''": b"", "bytearray": bytearray, "bytearray()": bytearray(), "float": float, "1.0": 1.0,
  "complex": complex, "1j": 1j, "bool": bool, "True": True, "object": object, "object()": object(),
  "type": type, "range": range, "range(3)": range(3), "slice": slice, "slice(1)": slice(1),
  "None": None, "type(None)": type(None), "Ellipsis": ..., "NotImplemented": NotImplemented,
  "function": f, "lambda": lambda: 0, "method": C().m, "builtin": len, "method_descriptor": list.append,
  "bound builtin": [].append, "classmethod_descriptor": dict.__dict__["fromkeys"],
  "module": sys, "module type": type(sys), "exception": ValueError("x"), "ValueError": ValueError,
  "BaseException": BaseException, "KeyError": KeyError, "OSError": OSError, "StopIteration": StopIteration,
  "SyntaxError": SyntaxError, "ImportError": ImportError, "SystemExit": SystemExit,
  "generator": gen(), "generator type": type(gen()),
  "dict_keys": d.keys(), "dict_values": d.values(), "dict_items": d.items(),
  "list_iterator": iter([]), "tuple_iterator": iter(()), "str_iterator": iter(""), "range_iterator": iter(range(1)),
  "dict_keyiterator": iter(d), "set_iterator": iter(set()), "bytes_iterator": iter(b""),
  "list_reverseiterator": reversed([]), "dict_valueiterator": iter(d.values()), "dict_itemiterator": iter(d.items()),
  "property": property, "property()": property(), "staticmethod": staticmethod, "classmethod": classmethod,
  "super": super, "enumerate": enumerate, "enumerate([])": enumerate([]), "zip": zip, "zip()": zip(),
  "map": map, "map(f, [])": map(f, []), "filter": filter, "filter(f, [])": filter(f, []), "reversed": reversed,
  "reversed([])": reversed([]), "class C": C, "C()": C(), "code": f.__code__, "cell": (lambda: d).__closure__[0] if False else None,
}
if "BaseExceptionGroup" in dir(__builtins__): objs.update({"BaseExceptionGroup": BaseExceptionGroup, "ExceptionGroup": ExceptionGroup,
  "ExceptionGroup()": ExceptionGroup("m", [ValueError()])})
out = {}
for k, v in objs.items():
    try:
        out[k] = sorted(dir(v))
    except Exception as e:
        out[k] = "ERR " + repr(e)
for k in ["list", "int", "str", "dict", "tuple", "set", "object", "type", "float", "bytes", "range", "BaseException", "ValueError", "property", "BaseExceptionGroup", "ExceptionGroup"]:
    if k not in objs: continue
    v = objs[k]
    try:
        out["vars " + k] = sorted(vars(v).keys())
    except Exception as e:
        out["vars " + k] = "ERR " + repr(e)
print(json.dumps(out))
'''

def run(cmd):
    r = subprocess.run(cmd + ["-c", PROBE], capture_output=True, text=True)
    if r.returncode:
        print(r.stderr)
        sys.exit(1)
    return json.loads(r.stdout)

exp = run(["python3"])
got = run([sys.argv[1]])
bad = 0
for k, e in exp.items():
    g = got.get(k)
    if g == e:
        continue
    bad += 1
    if isinstance(e, str) or isinstance(g, str):
        print(f"{k}: expected {e!r}, got {g!r}")
        continue
    missing = [n for n in e if n not in g]
    extra = [n for n in g if n not in e]
    print(f"{k}: missing {missing} extra {extra}")
print(f"{len(exp) - bad}/{len(exp)} match")

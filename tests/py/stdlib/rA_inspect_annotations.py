# inspect: get_annotations (eval_str), signature(eval_str=True), getargvalues,
# getgeneratorlocals, member/getset descriptor tests
import inspect, functools
from typing import List
class C:
    x: 'int'
    y: List[int] = []
    __slots__ = ()
def f(a: 'C', b: 'List[int]' = None, *c: int, d, **e) -> 'str':
    g = 1
    return inspect.getargvalues(inspect.currentframe())
print(inspect.get_annotations(C), inspect.get_annotations(C, eval_str=True))
print(inspect.get_annotations(f), inspect.get_annotations(f, eval_str=True))
print(inspect.signature(f), inspect.signature(f, eval_str=True))
print(inspect.get_annotations(inspect), inspect.get_annotations(functools.partial(f, 1)))
info = f(1, 2, 3, d=4, z=5)
print(info.args, info.varargs, info.keywords, sorted(info.locals))
def gen(x):
    y = x + 1
    yield y
g = gen(1)
print(inspect.getgeneratorlocals(g)); next(g); print(inspect.getgeneratorlocals(g))
try: inspect.getgeneratorlocals(1)
except TypeError as e: print(e)
try: inspect.get_annotations(1)
except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
print(inspect.ismemberdescriptor(S.__dict__['a']), inspect.isgetsetdescriptor(type.__dict__['__dict__']), inspect.ismemberdescriptor(1))

# types.GenericAlias: list[int] and friends (__class_getitem__).
import types
a = list[int]
print(a.__parameters__, a.__unpacked__, a.__name__, a.append, a.__origin__, a.__args__)
print(repr(dict[str, list[int]]), repr(tuple[()]), repr(list[...]), repr(type[int]) if hasattr(type, '__class_getitem__') else 'type[int]')
class C: pass
print(repr(list[C]), list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int] == list)
print(list[int]([1,2]), dict[str,int](a=1), tuple[int, ...]((1, 2)))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
print(list[int].__reduce__())
class D(list[int]): pass
print(D.__mro__, D.__orig_bases__, D([1]))
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)))
print(type(list[int]), type(list[int]).__module__, type(list[int]).__name__)
try: list[int].foo
except AttributeError as e: print(e)
print(sorted(set(dir(list[int])) - set(dir(list))))
print(list.__class_getitem__(int), set[int], frozenset[str], enumerate[int], BaseExceptionGroup[ValueError], ExceptionGroup[int])
print({list[int]: 1}[list[int]], type(list[int]) is types.GenericAlias)
x = list[int]()
print(x, type(x))
print(list[int] != list[int], list[int] != list[str])

import sys
print(abs(-3), abs(-2.5), abs(True), all([]), any([]), all([1, 0]), any([0, 2]), ascii('é✓\n'), ascii([1, 'ü']))
print(bin(10), bin(-10), oct(64), hex(255), hex(-2**70), bin(0))
print(bool(), bool([]), bool([0]), callable(len), callable(1), callable(type), callable(lambda: 0))
print(chr(65), chr(0x1F600), ord('a'), ord('€'), ord(b'x'), ord(bytearray(b'y')))
for e in ['chr(-1)', 'chr(0x110000)', 'chr("a")', 'ord("ab")', 'ord("")', 'ord(1)', 'hex(1.5)', 'bin("1")']:
    try: eval(e)
    except Exception as ex: print(type(ex).__name__, ex)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 7))
print(format(3.14159, '.3f'), format(42), format('x', '>5'), format(255, '#x'))
try: format(1, 2)
except TypeError as e: print(e)
print(hash(1), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
for x in [[], {}, set()]:
    try: hash(x)
    except TypeError as e: print(e)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(True, (str, (float, int))), issubclass(bool, (str, int)))
for args in [(1, 1), (1, (int, 1))]:
    try: print(isinstance(*args))
    except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
try: issubclass(int, 1)
except TypeError as e: print(e)
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 42
    def __subclasscheck__(cls, sub): return sub is str
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(41, Any), issubclass(str, Any), issubclass(int, Any))

print(len([1, 2]), len('abc'), len({1: 2}), len(range(10)), len(b'xy'))
try: len(5)
except TypeError as e: print(e)
print(max(3, 1, 2), max([1, 5, 3]), min('bca'), max([], default=9), min([3, 1], key=lambda x: -x), max('a', 'bb', key=len), max([1, 1.0]), min((2, 'a'), (1, 'b')))
for e in ['max([])', 'min()', 'max(1)', 'max(1, 2, default=3)', 'min([1, "a"])', 'max([1], foo=1)']:
    try: eval(e)
    except Exception as ex: print(type(ex).__name__, ex)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try: next(it)
except StopIteration as e: print('StopIteration', repr(e))
try: next([1])
except TypeError as e: print(e)
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
try: iter(5)
except TypeError as e: print(e)
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5), pow(base=2, exp=3), pow(2, 3, mod=5))
for e in ['pow(2.0, 3, 5)', 'pow(2, 3, 0)', 'pow(2, 3, "x")', 'pow("a", 2)']:
    try: eval(e)
    except Exception as ex: print(type(ex).__name__, ex)
print(round(2.567, 2), round(2.5), round(7, -1), round(-0.5), round(1.5), round(25, -1), round(35, -1))
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3))
try: round('x')
except TypeError as e: print(e)
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([(1, 'b'), (0, 'c')], key=lambda t: t[1]), sorted({3: 1, 1: 2}))
try: sorted([1, 'a'])
except TypeError as e: print(e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(x * x for x in range(4)), sum([1.5, 2**70]), sum([True, True]))
for e in ["sum(['a'], '')", "sum([b'a'], b'')", "sum([1, 'a'])", "sum(5)"]:
    try: eval(e)
    except TypeError as ex: print(ex)
print(repr('a'), repr([1, 'b']), str(5), type(5).__name__, type('X', (), {'a': 1}).a)
print(sys.getsizeof(1), id(None) == id(None), getattr(1, 'real'), getattr(1, 'nope', 'dflt'), hasattr(1, 'real'), hasattr(1, 'zz'))
try: getattr(1, 'nope')
except AttributeError as e: print(e)
print(pow(-8, 1/3).real < 0)

# sys: argv, path, modules, streams, exit, recursion limit, version_info, sizes, exc_info, intern, flags
import sys, io

print(type(sys.argv).__name__, sys.argv[0].endswith('s4_sys.py'), len(sys.argv))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), sys.path[0] != None)
print('sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules, type(sys.modules).__name__)
import json
print(sys.modules['json'] is json)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 11, sys.version_info >= (3, 11), type(sys.version_info).__name__)
print(sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x30b, sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.flags.optimize, sys.flags.verbose, sys.flags.dont_write_bytecode in (0, 1))
print(type(sys.flags).__name__, sys.flags[0] == sys.flags.debug)
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno > 0, sys.exception() is v if hasattr(sys, 'exception') else True)
print(sys.exc_info() == (None, None, None))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(b'ab'))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(object()), sys.getsizeof(1 + 2j))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()), sys.getsizeof(object(), 5))
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print('ValueError:', e)
a = sys.intern('hello world ' + str(42))
b = sys.intern('hello world 42')
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
x = []
print(sys.getrefcount(x), sys.getrefcount(None) > 100)
print(sys.stdout.write('via write\n'))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.encoding.lower(), sys.stdout.writable(), hasattr(sys.stdout, 'flush'), sys.stdin.readable())
buf = io.StringIO()
sys.stdout = buf
print('captured line')
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))
print(sys.executable != '', isinstance(sys.prefix, str), sys.implementation.name, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(callable(sys.exit), sys.api_version > 0, isinstance(sys.builtin_module_names, tuple))
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
sys.stdout.flush()
sys.exit(4)

# sys.getsizeof of instances of classes derived from builtin types (every
# class is GC-tracked; a managed __dict__ adds 16 bytes unless the base has
# variable-size items), of exceptions with extra fields, frames, tracebacks,
# member descriptors, and the list str.split returns (12 slots preallocated).
import sys
S = sys.getsizeof


class I(int): pass
class Fl(float): pass
class St(str): pass
class By(bytes): pass
class Tu(tuple): pass
class Li(list): pass
class Di(dict): pass
class Se(set): pass
class Fz(frozenset): pass
class Ba(bytearray): pass
class Co(complex): pass
class IS(int): __slots__ = ()
class LS(list): __slots__ = ()
class Sl: __slots__ = ('a',)


print('int', S(I(5)), S(I(0)), S(I(2**100)), S(IS(3)))
print('float', S(Fl(1.5)), 'complex', S(Co(1j)))
print('str', S(St('ab')), S(St('é')), S(St('€')), S(St('\U0001F600')), S(St('')))
print('bytes', S(By(b'ab')), 'bytearray', S(Ba(b'ab')))
print('tuple', S(Tu((1, 2))), S(Tu())), 
print('list', S(Li([1, 2])), S(LS([1])), S(Li()))
print('dict', S(Di(a=1)), S(Di()), 'set', S(Se([1])), S(Fz([1])))
print('exceptions', S(Exception('x')), S(ValueError()), S(KeyError(1)), S(StopIteration(1)))
print(S(OSError(2, 'x')), S(FileNotFoundError()), S(SyntaxError('x')), S(IndentationError('x')))
print(S(ImportError('x')), S(ModuleNotFoundError('x')), S(SystemExit(1)), S(AttributeError('x')), S(NameError('x')))
print(S(UnboundLocalError('x')), S(UnicodeDecodeError('utf-8', b'x', 0, 1, 'r')))
print('member', S(Sl.a), S(type(Sl.__dict__['a'])) > 0)
try:
    1 / 0
except ZeroDivisionError as e:
    print('traceback', S(e.__traceback__))


def fr(a, b):
    x = 1
    return S(sys._getframe())


print('frame', fr(1, 2), S(sys._getframe()) > 0)
for s in ['a b c', 'a,b,c', ' '.join('x' * 12), ' '.join('x' * 13), ' '.join('x' * 30), 'word', '']:
    print('split', len(s.split()), S(s.split()), S(s.split(',')), S(s.split(None, 2)), S(s.rsplit()))
print('bytes split', S(b'a b c'.split()), S(b' '.join([b'x'] * 20).split()), S(b'a,b'.split(b',', 1)))

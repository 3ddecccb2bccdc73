# inspect: kind tests, members, docstrings, source lines, signatures
import functools
import inspect
import sys


def plain(a, b=1, *args, c, d: int = 2, **kw) -> 'str':
    """Doc of plain.

        indented line
    last line
    """
    return a


def gen():
    yield 1


class Base:
    """Base doc."""

    def method(self, x, y=3):
        """Base method doc."""
        return x

    @property
    def prop(self):
        """Property doc."""
        return 1

    @staticmethod
    def stat(z):
        return z

    @classmethod
    def klass(cls, w=0):
        return w


class Child(Base):
    def method(self, x, y=3):
        return x + 1


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def decorated(p, q=(1, 2)):
    return p


square = lambda n: n * n

print([inspect.isfunction(x) for x in (plain, Base.method, Base().method, len, Base, gen)])
print([inspect.ismethod(x) for x in (plain, Base().method, Base.klass, Base.stat)])
print(inspect.isclass(Base), inspect.isclass(Base()), inspect.ismodule(sys), inspect.ismodule(Base))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()),
      inspect.isgeneratorfunction(functools.partial(gen)))
print(inspect.isbuiltin(len), inspect.isbuiltin(plain), inspect.isroutine(len), inspect.isroutine(Base().method),
      inspect.isroutine(1))
print(inspect.iscode(plain.__code__), inspect.isframe(sys._getframe()), inspect.iscoroutinefunction(plain),
      inspect.isabstract(Base), inspect.isdatadescriptor(Base.__dict__['prop']),
      inspect.ismethoddescriptor(Base.__dict__['stat']))
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__))

print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child()) if not name.startswith('__')])
print(inspect.getmro(Child) == (Child, Base, object))
print(inspect.unwrap(decorated) is decorated.__wrapped__, inspect.unwrap(plain) is plain)
obj = Child()
obj.__dict__['prop'] = 'instance'
obj.__dict__['other'] = 'mine'
print(type(inspect.getattr_static(obj, 'prop')).__name__, inspect.getattr_static(obj, 'other'),
      type(inspect.getattr_static(Child, 'stat')).__name__, inspect.getattr_static(obj, 'nope', 'dflt'))
try:
    inspect.getattr_static(obj, 'nope')
except AttributeError as e:
    print('AttributeError', e)

print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Child.method), '|', inspect.getdoc(Child), '|', inspect.getdoc(Child().method))
print(repr(inspect.cleandoc('  first\n\n      a\n    b\n\n')), repr(inspect.cleandoc('')))
print(inspect.getfile(plain) == __file__, inspect.getsourcefile(Base) == __file__,
      inspect.getmodule(plain) is sys.modules[__name__], inspect.getmodulename('/x/y/mod.py'),
      inspect.getmodulename('/x/y/mod.txt'))
for bad in (sys, 1):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
for target in (plain, gen, Base, Child.method, Base.prop.fget, decorated, square, deco):
    lines, start = inspect.getsourcelines(target)
    print(start, len(lines), repr(lines[0]), repr(lines[-1]))
print(inspect.getsource(Base.stat), end='')
print(inspect.indentsize('    \tx'))


def tricky(a=(1,
              2), b="""
not code
"""):  # comment
    x = [1,
2]
    # a comment in the body
    return x  # end

# a comment after
print(inspect.getsource(tricky), end='')


class Outer:
    class Inner:
        def deep(self):
            pass
    value = 1


print(inspect.getsourcelines(Outer.Inner)[1], inspect.getsource(Outer.Inner), end='')

# signatures
sig = inspect.signature(plain)
print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(inspect.signature(Base.method), inspect.signature(Base().method), inspect.signature(Base.klass),
      inspect.signature(Base.stat), inspect.signature(Base), inspect.signature(Child))
print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False), inspect.signature(square))
print(inspect.signature(functools.partial(plain, 1, c=3)), inspect.signature(functools.partial(plain, b=5, c=0)))


class WithInit:
    def __init__(self, x, *, flag: bool = False):
        pass


class WithNew:
    def __new__(cls, a, b=2):
        return super().__new__(cls)


class Callable:
    def __call__(self, v, /, w):
        pass


print(inspect.signature(WithInit), inspect.signature(WithNew), inspect.signature(Callable()))


def posonly(a, b=2, /, c=3, *, d, **rest) -> None:
    pass


print(inspect.signature(posonly))
for args, kwargs in (((1,), {'d': 4}), ((1, 2, 3), {'d': 4, 'e': 5}), ((), {'d': 1}), ((1,), {}),
                     ((1, 2, 3, 4), {'d': 1}), ((1,), {'a': 2, 'd': 1}), ((1,), {'b': 2, 'd': 1}),
                     ((1,), {'c': 1, 'd': 1})):
    try:
        ba = inspect.signature(posonly).bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(' ', ba)
    except TypeError as e:
        print('TypeError', e)
for args, kwargs in (((1, 2, 3), {}), ((1,), {'a': 1}), ((), {'zz': 1}), ((1,), {'b': 2, 'c': 3})):
    try:
        print(inspect.signature(plain).bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
print(inspect.signature(plain).bind_partial(), inspect.signature(plain).bind_partial(1, c=2))
print(inspect.signature(plain) == inspect.signature(plain), inspect.signature(plain) == inspect.signature(posonly))
P = inspect.Parameter
made = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=None),
                          P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=list[int])],
                         return_annotation=dict)
print(made, made.replace(return_annotation=inspect.Signature.empty))
print(made.parameters['b'].replace(name='bb', default=5), P('x', P.KEYWORD_ONLY, annotation=sys.modules['functools'].partial))
for bad in (lambda: P('a b', P.POSITIONAL_ONLY), lambda: P('def', P.KEYWORD_ONLY), lambda: P(1, P.KEYWORD_ONLY),
            lambda: P('a', 7), lambda: P('a', P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('a', P.KEYWORD_ONLY)]),
            lambda: inspect.signature(5)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P('def', P.POSITIONAL_ONLY), str(P.VAR_KEYWORD), repr(P.empty), int(P.KEYWORD_ONLY))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(Base().method))
print(inspect.getfullargspec(posonly))

g = gen()
print(inspect.getgeneratorstate(g), end=' ')
next(g)
print(inspect.getgeneratorstate(g), end=' ')
g.close()
print(inspect.getgeneratorstate(g))

def where():
    info = inspect.getframeinfo(inspect.currentframe(), context=3)
    return info.function, info.lineno, info.index, len(info.code_context), info.code_context[info.index]
print(where())

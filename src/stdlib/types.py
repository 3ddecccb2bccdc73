"""Names for built-in types (FunctionType, MethodType, ModuleType, ...),
SimpleNamespace, and the dynamic class helpers new_class, prepare_class and
resolve_bases.

pyrite's own implementation: every type is obtained from an object of that
type (``type(lambda: 0)`` and so on); names the runtime cannot produce are
simply left undefined.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'GenericAlias', 'UnionType', 'EllipsisType',
           'NoneType', 'NotImplementedType', 'new_class', 'resolve_bases',
           'prepare_class', 'DynamicClassAttribute', 'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
ModuleType = type(_sys)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)


def _probe(make):
    """type(make()), or None when the runtime cannot produce such an object."""
    try:
        return type(make())
    except Exception:
        return None


def _cell():
    a = 1

    def f():
        return a
    return f.__closure__[0]


def _generator():
    yield 1


def _async_objects():
    """A closed coroutine and an async generator, made by compiling source at
    run time so this module still loads where async syntax is unsupported."""
    ns = {}
    exec('async def c():\n    pass\nasync def g():\n    yield\n', ns)
    coroutine = ns['c']()
    coroutine.close()
    return coroutine, ns['g']()


class _C:
    def _m(self):
        pass


def _traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


CellType = _probe(_cell)
GeneratorType = _probe(_generator)
CoroutineType = _probe(lambda: _async_objects()[0])
AsyncGeneratorType = _probe(lambda: _async_objects()[1])
MethodType = _probe(lambda: _C()._m)
WrapperDescriptorType = _probe(lambda: object.__init__)
MethodWrapperType = _probe(lambda: object().__str__)
MethodDescriptorType = _probe(lambda: str.join)
ClassMethodDescriptorType = _probe(lambda: dict.__dict__['fromkeys'])
GenericAlias = _probe(lambda: list[int])
UnionType = _probe(lambda: int | str)
TracebackType = _probe(_traceback)
FrameType = _probe(lambda: _traceback().tb_frame)
GetSetDescriptorType = _probe(lambda: FunctionType.__dict__['__code__'])
MemberDescriptorType = _probe(lambda: FunctionType.__dict__['__globals__'])

# Drop the names this runtime could not provide rather than binding None.
for _name in ('CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
              'MethodType', 'WrapperDescriptorType', 'MethodWrapperType',
              'MethodDescriptorType', 'ClassMethodDescriptorType', 'GenericAlias',
              'UnionType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
              'MemberDescriptorType'):
    if globals()[_name] is None:
        del globals()[_name]
del _name, _probe, _cell, _generator, _async_objects, _C, _traceback, _f


# The native type behind sys.implementation (types/namespace.rs).
SimpleNamespace = type(_sys.implementation)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, '__mro_entries__', None)
        if mro_entries is None:
            continue
        new = mro_entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if updated else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses of '
                        'all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Make a generator function's generators awaitable (flags its code
    CO_ITERABLE_COROUTINE); coroutine functions come back unchanged."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None:
        if code.co_flags & 0x180:
            return func
        if code.co_flags & 0x20:
            import _pyrite_coro
            return _pyrite_coro.mark_iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    return wrapped

"""Tools for functions and callables: reduce, partial, partialmethod,
wraps/update_wrapper, lru_cache/cache, cached_property, total_ordering,
cmp_to_key, singledispatch and singledispatchmethod.

pyrite's own implementation.  lru_cache keeps its entries in a dict plus a
circular doubly linked list of _Entry nodes ordered from least to most
recently used; singledispatch walks the plain __mro__ (no ABC-aware
resolution).
"""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_ABSENT = object()


class _Holder:
    def bound(self):
        pass


# Bound-method type, found without importing types (which imports functools).
_BoundMethod = type(_Holder().bound)
_GenericAlias = type(list[int])


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy the identity attributes (name, doc, ...) of wrapped onto wrapper
    and record wrapped as wrapper.__wrapped__; returns wrapper."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ brought over by __dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# -- reduce -------------------------------------------------------------------
def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of iterable from the left with a two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c).  initial, when given, comes
    before the items and is the result for an empty iterable."""
    count = len(args)
    if count < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % count)
    if count > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % count)
    function = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if count == 3:
        total = args[2]
    else:
        total = next(items, _ABSENT)
        if total is _ABSENT:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


# -- partial application --------------------------------------------------------
def _call_text(parts_head, args, keywords):
    pieces = [parts_head]
    pieces += [repr(a) for a in args]
    pieces += ['%s=%r' % pair for pair in keywords.items()]
    return ', '.join(pieces)


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func=_ABSENT, /, *args, **keywords):
        if func is _ABSENT:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial of a partial is flattened into one.
        if (isinstance(func, partial) and type(func).__new__ is partial.__new__
                and not func.__dict__):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        obj = object.__new__(cls)
        obj.func, obj.args, obj.keywords = func, args, keywords
        return obj

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*(self.args + args), **merged)

    def __repr__(self):
        kind = type(self)
        label = 'functools.partial' if kind is partial else kind.__name__
        return '%s(%s)' % (label, _call_text(repr(self.func), self.args, self.keywords))

    def __reduce__(self):
        state = (self.func, self.args, self.keywords or None, self.__dict__ or None)
        return type(self), (self.func,), state

    def __setstate__(self, state):
        func, args, keywords, extra = state
        self.func, self.args = func, tuple(args)
        self.keywords = dict(keywords) if keywords else {}
        if extra:
            self.__dict__.update(extra)

    __class_getitem__ = classmethod(lambda cls, item: _GenericAlias(cls, item))


class partialmethod:
    """Descriptor version of partial for use in class bodies: the stored
    arguments follow self (or cls); descriptors such as classmethod are
    bound first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        # CPython's layout: the three parts are always present, even empty.
        kind = type(self)
        return '%s.%s(%r, %s, %s)' % (
            kind.__module__, kind.__qualname__, self.func,
            ', '.join(map(repr, self.args)),
            ', '.join('%s=%r' % pair for pair in self.keywords.items()))

    def _as_unbound(self):
        spec = self

        def call(cls_or_self, /, *args, **keywords):
            merged = dict(spec.keywords)
            merged.update(keywords)
            return spec.func(cls_or_self, *spec.args, *args, **merged)
        # The name CPython's equivalent function shows in reprs.
        call.__name__ = '_method'
        call.__qualname__ = 'partialmethod._make_unbound_method.<locals>._method'
        call.__isabstractmethod__ = self.__isabstractmethod__
        call._partialmethod = self
        return call

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                made = partial(bound, *self.args, **self.keywords)
                try:
                    made.__self__ = bound.__self__
                except AttributeError:
                    pass
                return made
        # Plain callables (and partials) behave like functions: bind self.
        return self._as_unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(lambda cls, item: _GenericAlias(cls, item))


# -- lru_cache -------------------------------------------------------------------
_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')


class _KeywordSeparator:
    __slots__ = ()


_KW_SEP = _KeywordSeparator()


def _make_key(args, kwds, typed):
    """Hashable key of a call.  Which calls share a key matters (it shows in
    the hit/miss counts): positional and keyword forms differ, keyword order
    counts, and a lone int or str argument is its own key."""
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    parts = list(args)
    if kwds:
        parts.append(_KW_SEP)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend([type(a) for a in args])
        parts.extend([type(v) for v in kwds.values()])
    return tuple(parts)


class _Entry:
    __slots__ = ('older', 'newer', 'key', 'value')


class _lru_cache_wrapper:
    """Callable returned by lru_cache(): memoises user_function."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._limit = maxsize
        self._typed = typed
        self._entries = {}
        self._hits = self._misses = 0
        self._ring = self._empty_ring()
        update_wrapper(self, user_function)

    @staticmethod
    def _empty_ring():
        # Sentinel node: ring.newer is the least recently used entry,
        # ring.older the most recently used one.
        ring = _Entry()
        ring.older = ring.newer = ring
        ring.key = ring.value = None
        return ring

    def __call__(self, /, *args, **kwds):
        limit = self._limit
        if limit == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        found = self._entries.get(key, _ABSENT)
        if found is not _ABSENT:
            self._hits += 1
            if limit is None:
                return found
            self._unlink(found)
            self._append(found)
            return found.value
        self._misses += 1
        value = self.__wrapped__(*args, **kwds)
        if limit is None:
            self._entries[key] = value
        elif key not in self._entries:
            # (a recursive call may have stored the key meanwhile)
            if len(self._entries) >= limit:
                stale = self._ring.newer
                self._unlink(stale)
                del self._entries[stale.key]
            entry = _Entry()
            entry.key, entry.value = key, value
            self._append(entry)
            self._entries[key] = entry
        return value

    def _unlink(self, entry):
        entry.older.newer = entry.newer
        entry.newer.older = entry.older

    def _append(self, entry):
        ring = self._ring
        entry.older = ring.older
        entry.newer = ring
        ring.older.newer = entry
        ring.older = entry

    def cache_info(self):
        """(hits, misses, maxsize, currsize) as a CacheInfo named tuple."""
        return _CacheInfo(self._hits, self._misses, self._limit, len(self._entries))

    def cache_clear(self):
        """Forget every cached result and reset the counters."""
        self._entries.clear()
        self._ring = self._empty_ring()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._limit, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        return self if obj is None else _BoundMethod(self, obj)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Memoise a function, keeping the maxsize most recently used results
    (maxsize=None: keep everything; typed=True: 1 and 1.0 are cached
    separately).  Also usable as a bare @lru_cache."""
    if maxsize is not None and not isinstance(maxsize, int):
        if callable(maxsize) and isinstance(typed, bool):
            return _lru_cache_wrapper(maxsize, 128, typed)
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorate(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorate


def cache(user_function, /):
    """Unbounded memoisation: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# -- cached_property ---------------------------------------------------------------
class cached_property:
    """Like property, but the value is computed once and then stored in the
    instance __dict__ under the same name (which then shadows the getter)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__')

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError('Cannot assign the same cached_property to two different '
                            'names (%r and %r).' % (self.attrname, name))
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        storage = getattr(instance, '__dict__', _ABSENT)
        if storage is _ABSENT:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name))
        if name in storage:
            return storage[name]
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError("The '__dict__' attribute on %r instance does not "
                            "support item assignment for caching %r property."
                            % (type(instance).__name__, name)) from None
        return value

    __class_getitem__ = classmethod(lambda cls, item: _GenericAlias(cls, item))


# -- total_ordering ------------------------------------------------------------------
def _derived(root, target, negate, tie):
    """Comparison `target` computed from the class's `root` comparison:
    optionally negated, then widened by equality (tie='eq') or narrowed by
    inequality (tie='ne')."""
    def compare(self, other):
        got = getattr(type(self), root)(self, other)
        if got is NotImplemented:
            return got
        if negate:
            got = not got
        if tie == 'eq':
            return got or self == other
        if tie == 'ne':
            return got and self != other
        return got
    compare.__name__ = target
    compare.__qualname__ = '_%s_from_%s' % (target.strip('_'), root.strip('_'))
    return compare


# For each root: (derived op, negate the root's answer, equality adjustment).
_FROM_ROOT = {
    '__lt__': (('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)),
}


def total_ordering(cls):
    """Class decorator: given __eq__ and one of < <= > >=, add the others."""
    defined = [op for op in _FROM_ROOT
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)     # preference: __lt__, __le__, __gt__, __ge__
    for target, negate, tie in _FROM_ROOT[root]:
        if target not in defined:
            setattr(cls, target, _derived(root, target, negate, tie))
    return cls


# -- cmp_to_key ------------------------------------------------------------------------
def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function into a key= function."""
    def relation(test):
        def method(self, other):
            if not isinstance(other, type(self)):
                raise TypeError('other argument must be K instance')
            return test(mycmp(self.obj, other.obj))
        return method

    namespace = {
        '__slots__': ('obj',),
        '__init__': lambda self, obj: setattr(self, 'obj', obj),
        '__lt__': relation(lambda n: n < 0),
        '__gt__': relation(lambda n: n > 0),
        '__eq__': relation(lambda n: n == 0),
        '__le__': relation(lambda n: n <= 0),
        '__ge__': relation(lambda n: n >= 0),
        '__hash__': None,
        '__module__': 'functools',
    }
    return type('KeyWrapper', (), namespace)


# -- singledispatch -----------------------------------------------------------------------
def _union_members(hint):
    """The classes of a `A | B` / Union[A, B] hint, or None for other hints."""
    kind = type(hint)
    is_union = kind.__name__ == 'UnionType' or (
        getattr(hint, '__origin__', None) is not None
        and getattr(hint.__origin__, '_name', None) == 'Union')
    if not is_union:
        return None
    return tuple(getattr(hint, '__args__', ()))


def _dispatch_classes(hint):
    """Classes to register for hint, or None if hint is not usable."""
    if isinstance(hint, type):
        return (hint,)
    members = _union_members(hint)
    if members and all(isinstance(m, type) for m in members):
        return members
    return None


def singledispatch(func):
    """Turn func into a generic function choosing its implementation by the
    class of the first argument (see .register)."""
    table = {object: func}
    memo = {}

    def dispatch(cls):
        """The implementation used for instances of cls."""
        impl = memo.get(cls)
        if impl is None:
            impl = func
            for klass in cls.__mro__:
                if klass in table:
                    impl = table[klass]
                    break
            memo[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func), @register(cls) or @register with an annotated
        first parameter: add an implementation."""
        classes = _dispatch_classes(cls)
        if classes is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not '
                                'a class or union type.' % (cls,))
            func = cls
            hints = getattr(func, '__annotations__', {})
            if not hints:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an '
                                'annotated function.' % (func,))
            argname, cls = next(iter(_resolved_hints(func).items()))
            classes = _dispatch_classes(cls)
            if classes is None:
                problem = ('not all arguments are classes' if _union_members(cls)
                           else 'is not a class')
                raise TypeError('Invalid annotation for %r. %r %s.' % (argname, cls, problem))
        for klass in classes:
            table[klass] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % getattr(func, '__name__', 'singledispatch function'))
        impl = dispatch(args[0].__class__)
        return impl(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    proxy = type(type.__dict__)
    # A read-only live view when the runtime has mappingproxy.
    wrapper.registry = table if proxy is dict else proxy(table)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


def _resolved_hints(func):
    hints = func.__annotations__
    if any(isinstance(v, str) for v in hints.values()):
        try:
            from typing import get_type_hints
            return get_type_hints(func)
        except ImportError:
            pass
    return hints


class singledispatchmethod:
    """Descriptor form of singledispatch for methods: dispatches on the
    first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add an implementation (same forms as singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def bound_dispatch(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        bound_dispatch.register = self.register
        return update_wrapper(bound_dispatch, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

"""Higher-order functions and operations on callables: reduce, partial,
partialmethod, wraps/update_wrapper, lru_cache/cache, cached_property,
total_ordering, cmp_to_key and singledispatch.

pyrite's own implementation, written in plain Python.
"""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


class _Probe:
    def method(self):
        pass


# The bound-method type, without importing types (it would import us).
_MethodType = type(_Probe().method)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


################################################################################
# reduce
################################################################################

def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value."""
    if not 2 <= len(args) <= 3:
        if len(args) > 3:
            raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _MISSING
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial and partialmethod
################################################################################

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func=_MISSING, /, *args, **keywords):
        if func is _MISSING:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial and not func.__dict__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if isinstance(self.func, partial) or get is None:
            if obj is None:
                return partial(_unbound_partialmethod, self)
            return partial(self.func, obj, *self.args, **self.keywords)
        bound = get(obj, cls)
        if bound is self.func:
            return partial(_unbound_partialmethod, self)
        return partial(bound, *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _unbound_partialmethod(pm, cls_or_self, /, *args, **keywords):
    keywords = {**pm.keywords, **keywords}
    return pm.func(cls_or_self, *pm.args, *args, **keywords)


################################################################################
# lru_cache
################################################################################

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')

_KWD_MARK = object()
_FAST_TYPES = frozenset((int, str))


def _make_key(args, kwds, typed):
    """Build a hashable cache key from call arguments."""
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


# Indexes into the [prev, next, key, result] links of the recency list.
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


class _lru_cache_wrapper:
    """The callable returned by lru_cache(): caches results of user_function."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        root = []
        root[:] = [root, root, None, None]
        self._root = root
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if maxsize is None:
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                self._hits += 1
                return result
            self._misses += 1
            result = self.__wrapped__(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            # Move the link to the most-recently-used end.
            prev, nxt = link[_PREV], link[_NEXT]
            prev[_NEXT] = nxt
            nxt[_PREV] = prev
            root = self._root
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            self._hits += 1
            return link[_RESULT]
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # A recursive call already cached this key.
            return result
        root = self._root
        if len(cache) >= maxsize:
            oldest = root[_NEXT]
            root[_NEXT] = oldest[_NEXT]
            oldest[_NEXT][_PREV] = root
            del cache[oldest[_KEY]]
        last = root[_PREV]
        link = [last, root, key, result]
        last[_NEXT] = root[_PREV] = cache[key] = link
        return result

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        root = self._root
        root[:] = [root, root, None, None]
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


################################################################################
# cached_property
################################################################################

class cached_property:
    """Turn a method into a property whose value is computed once per instance
    and then cached in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not "
                                "support item assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return value

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


################################################################################
# total_ordering
################################################################################

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (not r and self != other)

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (r or self == other)

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (not r or self == other)

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (r and self != other)

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r and self != other)

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (r or self == other)

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (not r or self == other)

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (r and self != other)

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _DERIVED
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, func in _DERIVED[root]:
        if opname not in roots:
            def method(self, other, _func=func):
                return _func(self, other)
            method.__name__ = opname
            method.__qualname__ = '%s.%s' % (cls.__qualname__, opname)
            setattr(cls, opname, method)
    return cls


################################################################################
# cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    KeyWrapper.__module__ = 'functools'
    KeyWrapper.__qualname__ = 'KeyWrapper'
    return KeyWrapper


################################################################################
# singledispatch
################################################################################

def _first_annotation(func):
    ann = getattr(func, '__annotations__', {})
    if not ann:
        raise TypeError('Invalid first argument to `register()`: %r. Use either '
                        '`@register(some_class)` or plain `@register` on an '
                        'annotated function.' % (func,))
    argname, cls = next(iter(ann.items()))
    if not isinstance(cls, type):
        raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
    return cls


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is
    chosen by the type of the first argument."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """Return the implementation registered for cls (or its nearest base)."""
        impl = dispatch_cache.get(cls)
        if impl is None:
            for base in cls.__mro__:
                if base in registry:
                    impl = registry[base]
                    break
            else:
                impl = func
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register an implementation for cls (decorator or direct call)."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not '
                                'a class.' % (cls,))
            func = cls
            cls = _first_annotation(func)
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % getattr(func, '__name__', 'singledispatch function'))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor (dispatches on the first
    non-self argument)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

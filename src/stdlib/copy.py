"""Shallow and deep copy operations: copy(x), deepcopy(x, memo=None), Error.

pyrite's own implementation in plain Python.  Objects are copied through, in
order: the built-in container fast paths, __copy__/__deepcopy__, a custom
__reduce_ex__/__reduce__ if the class defines one, and otherwise directly:
a new instance from cls.__new__ (with __getnewargs__ arguments), then
__dict__, __slots__ and list/dict items are copied, honouring
__getstate__/__setstate__.  No pickling machinery (copyreg) is needed.
"""


__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)

# Immutable (or identity-only) types that are their own copies.
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, str, bytes, type, range, property, _FunctionType,
           _BuiltinFunctionType, _CodeType}
try:
    import weakref as _weakref
    _ATOMIC.add(_weakref.ref)
except ImportError:
    pass

_SHALLOW_ATOMIC = _ATOMIC | {tuple, frozenset, slice}


def _defining_class(cls, names):
    """The first class in cls's MRO whose own namespace defines one of names."""
    for base in cls.__mro__:
        namespace = base.__dict__
        for name in names:
            if name in namespace:
                return base
    return None


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = base.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x, cls):
    """The state object.__reduce_ex__ would report for x."""
    if _defining_class(cls, ('__getstate__',)) not in (None, object):
        return x.__getstate__()
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _new_args(x, cls):
    if isinstance(x, BaseException):
        return tuple(x.args)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs())
    for base in (tuple, str, bytes, int, float, complex):
        if isinstance(x, base):
            return (base(x),)
    if isinstance(x, frozenset):
        return (list(x),)
    return ()


def _uncopyable(cls):
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def _copy_instance(x, cls, deep, memo):
    """Copy an instance without a custom reduce: new object + state + items."""
    if (getattr(cls, '__module__', None) == 'builtins' and cls is not object
            and not isinstance(x, BaseException)):
        raise _uncopyable(cls)
    args = _new_args(x, cls)
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        elif isinstance(state, dict):
            state = dict(state)
        _set_state(y, state)
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) for item in x) if deep else y.extend(x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) for item in x) if deep else y.update(x)
    return y


def _reconstruct(x, info, deep, memo):
    """Rebuild an object from a __reduce_ex__/__reduce__ result."""
    if isinstance(info, str):
        return x
    if not isinstance(info, tuple) or not 2 <= len(info) <= 6:
        raise Error('__reduce__ must return a string or tuple of length 2 to 6')
    info = info + (None,) * (5 - len(info))
    func, args, state, listiter, dictiter = info[:5]
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _custom_reduce(x, cls):
    owner = _defining_class(cls, ('__reduce_ex__', '__reduce__'))
    if owner is None or owner is object:
        return None
    if '__reduce_ex__' in owner.__dict__:
        return x.__reduce_ex__(4)
    return x.__reduce__()


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    info = _custom_reduce(x, cls)
    if info is not None:
        return _reconstruct(x, info, False, None)
    return _copy_instance(x, cls, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # The tuple may have been copied while copying its own items.
        if d in memo:
            return memo[d]
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            info = _custom_reduce(x, cls)
            if info is not None:
                y = _reconstruct(x, info, True, memo)
            else:
                y = _copy_instance(x, cls, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive in memo so its id() is not reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

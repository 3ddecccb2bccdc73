"""copyreg for pyrite: the pickling registry plus the small constructor
helpers that object.__reduce_ex__ names (_reconstructor, __newobj__,
__newobj_ex__).  The reduce machinery itself is native (object.__reduce__ /
object.__reduce_ex__).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> reduce function, consulted by pickle/copy before __reduce_ex__.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register *pickle_function* as the reducer for *ob_type*."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that *object* can serve as a constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    """Recreate an instance reduced with protocol 0/1."""
    if base is object:
        return object.__new__(cls)
    inst = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(inst, state)
    return inst


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol-4 helper: __new__ with positional and keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _mangle(owner, attr):
    # Private slot names are stored mangled with the owning class's name.
    if not attr.startswith("__") or attr.endswith("__"):
        return attr
    prefix = owner.__name__.lstrip("_")
    return "_" + prefix + attr if prefix else attr


def _own_slots(klass):
    declared = klass.__dict__["__slots__"]
    return (declared,) if isinstance(declared, str) else declared


def _slotnames(cls):
    """List the slot attribute names of *cls* and its bases (memoised on
    cls.__slotnames__)."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    result = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            result.extend(_mangle(klass, attr) for attr in _own_slots(klass)
                          if attr not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = result
    except Exception:
        pass  # e.g. a builtin type that refuses new attributes
    return result


# Registry of pickle extension codes (EXT1/EXT2/EXT4 opcodes).
_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Assign extension *code* to (module, name)."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    pair = (module, name)
    old_code = _extension_registry.get(pair)
    old_pair = _inverted_registry.get(code)
    if old_code == code and old_pair == pair:
        return
    if pair in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (pair, old_code))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, old_pair))
    _extension_registry[pair] = code
    _inverted_registry[code] = pair


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code)."""
    pair = (module, name)
    if (_extension_registry.get(pair) != code
            or _inverted_registry.get(code) != pair):
        raise ValueError("key %s is not registered with code %s"
                         % (pair, code))
    del _extension_registry[pair]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()

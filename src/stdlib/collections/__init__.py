"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple,
ChainMap, UserDict, UserList and UserString.

pyrite's own implementation, written in plain Python; deque and OrderedDict
are native (the ``_collections`` module, as in CPython).  The dict subclasses
rely on the runtime calling ``__missing__`` from ``dict.__getitem__``.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
from . import abc as _abc

_intern = getattr(_sys, 'intern', str)

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']


_repr_running = set()


def _guarded_repr(obj, body, fallback):
    """Call body() unless obj's repr is already being computed (recursion)."""
    key = id(obj)
    if key in _repr_running:
        return fallback
    _repr_running.add(key)
    try:
        return body()
    finally:
        _repr_running.discard(key)


################################################################################
# deque
################################################################################

from _collections import deque


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value when
    a key is not present, in __getitem__ only."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        factory_repr = _guarded_repr(factory, lambda: repr(factory), '...')
        return '%s(%s, %s)' % (type(self).__name__, factory_repr,
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


################################################################################
# OrderedDict
################################################################################

from _collections import OrderedDict


################################################################################
# Counter
################################################################################

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        # sorted() is stable, so equal counts keep first-encountered order.
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self.items()):
            for _ in range(count if count > 0 else 0):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        def body():
            try:
                inner = '{%s}' % ', '.join('%r: %r' % kv for kv in self.most_common())
            except TypeError:
                inner = dict.__repr__(self)
            return '%s(%s)' % (name, inner)
        return _guarded_repr(self, body, '...')

    # -- rich comparisons (multiset inclusion) ------------------------------
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic ------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# namedtuple
################################################################################

def _plural_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind_fields(typename, fields, defaults, args, kwargs):
    """Bind __new__ arguments to field values with CPython's error messages."""
    n = len(fields)
    where = '%s.__new__()' % typename
    if len(args) > n:
        low = n - len(defaults)
        if low == n:
            takes = '%d positional argument%s' % (n + 1, '' if n == 0 else 's')
        else:
            takes = 'from %d to %d positional arguments' % (low + 1, n + 1)
        given = len(args) + 1
        raise TypeError('%s takes %s but %d %s given'
                        % (where, takes, given, 'was' if given == 1 else 'were'))
    values = list(args)
    if not kwargs and len(args) == n:
        return values
    for key in kwargs:
        if key not in fields:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (where, key))
        if fields.index(key) < len(args):
            raise TypeError("%s got multiple values for argument '%s'" % (where, key))
    missing = []
    first_default = n - len(defaults)
    for i in range(len(args), n):
        name = fields[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            missing.append(name)
            values.append(None)
    if missing:
        raise TypeError('%s missing %d required positional argument%s: %s'
                        % (where, len(missing), '' if len(missing) == 1 else 's',
                           _plural_names(missing)))
    return values


def _field_set(self, value):
    # as the C field getter of CPython's named tuples words it
    raise AttributeError("can't set attribute")


def _field_del(self):
    raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    default_values = ()
    if defaults is not None:
        default_values = tuple(defaults)
        if len(default_values) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(default_values)))))

    fields = tuple(_intern(f) for f in field_names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, _bind_fields(typename, fields, default_values,
                                            args, kwargs))
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    __new__.__qualname__ = '%s.__new__' % typename

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result
    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in fields) + ')'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, _i=index: self[_i], _field_set, _field_del,
                                   doc='Alias for field number %d' % index)
    for func in (_replace, __repr__, _asdict, __getnewargs__):
        func.__qualname__ = '%s.%s' % (typename, func.__name__)

    result = type(typename, (tuple,), namespace)
    if module is None:
        getframe = getattr(_sys, '_getframe', None)
        module = '__main__'
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
    result.__module__ = module
    return result


################################################################################
# ChainMap
################################################################################

class ChainMap(_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, lambda: '%s(%s)' % (
            self.__class__.__name__, ', '.join(map(repr, self.maps))), '...')

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        """Remove and return an item pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
# UserDict, UserList, UserString
################################################################################

class UserDict(_abc.MutableMapping):
    """A dict wrapper whose contents live in the ``data`` attribute."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.data = self.data.copy()
        return result

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _unwrap(other, kind):
    return other.data if isinstance(other, kind) else other


class UserList(_abc.MutableSequence):
    """A list wrapper whose contents live in the ``data`` attribute."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_abc.Sequence):
    """A str wrapper whose contents live in the ``data`` attribute."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)


_PLAIN_STR_METHODS = frozenset(('format', 'format_map', 'join'))


def _make_string_method(name):
    method = getattr(str, name)

    def wrapper(self, *args, **kwargs):
        args = [a.data if isinstance(a, UserString) else a for a in args]
        result = method(self.data, *args, **kwargs)
        if isinstance(result, str) and name not in _PLAIN_STR_METHODS:
            return self.__class__(result)
        return result
    wrapper.__name__ = name
    wrapper.__qualname__ = 'UserString.' + name
    return wrapper


# Methods returning new strings give back UserString instances; the rest
# (find, count, is*, split, ...) return plain values as in CPython.
for _name in ('capitalize', 'casefold', 'center', 'count', 'removeprefix',
              'removesuffix', 'encode', 'endswith', 'expandtabs', 'find',
              'format', 'format_map', 'index', 'isalpha', 'isalnum', 'isascii',
              'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
              'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust',
              'lower', 'lstrip', 'partition', 'replace', 'rfind', 'rindex',
              'rjust', 'rpartition', 'rstrip', 'split', 'rsplit', 'splitlines',
              'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper',
              'zfill'):
    # Only what the runtime's str has (a young runtime may lack a few).
    if hasattr(str, _name):
        setattr(UserString, _name, _make_string_method(_name))
del _name

for _cls in (defaultdict, Counter, ChainMap, UserDict, UserList, UserString):
    _cls.__module__ = 'collections'
del _cls

_abc.MutableSequence.register(deque)

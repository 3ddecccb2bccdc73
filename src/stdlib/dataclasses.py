"""pyrite's dataclasses module (Python 3.11 behaviour).

The class decorator inspects the class annotations, builds one Field record
per annotated name (collected along the MRO of dataclass bases) and installs
the requested dunder methods.  __init__ is produced as source text and
compiled with exec(), so that its parameter list, defaults, annotations and
argument errors are those of a hand-written function; every other generated
method is a plain closure over the field names.
"""

import copy as _copy
import keyword as _keyword
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# Sentinels.  Their class names show up in reprs (e.g. Field reprs print
# "<dataclasses._MISSING_TYPE object at 0x...>"), so the names are fixed.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    # Stands in for the default of a parameter whose value comes from a
    # default_factory; signatures display it as <factory>.
    def __repr__(self):
        return '<factory>'


_FACTORY = _FactoryMarker()


class _FieldKind:
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS_ATTR = '__dataclass_fields__'
_PARAMS_ATTR = '__dataclass_params__'

try:
    _proxy = type(type.__dict__)
    _NO_METADATA = _proxy({})
except TypeError:
    _proxy = dict
    _NO_METADATA = {}

try:
    from _thread import get_ident as _thread_id
except ImportError:
    def _thread_id():
        return 0


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, item):
        return cls(item)

    def __repr__(self):
        inner = self.type
        if isinstance(inner, type):
            shown = inner.__name__
        else:
            shown = repr(inner)
        return 'dataclasses.InitVar[' + shown + ']'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        values = (None, None, default, default_factory, repr, hash, init, compare,
                  _NO_METADATA if metadata is None else _proxy(metadata), kw_only, None)
        for slot, value in zip(Field.__slots__, values):
            setattr(self, slot, value)

    def __repr__(self):
        parts = [('name', self.name), ('type', self.type), ('default', self.default),
                 ('default_factory', self.default_factory), ('init', self.init),
                 ('repr', self.repr), ('hash', self.hash), ('compare', self.compare),
                 ('metadata', self.metadata), ('kw_only', self.kw_only),
                 ('_field_type', self._field_type)]
        return 'Field(' + ','.join('%s=%r' % p for p in parts) + ')'

    def __set_name__(self, owner, name):
        # Forward to a descriptor used as the default value.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    alias_type = type(list[int])
    return alias_type(cls, item)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *flags):
        for slot, value in zip(self.__slots__, flags):
            setattr(self, slot, value)

    def __repr__(self):
        shown = ','.join('%s=%r' % (name, getattr(self, name)) for name in self.__slots__)
        return '_DataclassParams(' + shown + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if MISSING is not default and MISSING is not default_factory:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------
# Recognising ClassVar / InitVar / KW_ONLY annotations

def _typing_classvar(obj):
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    marker = getattr(typing, 'ClassVar', None)
    if marker is None:
        return False
    if obj is marker:
        return True
    try:
        return getattr(obj, '__origin__', None) is marker
    except Exception:
        return False


def _is_initvar(obj):
    return obj is InitVar or type(obj) is InitVar


def _is_kw_only_marker(obj):
    return obj is KW_ONLY


def _split_annotation_string(text):
    """'mod.Name[...]' -> ('mod', 'Name'); 'Name...' -> (None, 'Name'); else None."""
    pos = 0
    size = len(text)

    def word(pos):
        start = pos
        while pos < size and (text[pos].isalnum() or text[pos] == '_'):
            pos += 1
        return text[start:pos], pos

    while pos < size and text[pos].isspace():
        pos += 1
    first, pos = word(pos)
    if not first:
        return None
    probe = pos
    while probe < size and text[probe].isspace():
        probe += 1
    if probe < size and text[probe] == '.':
        probe += 1
        while probe < size and text[probe].isspace():
            probe += 1
        second, _ = word(probe)
        if second:
            return first, second
    return None, first


def _string_annotation_is(text, cls, home_module, predicate):
    # A string annotation counts when the name it starts with resolves, in the
    # class's own module, to the right object: "ClassVar[int]" needs the module
    # to have imported ClassVar, "typing.ClassVar" needs it to have imported
    # typing (the name is then looked up in typing itself).
    parsed = _split_annotation_string(text)
    if parsed is None:
        return False
    prefix, name = parsed
    module = _sys.modules.get(cls.__module__)
    if module is None:
        return False
    space = getattr(module, '__dict__', None)
    if space is None:
        return False
    if prefix is None:
        return predicate(space.get(name))
    if home_module is None or space.get(prefix) is not home_module:
        return False
    return predicate(getattr(home_module, name, None))


def _classify(annotation, cls):
    """The _FieldKind for an annotation (or 'kw' for the KW_ONLY marker)."""
    me = _sys.modules.get(__name__)
    if isinstance(annotation, str):
        typing = _sys.modules.get('typing')
        if typing is not None and _string_annotation_is(annotation, cls, typing,
                                                         _typing_classvar):
            return _FIELD_CLASSVAR
        if _string_annotation_is(annotation, cls, me, _is_initvar):
            return _FIELD_INITVAR
        if _string_annotation_is(annotation, cls, me, _is_kw_only_marker):
            return 'kw'
        return _FIELD
    if _typing_classvar(annotation):
        return _FIELD_CLASSVAR
    if _is_initvar(annotation):
        return _FIELD_INITVAR
    if annotation is KW_ONLY:
        return 'kw'
    return _FIELD


# ---------------------------------------------------------------------------
# Building the Field records

def _make_field(cls, name, annotation, kind, kw_default):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if type(value).__name__ == 'member_descriptor':
            # A __slots__ entry is not a default value.
            value = MISSING
        f = field(default=value)
    f.name = name
    f.type = annotation
    f._field_type = kind
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:  # explicitly given
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    elif f.kw_only is MISSING:
        f.kw_only = kw_default
    if kind is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _install(cls, name, value):
    """Add a generated method unless the class body defined one (then False)."""
    if name in cls.__dict__:
        return False
    _name_method(cls, value, name)
    setattr(cls, name, value)
    return True


def _name_method(cls, func, name):
    try:
        func.__qualname__ = cls.__qualname__ + '.' + name
        func.__name__ = name
    except (AttributeError, TypeError):
        pass


# ---------------------------------------------------------------------------
# Method generators

def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _build_init(cls, init_fields, frozen, slots, post_init, globals_name):
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    defaults_seen = False
    for f in positional:
        if not f.init:
            continue
        if _has_default(f):
            defaults_seen = True
        elif defaults_seen:
            raise TypeError('non-default argument %r follows default argument' % f.name)

    env = {'__dc_factory_marker': _FACTORY, '__dc_setter': object.__setattr__}
    # A field may itself be called "self".
    me = '__dataclass_self__' if any(f.name == 'self' for f in init_fields) else 'self'
    params = [me]

    def param_text(idx, f):
        tname = '__dc_t%d' % idx
        env[tname] = f.type
        text = '%s: %s' % (f.name, tname)
        if f.default_factory is not MISSING:
            text += ' = __dc_factory_marker'
        elif f.default is not MISSING:
            dname = '__dc_d%d' % idx
            env[dname] = f.default
            text += ' = ' + dname
        return text

    indexed = list(enumerate(init_fields))
    for idx, f in indexed:
        if f.init and not f.kw_only:
            params.append(param_text(idx, f))
    kw_texts = [param_text(idx, f) for idx, f in indexed if f.init and f.kw_only]
    if kw_texts:
        params.append('*')
        params.extend(kw_texts)

    body = []
    for idx, f in indexed:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            fname = '__dc_f%d' % idx
            env[fname] = f.default_factory
            if f.init:
                expr = '%s() if %s is __dc_factory_marker else %s' % (fname, f.name, f.name)
            else:
                expr = fname + '()'
        elif f.init:
            expr = f.name
        elif slots and f.default is not MISSING:
            dname = '__dc_d%d' % idx
            env[dname] = f.default
            expr = dname
        else:
            continue
        if frozen:
            body.append('__dc_setter(%s, %r, %s)' % (me, f.name, expr))
        else:
            body.append('%s.%s = %s' % (me, f.name, expr))
    if post_init:
        extra = ', '.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.__post_init__(%s)' % (me, extra))
    if not body:
        body.append('pass')

    names = sorted(env)
    source = 'def __dc_outer(%s):\n def __init__(%s) -> None:\n  %s\n return __init__\n' % (
        ', '.join(names), ', '.join(params), '\n  '.join(body))
    scope = {}
    exec(source, {'__name__': globals_name}, scope)
    return scope['__dc_outer'](*[env[n] for n in names])


def _build_repr(names):
    active = set()

    def __repr__(self):
        key = (id(self), _thread_id())
        if key in active:
            return '...'
        active.add(key)
        try:
            inner = ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)
        finally:
            active.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, inner)
    __repr__._dataclass_generated = True
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _build_eq(names):
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self, names) == _values(other, names)
    return __eq__


def _build_order(names):
    def __lt__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self, names) < _values(other, names)

    def __le__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self, names) <= _values(other, names)

    def __gt__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self, names) > _values(other, names)

    def __ge__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self, names) >= _values(other, names)
    return [__lt__, __le__, __gt__, __ge__]


def _build_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _build_frozen(cls, names):
    protected = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in protected:
            raise FrozenInstanceError('cannot assign to field %r' % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in protected:
            raise FrozenInstanceError('cannot delete field %r' % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


# ---------------------------------------------------------------------------
# __doc__ text, as inspect.signature would print the class

def _show_annotation(obj):
    if getattr(obj, '__module__', None) == 'typing':
        return repr(obj).replace('typing.', '')
    if type(obj) is type(list[int]):
        return str(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    return repr(obj)


def _doc_signature(cls):
    init = cls.__dict__.get('__init__')
    if init is None:
        for base in cls.__mro__:
            if '__init__' in base.__dict__:
                init = base.__dict__['__init__']
                break
    described = getattr(init, '__dc_params__', None)
    if described is not None:
        pieces = []
        star = False
        for f in described:
            if f.kw_only and not star:
                pieces.append('*')
                star = True
            text = f.name + ': ' + _show_annotation(f.type)
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += ' = ' + repr(f.default)
            pieces.append(text)
        return '(' + ', '.join(pieces) + ')'
    if init is object.__init__:
        return '()'
    try:
        import inspect
        return str(inspect.signature(cls)).replace(' -> None', '')
    except Exception:
        return ''


# ---------------------------------------------------------------------------
# The decorator

def _dataclass_bases_fields(cls):
    collected = {}
    found_base = False
    frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS_ATTR, None)
        if base_fields is None:
            continue
        found_base = True
        collected.update(base_fields)
        if getattr(base, _PARAMS_ATTR).frozen:
            frozen_base = True
    return collected, found_base, frozen_base


def _decorate(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
              slots, weakref_slot):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields, found_base, frozen_base = _dataclass_bases_fields(cls)
    setattr(cls, _PARAMS_ATTR, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING or
                         (own_hash is None and '__eq__' in cls.__dict__))

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_default = kw_only
    marker_seen = False
    for name, annotation in annotations.items():
        kind = _classify(annotation, cls)
        if kind == 'kw':
            if marker_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            marker_seen = True
            kw_default = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kind, kw_default))

    for f in own_fields:
        all_fields[f.name] = f
        # Field() objects in the class body are replaced by the plain default.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)  # the plain value

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if found_base:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS_ATTR, all_fields)

    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    ordered = [f for f in init_fields if not f.kw_only] + [f for f in init_fields if f.kw_only]

    if init:
        method = _build_init(cls, ordered, frozen, slots, hasattr(cls, '__post_init__'),
                             cls.__module__)
        method.__dc_params__ = [f for f in ordered if f.init]
        _install(cls, '__init__', method)

    if repr:
        _install(cls, '__repr__', _build_repr([f.name for f in real_fields if f.repr]))

    compared = [f.name for f in real_fields if f.compare]
    if eq:
        _install(cls, '__eq__', _build_eq(compared))

    if order:
        for method in _build_order(compared):
            name = method.__name__
            if not _install(cls, name, method):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for method in _build_frozen(cls, [f.name for f in real_fields]):
            if not _install(cls, method.__name__, method):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (method.__name__, cls.__name__))

    # What happens to __hash__ depends on unsafe_hash, eq, frozen and whether
    # the class body wrote one itself.
    hashed = [f.name for f in real_fields
              if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        method = _build_hash(hashed)
        _name_method(cls, method, '__hash__')
        cls.__hash__ = method
    elif eq and not explicit_hash:
        if frozen:
            method = _build_hash(hashed)
            _name_method(cls, method, '__hash__')
            cls.__hash__ = method
        else:
            cls.__hash__ = None

    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = cls.__name__ + _doc_signature(cls)

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in ordered if f.init and not f.kw_only)

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _rebuild_with_slots(cls, real_fields, frozen, weakref_slot)

    try:
        import abc
        refresh = getattr(abc, 'update_abstractmethods', None)
    except ImportError:
        refresh = None
    if refresh is not None:
        refresh(cls)
    return cls


def _inherited_slot_names(cls):
    names = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__')
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        names.update(declared)
    return names


def _rebuild_with_slots(cls, real_fields, frozen, weakref_slot):
    if cls.__dict__.get('__slots__') is not None:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    namespace = dict(cls.__dict__)
    wanted = [f.name for f in real_fields]
    taken = _inherited_slot_names(cls)
    slot_names = [n for n in wanted if n not in taken]
    if weakref_slot and '__weakref__' not in taken:
        slot_names.append('__weakref__')
    namespace['__slots__'] = tuple(slot_names)
    for name in wanted:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    if frozen:
        names = tuple(wanted)

        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = __getstate__
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def apply(target):
        return _decorate(target, init, repr, eq, order, unsafe_hash, frozen, match_args,
                         kw_only, slots, weakref_slot)
    if cls is None:
        return apply
    return apply(cls)


# ---------------------------------------------------------------------------
# Helper functions

def _class_of(obj):
    return obj if isinstance(obj, type) else type(obj)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTR)


def is_dataclass(obj):
    return hasattr(_class_of(obj), _FIELDS_ATTR)


def fields(class_or_instance):
    try:
        table = getattr(class_or_instance, _FIELDS_ATTR)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _to_dict(obj, dict_factory):
    if _is_instance(obj):
        return dict_factory([(f.name, _to_dict(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_to_dict(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_to_dict(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_to_dict(k, dict_factory), _to_dict(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _to_dict(obj, dict_factory)


def _to_tuple(obj, tuple_factory):
    if _is_instance(obj):
        return tuple_factory([_to_tuple(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_to_tuple(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_to_tuple(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_to_tuple(k, tuple_factory), _to_tuple(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _to_tuple(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for name, f in getattr(obj, _FIELDS_ATTR).items():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = name in changes
        if not f.init:
            if given:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % name)
        elif not given:
            if kind is not _FIELD_INITVAR:
                changes[name] = getattr(obj, name)
            elif f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    body = {} if namespace is None else dict(namespace)
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if _keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = kind
    body.update(defaults)
    body['__annotations__'] = annotations
    # CPython 3.11 builds the class through types.new_class, which leaves
    # 'types' as its __module__.
    body.setdefault('__module__', 'types' if module is None else module)
    meta = type
    for base in bases:
        if isinstance(type(base), type) and issubclass(type(base), meta):
            meta = type(base)
    cls = meta(cls_name, tuple(bases), body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only,
                     slots=slots, weakref_slot=weakref_slot)

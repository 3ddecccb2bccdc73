"""Data classes: the @dataclass decorator, field(), Field, fields(), asdict(),
astuple(), replace(), is_dataclass(), make_dataclass(), FrozenInstanceError,
InitVar, KW_ONLY and MISSING.

pyrite's own implementation in plain Python.  __init__ is generated as source
text and compiled with exec() so its signature and argument errors are those
of an ordinary function (as in CPython); the other methods are closures.
"""

import copy as _copy
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

try:
    _mappingproxy = type(type.__dict__)
    _EMPTY_METADATA = _mappingproxy({})
except TypeError:
    # Runtimes without a callable mappingproxy type get plain dicts.
    _mappingproxy = dict
    _EMPTY_METADATA = {}


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__/__post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field of a dataclass (see field())."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _mappingproxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,'
                'frozen=%r)' % (self.init, self.repr, self.eq, self.order,
                                self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


################################################################################
# Building the class
################################################################################

def _typing_attr(name):
    typing = _sys.modules.get('typing')
    return getattr(typing, name, None) if typing is not None else None


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar', 't.ClassVar'))
    classvar = _typing_attr('ClassVar')
    if classvar is None:
        return False
    return annotation is classvar or getattr(annotation, '__origin__', None) is classvar


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if (f._field_type is _FIELD and f.default is not MISSING
            and f.default.__class__.__hash__ is None):
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    """Set name on cls unless the class body defined it; True if it existed."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, func):
    func.__qualname__ = '%s.%s' % (cls.__qualname__, func.__name__)
    return func


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    text = repr(annotation)
    return text.replace('typing.', '')


def _make_doc(cls, init_fields):
    params = []
    seen_star = False
    for f in init_fields:
        if f.kw_only and not seen_star:
            params.append('*')
            seen_star = True
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _format_annotation(f.type)
        if f.default is not MISSING:
            text += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    return '%s(%s)' % (cls.__name__, ', '.join(params))


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    names = [f.name for f in all_fields]
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    env = {'__dataclass_MISSING__': MISSING,
           '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}

    def param(f):
        if f.default is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default
            return '%s=__dataclass_dflt_%s__' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return '%s=__dataclass_HAS_DEFAULT_FACTORY__' % f.name
        return f.name

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)

    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            env['__dataclass_factory_%s__' % f.name] = f.default_factory
            if f.init:
                value = ('__dataclass_factory_%s__() if %s is '
                         '__dataclass_HAS_DEFAULT_FACTORY__ else %s'
                         % (f.name, f.name, f.name))
            else:
                value = '__dataclass_factory_%s__()' % f.name
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s, %r, %s)'
                        % (self_name, f.name, value))
        else:
            body.append('%s.%s = %s' % (self_name, f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, initvars))
    if not body:
        body.append('pass')
    source = 'def __init__(%s):\n    %s\n' % (', '.join(params), '\n    '.join(body))
    wrapper = ('def __create_fn__(%s):\n    %s\n    return __init__\n'
               % (', '.join(env), source.replace('\n', '\n    ')))
    namespace = {}
    exec(wrapper, {'__name__': cls.__module__}, namespace)
    init = namespace['__create_fn__'](**env)
    return _set_qualname(cls, init)


_repr_running = set()


def _make_repr(cls, repr_fields):
    names = tuple(f.name for f in repr_fields)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (name, getattr(self, name)) for name in names]
            return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
        finally:
            _repr_running.discard(key)
    __repr__._dataclass_generated = True  # lets pprint recognise it
    return _set_qualname(cls, __repr__)


def _make_compare(cls, name, op, compare_fields):
    names = tuple(f.name for f in compare_fields)

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names),
                      tuple(getattr(other, n) for n in names))
        return NotImplemented
    method.__name__ = name
    return _set_qualname(cls, method)


def _make_hash(cls, hash_fields):
    names = tuple(f.name for f in hash_fields)

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return _set_qualname(cls, __hash__)


def _make_frozen_methods(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return _set_qualname(cls, __setattr__), _set_qualname(cls, __delattr__)


_ORDER_OPS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Inherited fields, most distant base first.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            kw_only_seen = True
            kw_only_now = True
        else:
            own_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError('non-default argument %r follows default argument'
                                    % f.name)
            else:
                seen_default = True
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(
            cls, all_init_fields, std_init_fields, kw_init_fields, frozen,
            has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in field_list if f.repr]))
    compare_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare(
            cls, '__eq__', lambda a, b: a == b, compare_fields))
    if order:
        for name, op in _ORDER_OPS:
            if _set_new_attribute(cls, name, _make_compare(cls, name, op, compare_fields)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering' % (name, cls.__name__))
    if frozen:
        setattr_fn, delattr_fn = _make_frozen_methods(cls, [f.name for f in field_list])
        for name, fn in (('__setattr__', setattr_fn), ('__delattr__', delattr_fn)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and not has_explicit_hash:
        cls.__hash__ = _make_hash(cls, hash_fields) if frozen else None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _make_doc(cls, [f for f in all_init_fields if f.init])

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """Recreate cls with __slots__ for its fields."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                        if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited) + (
        ('__weakref__',) if weakref_slot else ())
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


################################################################################
# Introspection helpers
################################################################################

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values
    (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """Return a new dynamically created dataclass."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    if module is None:
        getframe = getattr(_sys, '_getframe', None)
        module = '__main__'
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)

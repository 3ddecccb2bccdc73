"""pyrite's enum module: enumerations with Python 3.11 behaviour.

Design notes (pyrite's own implementation):
  * `EnumType.__prepare__` hands the class body an `_ClassBodyDict` that only
    refuses re-used member names; everything else (auto() resolution, member
    selection, `_ignore_`) is decided afterwards by `_Blueprint`, which reads
    the finished namespace in definition order.  This keeps working even if
    the runtime stores class-body names without calling `__setitem__`.
  * Members are created by `_Blueprint.build` through the "member factory"
    (the first `__new__` found along the MRO, e.g. `int.__new__`); value
    lookups (`Color(1)`) are served by `EnumType.__call__`, so an enum class's
    own `__new__` is never replaced.
  * Flag pseudo-members (combinations, unknown bits) are created on demand by
    `Flag._missing_` and cached in `_value2member_map_`.
"""

import sys as _sys

__all__ = (
    'Enum', 'EnumMeta', 'EnumType', 'Flag', 'IntEnum', 'IntFlag', 'ReprEnum',
    'StrEnum', 'auto', 'member', 'nonmember', 'property', 'unique', 'verify',
    'CONFORM', 'EJECT', 'FlagBoundary', 'KEEP', 'STRICT',
    'global_enum', 'global_enum_repr', 'global_flag_repr', 'global_str',
    'CONTINUOUS', 'EnumCheck', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_enum_name', 'pickle_by_global_name', 'show_flag_values',
)

_mappingproxy = type(type.__dict__)

# Set once the corresponding classes exist; the metaclass checks them while
# the module itself is still defining Enum, ReprEnum and Flag.
Enum = ReprEnum = Flag = None
EJECT = KEEP = STRICT = CONFORM = None


def _deprecation(text, level):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(text, DeprecationWarning, stacklevel=level + 1)


# ---------------------------------------------------------------------------
# Small markers used inside class bodies

class _NoValueYet:
    def __repr__(self):
        return '_auto_null'


_auto_null = _NoValueYet()


class auto:
    """Placeholder replaced by the enum's _generate_next_value_ result."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _Wrapped:
    def __init__(self, value):
        self.value = value


class member(_Wrapped):
    """Force an attribute of an enum class body to become a member."""


class nonmember(_Wrapped):
    """Keep an attribute of an enum class body from becoming a member."""


_builtin_property = property


class property:
    """Descriptor for `name`/`value`-like attributes: on a member it calls
    fget, on the class it yields the member of the same name, if any."""

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None
        self.ownerclass = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__
        self.ownerclass = owner

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, owner=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (owner, self.name))
        if self.fget is not None:
            getter = self.fget
            return getter(instance)
        if self.member is not None:
            # a member whose name shadows a plain attribute of a mixin
            return instance.__dict__.get(self.name, self.member)
        raise AttributeError('%r member has no attribute %r' % (type(instance), self.name))

    def __set__(self, target, new_value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(target, new_value)

    def __delete__(self, target):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(target)


# ---------------------------------------------------------------------------
# Name classification

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _mangled(owner_name, attr):
    prefix = '_' + owner_name.lstrip('_') + '__'
    return (attr.startswith(prefix) and len(attr) > len(prefix)
            and not attr.endswith('__'))


def _is_descriptor(obj):
    kind = type(obj)
    return (hasattr(kind, '__get__') or hasattr(kind, '__set__')
            or hasattr(kind, '__delete__'))


_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


def _becomes_member(cls_name, key, value):
    if isinstance(value, member):
        return True
    if isinstance(value, nonmember):
        return False
    if _is_dunder(key) or _is_sunder(key) or _mangled(cls_name, key):
        return False
    return not _is_descriptor(value)


def _ignore_list(spec):
    if type(spec) is str or isinstance(spec, str):
        return spec.replace(',', ' ').split()
    return list(spec)


def _inherited_generator(bases):
    for base in bases:
        found = getattr(base, '_generate_next_value_', None)
        if found is not None:
            return found
    return None


class _AutoValues:
    """Turns auto() placeholders into values, in definition order."""

    def __init__(self, generator):
        self.generator = generator
        self.history = []
        self.used = False

    def set_generator(self, func):
        if self.used:
            raise TypeError('_generate_next_value_ must be defined before members')
        self.generator = func.__func__ if isinstance(func, staticmethod) else func

    def resolve(self, key, given, position):
        def one(placeholder):
            self.used = True
            if placeholder.value is _auto_null:
                placeholder.value = self.generator(key, 1, position, self.history[:])
            self.history.append(placeholder.value)
            return placeholder.value

        if type(given) is auto:
            return one(given)
        if type(given) is tuple and [v for v in given if type(v) is auto]:
            given = tuple(one(v) if type(v) is auto else v for v in given)
        self.history.append(given)
        return given


class _ClassBodyDict(dict):
    """Namespace of an enum class body: refuses to redefine member names and
    resolves auto() as soon as it is assigned (so warnings point at the body)."""

    def __init__(self, cls_name, bases=()):
        super().__init__()
        self._cls_name = cls_name
        self._seen_members = set()
        self._ignored = ()
        self._autos = _AutoValues(_inherited_generator(bases))

    def __setitem__(self, name, obj):
        if name == '_ignore_':
            self._ignored = _ignore_list(obj)
        elif name == '_generate_next_value_':
            self._autos.set_generator(obj)
        elif name not in self._ignored:
            is_member = _becomes_member(self._cls_name, name, obj)
            if name in self and (is_member or name in self._seen_members):
                raise TypeError('%r already defined as %r' % (name, dict.__getitem__(self, name)))
            if is_member:
                if isinstance(obj, type):
                    _deprecation('In 3.13 classes created inside an enum will not become a '
                                 'member.  Use the `member` decorator to keep the current '
                                 'behavior.', 2)
                if not isinstance(obj, member):
                    obj = self._autos.resolve(name, obj, len(self._seen_members))
                self._seen_members.add(name)
        dict.__setitem__(self, name, obj)


# ---------------------------------------------------------------------------
# Working out what a new enum class consists of

def _data_type_of(cls_name, bases):
    found = []
    for chain_start in bases:
        fallback = None
        for klass in chain_start.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.append(klass._member_type_)
                    break
                continue
            if '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                found.append(fallback or klass)
                break
            fallback = fallback or klass
    unique_types = []
    for kind in found:
        if kind not in unique_types:
            unique_types.append(kind)
    if len(unique_types) > 1:
        raise TypeError('too many data types for %r: %r' % (cls_name, set(unique_types)))
    return unique_types[0] if unique_types else object


def _member_factory(cls_name, bases, namespace):
    """The __new__ used to build members and whether it wants the value."""
    factory = namespace.get('__new__')
    if factory is None:
        for chain_start in bases:
            for klass in chain_start.__mro__:
                candidate = klass.__dict__.get('__new__')
                if candidate is not None and klass is not object:
                    factory = candidate
                    break
            if factory is not None:
                break
    if isinstance(factory, staticmethod):
        factory = factory.__func__
    if factory is None:
        factory = object.__new__
    return factory, factory is not object.__new__


def _enum_base(cls_name, bases):
    if not bases:
        return object
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    populated = [b for b in bases if isinstance(b, EnumType) and b._member_names_]
    if populated:
        raise TypeError('<enum %r> cannot extend %r' % (cls_name, populated[0]))
    return last


class _Blueprint:
    """Everything decided from the finished class-body namespace."""

    def __init__(self, cls_name, bases, namespace):
        self.cls_name = cls_name
        ns = dict(namespace)
        for name in _ignore_list(ns.pop('_ignore_', ())):
            ns.pop(name, None)
        if '__order__' in ns:
            ns['_order_'] = ns.pop('__order__')
        self.order = ns.pop('_order_', None)
        if isinstance(self.order, str):
            self.order = self.order.replace(',', ' ').split()
        for key in ns:
            if _is_sunder(key) and key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % key)
        # normally _ClassBodyDict already resolved auto(); this covers
        # namespaces that were filled without calling __setitem__
        autos = _AutoValues(_inherited_generator(bases))
        self.members = []
        attrs = {}
        for key, value in ns.items():
            if key == '_generate_next_value_':
                autos.set_generator(value)
            if not _becomes_member(cls_name, key, value):
                attrs[key] = value.value if isinstance(value, nonmember) else value
                continue
            if isinstance(value, member):
                value = value.value
            self.members.append((key, autos.resolve(key, value, len(self.members))))
        self.attrs = attrs


def _make_member(enum_class, name, given, factory, uses_args):
    data_type = enum_class._member_type_
    ctor_args = given if type(given) is tuple or isinstance(given, tuple) else (given,)
    if data_type is tuple:
        ctor_args = (ctor_args,)
    obj = factory(enum_class, *ctor_args) if uses_args else factory(enum_class)
    if '_value_' not in getattr(obj, '__dict__', ()) and not hasattr(obj, '_value_'):
        if data_type is object:
            obj._value_ = given
        else:
            try:
                obj._value_ = data_type(*ctor_args)
            except Exception as exc:
                problem = TypeError('_value_ not set in __new__, unable to create it')
                problem.__cause__ = exc
                raise problem
    obj._name_ = name
    obj.__objclass__ = enum_class
    if type(obj).__init__ is not object.__init__:
        obj.__init__(*ctor_args)
    return obj


def _same_value_member(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                return other
    return None


def _shadowed_descriptor(enum_class, name):
    for klass in enum_class.__mro__[1:]:
        found = klass.__dict__.get(name)
        if found is None:
            continue
        if isinstance(found, (property, _builtin_property)):
            return found
        return None
    return None


def _single_bit(value):
    return value > 0 and value & (value - 1) == 0


class EnumType(type):
    """Metaclass of Enum: builds members and makes the class a container."""

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        _enum_base(name, bases)
        return _ClassBodyDict(name, bases)

    def __new__(mcls, name, bases, body, *, boundary=None, _simple=False, **kw):
        metacls, cls, classdict, kwds = mcls, name, body, kw
        if Enum is None:
            # Enum itself (and nothing else) is made without members
            namespace = dict(classdict)
            namespace.update(_new_member_=object.__new__, _use_args_=False,
                             _member_names_=[], _member_map_={}, _value2member_map_={},
                             _unhashable_values_=[], _member_type_=object, _value_repr_=None)
            return super().__new__(metacls, cls, bases, namespace, **kwds)
        _enum_base(cls, bases)
        plan = _Blueprint(cls, bases, classdict)
        member_type = _data_type_of(cls, bases)
        factory, uses_args = _member_factory(cls, bases, plan.attrs)
        namespace = plan.attrs
        namespace.update({
            '_new_member_': factory,
            '_use_args_': uses_args,
            '_member_names_': [],
            '_member_map_': {},
            '_value2member_map_': {},
            '_unhashable_values_': [],
            '_member_type_': member_type,
        })
        if member_type is not object and '_value_repr_' not in namespace:
            namespace['_value_repr_'] = member_type.__dict__.get('__repr__')
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag:
            if boundary is None:
                for base in bases:
                    boundary = getattr(base, '_boundary_', None)
                    if boundary is not None:
                        break
            namespace['_boundary_'] = boundary or STRICT
        elif boundary is not None:
            namespace['_boundary_'] = boundary
        if [b for b in bases if ReprEnum is not None and b is ReprEnum]:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in namespace:
                namespace['__format__'] = member_type.__format__
            if '__str__' not in namespace:
                text = member_type.__str__
                if text is object.__str__:
                    text = member_type.__repr__
                namespace['__str__'] = text
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        metacls._prefer_enum_methods(enum_class, bases[-1], member_type, namespace)
        for position, (name, value) in enumerate(plan.members):
            metacls._add_member(enum_class, name, value, factory, uses_args, position, is_flag)
        if is_flag:
            _flag_bookkeeping(enum_class)
        if plan.order is not None and plan.order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, plan.order))
        return enum_class

    @staticmethod
    def _prefer_enum_methods(enum_class, enum_base, member_type, namespace):
        # A data type listed before the enum base (int in `class N(int, Enum)`)
        # would otherwise supply repr/str/format/pickling for the members.
        for name in ('__format__', '__reduce_ex__', '__repr__', '__str__'):
            if name in namespace:
                continue
            for provider in enum_class.__mro__:
                if name in provider.__dict__:
                    break
            if not isinstance(provider, EnumType) and provider in member_type.__mro__:
                type.__setattr__(enum_class, name, getattr(enum_base, name))

    @staticmethod
    def _add_member(enum_class, name, value, factory, uses_args, position, is_flag):
        obj = _make_member(enum_class, name, value, factory, uses_args)
        obj._sort_order_ = position
        canonical = _same_value_member(enum_class, obj._value_)
        if canonical is not None:
            obj = canonical
        elif is_flag and not (isinstance(obj._value_, int) and _single_bit(obj._value_)):
            pass  # zero and multi-bit flags are kept, but not iterated
        else:
            enum_class._member_names_.append(name)
        shadow = _shadowed_descriptor(enum_class, name)
        if shadow is not None:
            slot = property(getattr(shadow, 'fget', None))
            slot.member = obj
            slot.__set_name__(enum_class, name)
            type.__setattr__(enum_class, name, slot)
        else:
            type.__setattr__(enum_class, name, obj)
        enum_class._member_map_[name] = obj
        try:
            enum_class._value2member_map_.setdefault(obj._value_, obj)
        except TypeError:
            enum_class._unhashable_values_.append(obj._value_)

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            if not cls._member_map_ and cls._member_type_ is object:
                raise TypeError('%r has no members defined' % cls)
            if not cls._member_map_:
                return cls._member_type_(value, *values)
            return cls._lookup_value(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_value(cls, value):
        if type(value) is cls:
            return value
        try:
            hit = cls._value2member_map_.get(value, _auto_null)
            if hit is not _auto_null:
                return hit
        except TypeError:
            for obj in cls._member_map_.values():
                if obj._value_ == value:
                    return obj
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            found = cls._missing_(value)
        except Exception as exc:
            exc.__context__ = not_valid
            raise exc
        if isinstance(found, cls):
            return found
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(found, int):
            return found
        if found is None:
            raise not_valid
        problem = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, found))
        problem.__context__ = not_valid
        raise problem

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        bare_names = isinstance(names, (list, tuple)) and len(names) > 0 \
            and isinstance(names[0], str)
        if bare_names:
            generator = cls._generate_next_value_
            picked = []
            for index, label in enumerate(names):
                so_far = [v for _, v in picked]
                picked.append((label, generator(label, start, index, so_far)))
            names = picked
        body = metacls.__prepare__(class_name, bases)
        for item in names:
            if isinstance(item, str):
                body[item] = names[item]
            else:
                body[item[0]] = item[1]
        if module is None:
            getframe = getattr(_sys, '_getframe', None)
            if getframe is not None:
                try:
                    module = getframe(2).f_globals.get('__name__')
                except (AttributeError, ValueError):
                    module = None
        if module is not None:
            body.update(__module__=module)
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        if source is None:
            source_ns = _sys.modules[module].__dict__
        else:
            source_ns = source if isinstance(source, dict) else vars(source)
        chosen = [(key, value) for key, value in source_ns.items() if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        body = cls.__class__.__prepare__(name, (cls,))
        body.update(chosen)
        body.update(__module__=module)
        made = cls.__class__.__new__(cls.__class__, name, (cls,), body, boundary=boundary)
        if as_global:
            global_enum(made)
        else:
            _sys.modules[module].__dict__.update(made.__members__)
        _sys.modules[module].__dict__[name] = made
        return made

    def __bool__(cls):
        return True

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            _deprecation('in 3.12 __contains__ will no longer raise TypeError, but will return '
                         'True or\nFalse depending on whether the value is a member or the '
                         'value of a member', 2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def _is_member_name(cls, key):
        return key in cls.__dict__.get('_member_map_', ())

    def __delattr__(cls, key):
        if cls._is_member_name(key):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, key))
        type.__delattr__(cls, key)

    def __setattr__(cls, key, new_value):
        if cls._is_member_name(key):
            raise AttributeError('cannot reassign member %r' % (key,))
        type.__setattr__(cls, key, new_value)

    def __dir__(cls):
        shown = set(cls._member_names_)
        shown.update(('__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                      '__len__', '__members__', '__module__', '__name__', '__qualname__'))
        if object.__new__ is not cls._new_member_:
            shown.add('__new__')
        if object.__init_subclass__ is not cls.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def _members_in_order(cls, backwards=False):
        order = cls._member_names_[::-1] if backwards else cls._member_names_
        return [cls._member_map_[key] for key in order]

    def __getitem__(cls, key):
        return cls._member_map_[key]

    def __iter__(cls):
        return iter(cls._members_in_order())

    def __reversed__(cls):
        return iter(cls._members_in_order(True))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)


EnumMeta = EnumType


def _flag_bookkeeping(enum_class):
    singles = 0
    every = 0
    for obj in enum_class._member_map_.values():
        value = obj._value_
        if isinstance(value, int):
            every |= value
            if _single_bit(value):
                singles |= value
    enum_class._flag_mask_ = every
    enum_class._singles_mask_ = singles
    enum_class._all_bits_ = 2 ** every.bit_length() - 1
    single_values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
    if single_values == sorted(single_values):
        enum_class._iter_member_ = enum_class._iter_member_by_value_
    else:
        enum_class._iter_member_ = enum_class._iter_member_by_def_


# ---------------------------------------------------------------------------
# The base classes

_AUTO_WARNING = ('In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                 'values to be sortable and support adding +1\nand the value returned will '
                 'be the largest value in the enum incremented by 1')


def _after_last(name, start, count, last_values):
    # the largest value + 1; values that cannot be sorted or incremented, or
    # an auto() after a smaller value, get 3.11's DeprecationWarning
    if not last_values:
        return start
    try:
        largest = max(last_values)
        candidate = largest + 1
    except TypeError:
        largest = candidate = _auto_null
    if candidate is _auto_null or last_values[-1] != largest:
        _deprecation(_AUTO_WARNING, 5)
    if candidate is not _auto_null:
        return candidate
    for previous in last_values[::-1]:
        try:
            return previous + 1
        except TypeError:
            continue
    return start


def _lowercase_name(name, start, count, last_values):
    return name.lower()


def _next_power_of_two(name, start, count, last_values):
    if count == 0:
        return 1 if start is None else start
    highest = max(last_values)
    try:
        width = highest.bit_length()
    except Exception:
        raise TypeError('invalid flag value %r' % (highest,)) from None
    return 1 << width


class Enum(metaclass=EnumType):
    """Base class of enumerations: a fixed set of named, unique members."""

    _generate_next_value_ = _after_last

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwargs):
        pass

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, show(self._value_))
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __dir__(self):
        cls = type(self)
        if object is cls._member_type_:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                     'name', 'value'}
        else:
            names = set(object.__dir__(self))
        names.update(key for key in getattr(self, '__dict__', ()) if key[0] != '_')
        for klass in cls.__mro__:
            for key, obj in klass.__dict__.items():
                if key[0] == '_' or key in cls._member_map_:
                    continue
                names.add(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, protocol):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs."""

    def __new__(cls, *parts):
        if len(parts) > 3:
            raise TypeError('too many arguments for str(): %r' % (parts,))
        labels = ('%r is not a string', 'encoding must be a string, not %r',
                  'errors must be a string, not %r')
        for label, part in zip(labels, parts):
            if not isinstance(part, str):
                raise TypeError(label % (part,))
        text = str(*parts)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    _generate_next_value_ = _lowercase_name


def pickle_by_global_name(member, protocol):
    return member.name


def pickle_by_enum_name(member, protocol):
    return getattr, (type(member), member._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


def _bin(value, width):
    if value >= 0:
        return '0b0 ' + format(value, 'b').zfill(width)
    ones = (1 << width) + value
    return '0b1 ' + format(ones, 'b').zfill(width)


def _bit_count(value):
    return bin(value).count('1')


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with the bitwise operators."""

    _generate_next_value_ = _next_power_of_two

    @classmethod
    def _iter_member_by_value_(cls, bits):
        singles = sorted(cls._members_in_order(), key=lambda m: m._value_)
        return (m for m in singles if m._value_ & bits)

    @classmethod
    def _iter_member_by_def_(cls, bits):
        return (m for m in cls._members_in_order() if m._value_ & bits)

    @classmethod
    def _missing_(cls, number):
        if not isinstance(number, int):
            raise ValueError('%r is not a valid %s' % (number, cls.__qualname__))
        mask = cls._flag_mask_
        given = value = number
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        stray = value & ~mask
        boundary = cls._boundary_
        if stray:
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, given, _bin(value, width), _bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
                stray = 0
            elif boundary is EJECT:
                return value
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known
        data_type = cls._member_type_
        if data_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = data_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value & mask)]
        if names and stray:
            names.append(cls._numeric_repr_(stray))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, item):
        cls = type(self)
        if not isinstance(item, cls):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(item).__qualname__, cls.__qualname__))
        return (self._value_ & item._value_) == item._value_

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._numeric_repr_ = repr
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0
Flag._iter_member_ = Flag._iter_member_by_value_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


# ---------------------------------------------------------------------------
# Decorators and helpers

def unique(enumeration):
    """Class decorator refusing aliases (several names for one value)."""
    pairs = ['%s -> %s' % (name, obj._name_)
             for name, obj in enumeration.__members__.items() if name != obj._name_]
    if pairs:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(pairs)))
    return enumeration


def show_flag_values(number):
    return [1 << bit for bit in range(number.bit_length()) if number >> bit & 1]


def _module_tail(obj):
    return obj.__class__.__module__.rpartition('.')[2]


def global_enum_repr(member):
    return _module_tail(member) + '.' + member._name_


def global_flag_repr(member):
    module = _module_tail(member)
    cls = type(member)
    if member._name_ is None:
        return '%s.%s(%r)' % (module, cls.__name__, member._value_)
    # computed on the member itself: a plain Flag has no `-`, and 3.11 fails
    # there with the same TypeError
    rest = member - 1
    if member != 0 and member & rest == 0:
        return module + '.' + member._name_
    parts = []
    for piece in member._name_.split('|'):
        if cls._boundary_ is KEEP and piece[:1].isdigit():
            parts.append(piece)
        else:
            parts.append('%s.%s' % (module, piece))
    return '|'.join(parts)


def global_str(member):
    if member._name_ is None:
        return '%s(%r)' % (type(member).__name__, member._value_)
    return member._name_


def global_enum(cls, update_str=False):
    """Make the members module globals and show them as `module.NAME`."""
    setattr(cls, '__repr__', global_flag_repr if issubclass(cls, Flag) else global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        setattr(cls, '__str__', global_str)
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Turn a plain class into an enum of type `etype` (used by stdlib modules)."""
    def convert(cls):
        bases = (etype,)
        body = type(etype).__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                body[key] = value
        return type(etype)(cls.__name__, bases, body, boundary=boundary)
    return convert


class EnumCheck(StrEnum):
    """Properties that `verify` can insist on."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking the given EnumCheck properties."""

    def __init__(self, *wanted):
        self.checks = wanted

    def __call__(self, enum_class):
        enumeration = enum_class
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                pairs = ['%s -> %s' % (name, obj._name_)
                         for name, obj in enumeration.__members__.items() if name != obj._name_]
                if pairs:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(pairs)))
            elif check is CONTINUOUS:
                values = sorted({obj._value_ for obj in enumeration})
                if len(values) < 2:
                    continue
                low, high = values[0], values[-1]
                if kind == 'flag':
                    wanted = [1 << b for b in range(low.bit_length() - 1, high.bit_length())]
                else:
                    wanted = range(low, high + 1)
                gaps = [str(v) for v in wanted if v not in values]
                if gaps:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (kind, enumeration.__name__, ', '.join(gaps)))
            elif check == NAMED_FLAGS:
                named = 0
                for obj in enumeration:
                    named |= obj._value_
                culprits = []
                unnamed = 0
                for name, obj in enumeration.__members__.items():
                    if name in enumeration._member_names_ or not isinstance(obj._value_, int):
                        continue
                    if obj._value_ & ~named:
                        culprits.append(name)
                        unnamed |= obj._value_ & ~named
                if culprits:
                    if len(culprits) == 1:
                        who = 'alias %s is' % culprits[0]
                    else:
                        who = 'aliases %s and %s are' % (', '.join(culprits[:-1]), culprits[-1])
                    what = 'value' if _single_bit(unnamed) else 'combined values of'
                    raise ValueError('invalid Flag %r: %s missing %s 0x%x '
                                     '[use enum.show_flag_values(value) for details]'
                                     % (enumeration.__name__, who, what, unnamed))
        return enumeration

"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, EnumType
(alias EnumMeta), auto, unique, and the FlagBoundary values STRICT,
CONFORM, EJECT, KEEP.

pyrite's own implementation in plain Python.  Members are collected from the
finished class namespace (no custom __prepare__ mapping), so a name assigned
twice in the class body silently keeps the last value instead of raising.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_enum', 'verify', 'member', 'nonmember']

_auto_null = object()
_ALLOWED_SUNDER = frozenset(('_order_', '_generate_next_value_', '_missing_',
                             '_ignore_', '_numeric_repr_', '_iter_member_',
                             '_iter_member_by_value_', '_iter_member_by_def_',
                             '_value_', '_name_', '_settle_'))

# Set once Enum / ReprEnum / Flag exist; EnumType.__new__ checks for None
# while those bases themselves are being created.
Enum = ReprEnum = Flag = None


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class FlagBoundary:
    """Control how out of range values are handled by Flag."""


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


def _find_data_type(bases):
    """The non-Enum data type mixed into an enum (object if none)."""
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return candidate or base
            candidate = candidate or base
    return object


def _first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        first_enum = _first_enum(bases)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        member_type = _find_data_type(bases) if first_enum is not None else object

        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name in ignore:
            classdict.pop(name, None)
        classdict.pop('_order_', None)

        members = {}
        for name, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[name] = value.value
                continue
            if isinstance(value, member):
                members[name] = classdict.pop(name).value
                continue
            if _is_dunder(name) or _is_private(cls, name):
                continue
            if _is_sunder(name):
                if name not in _ALLOWED_SUNDER:
                    raise ValueError('_sunder_ names, such as %r, are reserved for '
                                     'future Enum use' % name)
                continue
            if _is_descriptor(value):
                continue
            members[name] = classdict.pop(name)

        custom_new = classdict.get('__new__')
        if custom_new is not None and isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if first_enum is not None and custom_new is not None:
            classdict['__new_member__'] = custom_new

        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        setter = type.__setattr__
        setter(enum_class, '_member_names_', [])
        setter(enum_class, '_member_map_', {})
        setter(enum_class, '_value2member_map_', {})
        setter(enum_class, '_member_type_', member_type)
        setter(enum_class, '_new_member_', None)
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        setter(enum_class, '_boundary_', boundary)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        setter(enum_class, '_flag_mask_', 0)

        # The function creating member objects and whether it takes the value.
        if custom_new is not None:
            new_member, use_args = custom_new, True
        else:
            new_member = None
            for base in (first_enum,) if first_enum is not None else ():
                new_member = base.__dict__.get('__new_member__')
                if new_member is None:
                    for klass in base.__mro__:
                        if '__new_member__' in klass.__dict__:
                            new_member = klass.__dict__['__new_member__']
                            break
            if new_member is not None:
                use_args = True
            elif member_type is object:
                new_member, use_args = object.__new__, False
            else:
                new_member, use_args = member_type.__new__, True

        setter(enum_class, '_new_member_', new_member)
        last_values = []
        for name, value in members.items():
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            metacls._add_member(enum_class, name, value, new_member, use_args,
                                member_type, is_flag)
            last_values.append(enum_class._member_map_[name]._value_)

        if Enum is not None:
            if custom_new is not None or member_type is not object:
                setter(enum_class, '__new__', Enum.__dict__['__new__'])
            # The mixed-in type must not take over repr()/str()/format().
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    setter(enum_class, name, getattr(first_enum, name))
            if (ReprEnum is not None and issubclass(enum_class, ReprEnum)
                    and member_type is not object):
                if '__format__' not in classdict:
                    setter(enum_class, '__format__', member_type.__format__)
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    setter(enum_class, '__str__', method)
        if is_flag:
            # Flag's operators must win over those of a mixed-in int.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    setter(enum_class, name, Flag.__dict__[name])
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            setter(enum_class, '_flag_mask_', mask)
            setter(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value, new_member, use_args, member_type, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if use_args:
            obj = new_member(enum_class, *args)
        else:
            obj = new_member(enum_class)
        if not hasattr(obj, '_value_'):
            obj._value_ = value if member_type is object else member_type(*args)
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = enum_class
        obj.__init__(*args)
        obj._sort_order_ = len(enum_class._member_names_)

        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is not None:
            obj = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = obj
        try:
            enum_class._value2member_map_.setdefault(value, obj)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, obj)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            getframe = getattr(_sys, '_getframe', None)
            module = '__main__'
            if getframe is not None:
                try:
                    module = getframe(2).f_globals.get('__name__', '__main__')
                except (AttributeError, ValueError):
                    pass
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',
                           '__name__', '__qualname__', '__init_subclass__'])
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """Returns a mapping of member name->value (aliases included)."""
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a '
                        'valid member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given (auto())."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
            if ordered[-1] == last:
                return last + 1
        except TypeError:
            pass
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names.extend(n for n in self.__dict__ if not n.startswith('_'))
        for cls in self.__class__.__mro__:
            if cls in (Enum, object) or cls is self._member_type_:
                continue
            names.extend(n for n in cls.__dict__ if not n.startswith('_')
                         and n not in self._member_map_)
        return sorted(set(names))

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value: the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            value = all_bits + 1 + value if cls._boundary_ != KEEP else value
        extra = value & ~mask
        if extra and cls._boundary_ == STRICT:
            bits = max(mask.bit_length(), value.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _bin(value, bits), _bin(mask, bits)))
        if extra and cls._boundary_ == CONFORM:
            value &= mask
            extra = 0
        if extra and cls._boundary_ == EJECT:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        if extra and names:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names and value else None
        if not names and extra:
            pseudo._name_ = None
        try:
            return cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            return pseudo

    def _contained(self):
        value = self._value_
        return [m for m in self.__class__ if m._value_ & value == m._value_ and m._value_]

    def __iter__(self):
        return iter(self._contained())

    def __len__(self):
        return len(self._contained())

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(value, bits):
    """Format like CPython's enum._bin: sign bit, space, then the bits."""
    return '0b0 ' + format(value, '0%db' % bits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum(cls):
    """Export the members of an enum into its module's namespace."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an enum of type etype (used
    by some pure-Python library modules)."""
    def convert(cls):
        body = {}
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            body[name] = value
        metacls = type(etype)
        kwds = {} if boundary is None else {'boundary': boundary}
        return metacls(cls.__name__, (etype,), body, **kwds)
    return convert


def verify(*checks):
    """Accepted for compatibility; checks are not performed."""
    return lambda enumeration: enumeration


for _cls in (EnumType, Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, auto):
    type.__setattr__(_cls, '__module__', 'enum')
del _cls

"""pyrite's typing module: runtime objects for type hints (Python 3.11).

Layout of this implementation (pyrite's own):
  * `_coerce_hint` normalises one hint (None -> NoneType, str -> ForwardRef)
    and refuses forms that are not allowed as arguments.
  * Special forms (`Union`, `ClassVar`, `Literal`, ...) are `_SpecialForm`
    objects wrapping a "subscribe" function.
  * Aliases: `_SpecialGenericAlias` is an unsubscripted alias such as
    `typing.List`; subscribing it gives a `_GenericAlias` (or one of the
    Callable/Union/Literal/Annotated/... subclasses).  Type variables are
    replaced through `_substitute`, which asks every argument for its
    `__typing_subst__` or, for nested aliases, re-subscribes them.
  * `Generic.__init_subclass__` computes `__parameters__` from the
    `__orig_bases__` the class statement records (PEP 560).
"""

import collections
import collections.abc
import sys as _sys
import types as _types
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = [
    # special forms and classes
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'TypeVarTuple', 'Union',
    # collection aliases
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
    'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'TextIO', 'AnyStr',
    # functions and the rest
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints',
    'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
Text = str

_NoneType = type(None)
_PyGenericAlias = getattr(_types, 'GenericAlias', None)
_PyUnionType = getattr(_types, 'UnionType', None)
_PY_ALIASES = tuple(t for t in (_PyGenericAlias,) if t is not None)
_PY_UNIONS = tuple(t for t in (_PyUnionType,) if t is not None)


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _caller_module(depth=2, fallback='__main__'):
    getframe = getattr(_sys, '_getframe', None)
    if getframe is None:
        return fallback
    try:
        return getframe(depth).f_globals.get('__name__', fallback)
    except (AttributeError, ValueError):
        return fallback


def _show(obj):
    """How an argument appears inside an alias repr."""
    if _PY_ALIASES and isinstance(obj, _PY_ALIASES):
        return repr(obj)
    if isinstance(obj, type):
        where = obj.__module__
        return obj.__qualname__ if where == 'builtins' else where + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


# ---------------------------------------------------------------------------
# A small memo for subscriptions, so that List[int] is List[int] as in CPython

_memo_store = {}


def _memo_key(owner, params):
    # the type of each top-level parameter is part of the key: Literal[1]
    # and Literal[True] compare equal as values but are different hints
    if type(params) is tuple:
        return (owner, params, tuple(type(p) for p in params))
    return (owner, params, type(params))


def _memoized(owner, params, build):
    try:
        key = _memo_key(owner, params)
        found = _memo_store.get(key)
    except TypeError:
        return build(params)
    if found is None:
        found = build(params)
        if len(_memo_store) > 512:
            _memo_store.clear()
        _memo_store[key] = found
    return found


# ---------------------------------------------------------------------------
# Base of the special objects

class _Sealed:
    """Base of typing's internal classes, which users may not subclass."""

    def __init_subclass__(cls, *, internal=False):
        if not internal:
            raise TypeError('Cannot subclass special typing classes')


class _SpecialForm(_Sealed, internal=True):
    """A typing construct such as Union or ClassVar (subscribed, never instantiated)."""

    def __init__(self, subscribe):
        self._subscribe = subscribe
        self._name = subscribe.__name__
        self.__doc__ = subscribe.__doc__

    def __getattr__(self, key):
        if key == '__name__' or key == '__qualname__':
            return self._name
        raise AttributeError(key)

    def __mro_entries__(self, original_bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __call__(self, *a, **kw):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, candidate):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, klass):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, item):
        return _memoized(self, item, lambda p: self._subscribe(self, p))


class _LiteralSpecialForm(_SpecialForm, internal=True):
    # the values are handed over as separate arguments
    def __getitem__(self, item):
        return _memoized(self, _as_tuple(item), lambda p: self._subscribe(self, *p))


# ---------------------------------------------------------------------------
# Checking one hint

def _as_tuple(item):
    return item if type(item) is tuple else (item,)


def _coerce_hint(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    arg = _plain_convert(arg, module, special=allow_special_forms)
    if type(arg) is ForwardRef:
        return arg
    refused = (Generic, Protocol)
    if not allow_special_forms:
        refused += (ClassVar, Final) if is_argument else (ClassVar,)
    if isinstance(arg, _GenericAlias) and any(arg.__origin__ is r for r in refused):
        raise TypeError(f'{arg} is not valid as type argument')
    if any(arg is form for form in (Any, LiteralString, NoReturn, Never, Self, TypeAlias)):
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _plain_convert(arg, module=None, *, special=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=special)
    return arg


def _is_param_expr(arg):
    return (arg is Ellipsis or isinstance(arg, (tuple, list))
            or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias)))


def _is_typevar_like(obj):
    return isinstance(obj, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(obj)


def _is_unpacked_typevartuple(obj):
    return (not isinstance(obj, type) and isinstance(obj, _GenericAlias)
            and obj.__origin__ is Unpack and bool(obj.__args__)
            and isinstance(obj.__args__[0], TypeVarTuple))


def _free_variables(args):
    """Type variables occurring in args, in first-seen order."""
    found = []

    def note(var):
        if var not in found:
            found.append(var)

    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            note(arg)
        elif _is_unpacked_typevartuple(arg):
            note(arg.__args__[0])
        elif isinstance(arg, (list, tuple)):
            for var in _free_variables(arg):
                note(var)
        else:
            for var in getattr(arg, '__parameters__', ()):
                note(var)
    return tuple(found)


def _expect_count(alias, given, expected):
    if not expected:
        raise TypeError(f'{alias} is not a generic class')
    if len(given) != expected:
        amount = 'many' if len(given) > expected else 'few'
        raise TypeError(f'Too {amount} arguments for {alias}; '
                        f'actual {len(given)}, expected {expected}')


def _flatten_union(parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias) or (_PY_UNIONS and isinstance(p, _PY_UNIONS)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


def _literal_pairs(values):
    return [(v, type(v)) for v in values]


def _literal_unique(values):
    try:
        kept = []
        seen = set()
        for pair in _literal_pairs(values):
            if pair not in seen:
                seen.add(pair)
                kept.append(pair[0])
        return tuple(kept)
    except TypeError:
        return tuple(values)


def _literal_flatten(values):
    out = []
    for v in values:
        if isinstance(v, _LiteralGenericAlias):
            out.extend(v.__args__)
        else:
            out.append(v)
    return tuple(out)


# ---------------------------------------------------------------------------
# Any and the special forms

class _AnyMeta(type):
    def __instancecheck__(cls, candidate):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return type.__instancecheck__(cls, candidate)

    def __repr__(cls):
        return 'typing.Any' if cls is Any else type.__repr__(cls)


class Any(metaclass=_AnyMeta):
    """Compatible with every type; a class may also inherit from it."""

    def __new__(cls, *a, **kw):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *a, **kw)


def _not_subscriptable(form, parameters):
    raise TypeError(f'{form} is not subscriptable')


def _bare_form(name, doc):
    def subscribe(self, parameters):
        return _not_subscriptable(self, parameters)
    subscribe.__name__ = name
    subscribe.__doc__ = doc
    return _SpecialForm(subscribe)


NoReturn = _bare_form('NoReturn', 'Marks a function that never returns.')
Never = _bare_form('Never', 'The bottom type, which has no values.')
Self = _bare_form('Self', 'The type of the current (enclosing) class.')
LiteralString = _bare_form('LiteralString', 'Any literal string (for type checkers).')
TypeAlias = _bare_form('TypeAlias', 'Marks an explicit type alias: X: TypeAlias = int.')


def _single_argument_form(name, doc, message, alias_class=None):
    def subscribe(self, parameters):
        item = _coerce_hint(parameters, message(self))
        return (alias_class or _GenericAlias)(self, (item,))
    subscribe.__name__ = name
    subscribe.__doc__ = doc
    return _SpecialForm(subscribe)


ClassVar = _single_argument_form(
    'ClassVar', 'Marks an attribute as belonging to the class: x: ClassVar[int].',
    lambda form: f'{form} accepts only single type.')
Final = _single_argument_form(
    'Final', 'Marks a name that may not be reassigned or overridden.',
    lambda form: f'{form} accepts only single type.')
TypeGuard = _single_argument_form(
    'TypeGuard', 'Return annotation of a user-defined type narrowing function.',
    lambda form: f'{form} accepts only single type.')
Required = _single_argument_form(
    'Required', 'Marks a TypedDict key as required.',
    lambda form: f'{form._name} accepts only a single type.')
NotRequired = _single_argument_form(
    'NotRequired', 'Marks a TypedDict key as possibly missing.',
    lambda form: f'{form._name} accepts only a single type.')


def _union_subscribe(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    checked = tuple(_coerce_hint(p, 'Union[arg, ...]: each arg must be a type.')
                    for p in _as_tuple(parameters))
    members = _flatten_union(checked)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(self, members, name='Optional')
    return _UnionGenericAlias(self, members)


_union_subscribe.__name__ = 'Union'
_union_subscribe.__doc__ = 'Union[X, Y] means either X or Y.'
Union = _SpecialForm(_union_subscribe)


def _optional_subscribe(self, parameters):
    arg = _coerce_hint(parameters, f'{self} requires a single type.')
    return Union[arg, _NoneType]


_optional_subscribe.__name__ = 'Optional'
_optional_subscribe.__doc__ = 'Optional[X] is Union[X, None].'
Optional = _SpecialForm(_optional_subscribe)


def _literal_subscribe(self, *parameters):
    values = _literal_unique(_literal_flatten(parameters))
    return _LiteralGenericAlias(self, values)


_literal_subscribe.__name__ = 'Literal'
_literal_subscribe.__doc__ = 'Literal[v, ...]: exactly one of the given values.'
Literal = _LiteralSpecialForm(_literal_subscribe)


def _concatenate_subscribe(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parameters = _as_tuple(parameters)
    if not (parameters[-1] is Ellipsis or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = tuple(_coerce_hint(p, msg) for p in parameters[:-1]) + (parameters[-1],)
    return _ConcatenateGenericAlias(self, parameters, _paramspec_tvars=True)


_concatenate_subscribe.__name__ = 'Concatenate'
_concatenate_subscribe.__doc__ = 'Prefixes a ParamSpec with positional parameters.'
Concatenate = _SpecialForm(_concatenate_subscribe)


def _unpack_subscribe(self, parameters):
    item = _coerce_hint(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


_unpack_subscribe.__name__ = 'Unpack'
_unpack_subscribe.__doc__ = 'Unpacks a TypeVarTuple or tuple type: *Ts.'
Unpack = _SpecialForm(_unpack_subscribe)


# ---------------------------------------------------------------------------
# Type variables

class _Variance:
    def _set_variance(self, co, contra):
        if co and contra:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(co)
        self.__contravariant__ = bool(contra)

    def _set_bound(self, bound):
        self.__bound__ = _coerce_hint(bound, 'Bound must be a type.') if bound else None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        sign = '+' if self.__covariant__ else ('-' if self.__contravariant__ else '~')
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_Sealed, _Variance, internal=True):
    """A type variable: T = TypeVar('T'), optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        if bound is not None and constraints:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(
            _coerce_hint(c, 'TypeVar(name, constraint, ...): constraints must be types.')
            for c in constraints)
        self._set_bound(bound)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, replacement):
        hint = _coerce_hint(replacement, 'Parameters to generic types must be types.',
                            is_argument=True)
        starred = getattr(hint, '__unpacked__', False) and _PY_ALIASES \
            and isinstance(hint, _PY_ALIASES)
        if starred or (isinstance(hint, _GenericAlias) and hint.__origin__ is Unpack):
            raise TypeError(f'{hint} is not valid as type argument')
        return hint


class TypeVarTuple(_Sealed, internal=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, replacement):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')


class _ParamSpecPart(_Sealed, internal=True):
    _part = ''

    def __init__(self, spec):
        self.__origin__ = spec

    def __repr__(self):
        return self.__origin__.__name__ + '.' + self._part

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other.__origin__ == self.__origin__

    __hash__ = object.__hash__


class ParamSpecArgs(_ParamSpecPart, internal=True):
    """The type of `*args` of a ParamSpec P: P.args."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, internal=True):
    """The type of `**kwargs` of a ParamSpec P: P.kwargs."""
    _part = 'kwargs'


class ParamSpec(_Sealed, _Variance, internal=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        self._set_bound(bound)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, replacement):
        if type(replacement) in (list, tuple) or isinstance(replacement, (list, tuple)):
            return tuple(_coerce_hint(a, 'Expected a type.') for a in replacement)
        if _is_param_expr(replacement):
            return replacement
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or '
                        f'Concatenate. Got {replacement}')

    def __typing_prepare_subst__(self, owner, given):
        variables = owner.__parameters__
        position = variables.index(self)
        if position >= len(given):
            raise TypeError(f'Too few arguments for {owner}')
        if len(variables) == 1 and not _is_param_expr(given[0]):
            # X[int, str] for a single ParamSpec means X[[int, str]]
            return (given,)
        if isinstance(given[position], list):
            return given[:position] + (tuple(given[position]),) + given[position + 1:]
        return given


# ---------------------------------------------------------------------------
# Forward references

class ForwardRef(_Sealed, internal=True):
    """A hint given as a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if type(arg) is not str and not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        # '*Ts' is evaluated as the first item of the tuple display (*Ts,)
        source = '(' + arg + ',)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        state = {'arg': arg, 'code': code, 'evaluated': False, 'value': None,
                 'is_argument': is_argument, 'is_class': is_class, 'module': module}
        for key, value in state.items():
            setattr(self, '__forward_' + key + '__', value)

    def _evaluate(self, globalns, localns, recursive_guard):
        text = self.__forward_arg__
        if text in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        home = self.__forward_module__
        if home is not None:
            globalns = getattr(_sys.modules.get(home), '__dict__', globalns)
        found = _coerce_hint(eval(self.__forward_code__, globalns, localns),
                             'Forward references must evaluate to types.',
                             is_argument=self.__forward_is_argument__,
                             allow_special_forms=self.__forward_is_class__)
        guard = recursive_guard | {text}
        self.__forward_value__ = _evaluate_hint(found, globalns, localns, guard)
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if type(other) is not ForwardRef and not isinstance(other, ForwardRef):
            return NotImplemented
        mine = (self.__forward_arg__, self.__forward_module__)
        theirs = (other.__forward_arg__, other.__forward_module__)
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            mine = (self.__forward_arg__, self.__forward_value__)
            theirs = (other.__forward_arg__, other.__forward_value__)
        return mine == theirs

    def __hash__(self):
        identity = (self.__forward_arg__, self.__forward_module__)
        return hash(identity)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        home = self.__forward_module__
        suffix = '' if home is None else f', module={home!r}'
        return f'ForwardRef({self.__forward_arg__!r}{suffix})'


# ---------------------------------------------------------------------------
# Aliases

_ALIAS_OWN_ATTRS = frozenset(('_name', '_inst', '_nparams', '_paramspec_tvars'))


def _alias_identity(alias):
    return (alias.__origin__, alias.__args__)


def _getitem_reduction(target, args):
    import operator
    return operator.getitem, (target, args)


class _BaseGenericAlias(_Sealed, internal=True):
    """What every typing alias shares: an origin class it stands for."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *a, **kw):
        target = self.__origin__
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {target.__name__}() instead')
        made = target(*a, **kw)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, original_bases):
        entries = () if self.__origin__ in original_bases else (self.__origin__,)
        later = original_bases[original_bases.index(self) + 1:]
        if any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later):
            return entries
        return entries + (Generic,)

    def __getattr__(self, key):
        if key == '__name__' or key == '__qualname__':
            return self._name if self._name else self.__origin__.__name__
        own = self.__dict__
        if not _is_dunder(key) and '__origin__' in own:
            return getattr(own['__origin__'], key)
        raise AttributeError(key)

    def __setattr__(self, key, value):
        if key in _ALIAS_OWN_ATTRS or _is_dunder(key):
            object.__setattr__(self, key, value)
        else:
            setattr(self.__origin__, key, value)

    def __instancecheck__(self, candidate):
        return self.__subclasscheck__(type(candidate))

    def __subclasscheck__(self, klass):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        extra = [a for a in dir(self.__origin__) if not _is_dunder(a)]
        return sorted(set(object.__dir__(self)) | set(extra))


class _GenericAlias(_BaseGenericAlias, internal=True):
    """A subscripted alias: List[int], Foo[T], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple(Ellipsis if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _free_variables(args)
        self._paramspec_tvars = bool(_paramspec_tvars)
        self.__module__ = origin.__module__ if not name else 'typing'

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return _alias_identity(self) == _alias_identity(other)
        return NotImplemented

    def __hash__(self):
        return hash(_alias_identity(self))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, item):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if len(self.__parameters__) == 0:
            raise TypeError(f'{self} is not a generic class')
        return _memoized(self, item, self._subscribe)

    def _subscribe(self, item):
        replacements = tuple(_plain_convert(a) for a in _as_tuple(item))
        return self.copy_with(_substitute(self, replacements))

    def copy_with(self, new_args):
        return type(self)(self.__origin__, new_args, inst=self._inst, name=self._name,
                          _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _show(self.__origin__)
        inner = ', '.join(_show(a) for a in self.__args__) if self.__args__ else '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        target = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and type(args[0]) is not tuple:
            return _getitem_reduction(target, args[0])
        return _getitem_reduction(target, tuple(args))

    def __mro_entries__(self, original_bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, original_bases)
        if origin is Generic:
            if Protocol in original_bases:
                return ()
            for later in original_bases[original_bases.index(self) + 1:]:
                if later is not self and isinstance(later, _BaseGenericAlias):
                    return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


def _substitute(alias, given):
    """New __args__ for `alias[given]`."""
    variables = alias.__parameters__
    for var in variables:
        hook = getattr(var, '__typing_prepare_subst__', None)
        if hook is not None:
            given = hook(alias, given)
    _expect_count(alias, given, len(variables))
    chosen = dict(zip(variables, given))
    flatten_lists = alias.__origin__ is collections.abc.Callable
    result = []
    for old in alias.__args__:
        if isinstance(old, type):
            new = old
        elif hasattr(old, '__typing_subst__'):
            new = old.__typing_subst__(chosen[old])
        else:
            inner = getattr(old, '__parameters__', ())
            new = old[tuple(chosen[v] for v in inner)] if inner else old
        if flatten_lists and type(new) is tuple:
            result.extend(new)
        else:
            result.append(new)
    return tuple(result)


class _TypingEllipsis:
    """Stands for `...` inside alias arguments."""


class _SpecialGenericAlias(_BaseGenericAlias, internal=True):
    """An unsubscripted alias of a class: typing.List, typing.Mapping, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst,
                                   name=origin.__name__ if name is None else name)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    def __getitem__(self, item):
        return _memoized(self, item, self._subscribe)

    def _subscribe(self, item):
        checked = tuple(_coerce_hint(p, 'Parameters to generic types must be types.')
                        for p in _as_tuple(item))
        _expect_count(self, checked, self._nparams)
        return self.copy_with(checked)

    def copy_with(self, new_args):
        return _GenericAlias(self.__origin__, new_args, inst=self._inst, name=self._name)

    def __repr__(self):
        return f'typing.{self._name}'

    def __subclasscheck__(self, klass):
        if isinstance(klass, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, klass)
        if isinstance(klass, _SpecialGenericAlias):
            klass = klass.__origin__
        return issubclass(klass, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _paramspec_style(args):
    # Callable[P, R] / Callable[..., R] / Callable[Concatenate[...], R]
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(_GenericAlias, internal=True):
    def __repr__(self):
        args = self.__args__
        if _paramspec_style(args):
            return _GenericAlias.__repr__(self)
        *params, outcome = args
        listed = ', '.join(_show(a) for a in params)
        return f'typing.Callable[[{listed}], {_show(outcome)}]'

    def __reduce__(self):
        args = self.__args__
        if _paramspec_style(args):
            return _getitem_reduction(Callable, args)
        return _getitem_reduction(Callable, (list(args[:-1]), args[-1]))


class _CallableType(_SpecialGenericAlias, internal=True):
    def copy_with(self, new_args):
        return _CallableGenericAlias(self.__origin__, new_args, inst=self._inst,
                                     name=self._name, _paramspec_tvars=True)

    def __getitem__(self, item):
        if type(item) is not tuple or len(item) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        arguments, outcome = item
        if isinstance(arguments, list):
            item = (tuple(arguments), outcome)
        return _memoized(self, item, self._callable_of)

    def _callable_of(self, item):
        arguments, outcome = item
        outcome = _coerce_hint(outcome, 'Callable[args, result]: result must be a type.')
        if arguments is Ellipsis:
            return self.copy_with((_TypingEllipsis, outcome))
        arguments = tuple(_plain_convert(a) for a in _as_tuple(arguments))
        return self.copy_with(arguments + (outcome,))


class _TupleType(_SpecialGenericAlias, internal=True):
    def __getitem__(self, item):
        return _memoized(self, item, self._tuple_of)

    def _tuple_of(self, item):
        if item == ():
            return self.copy_with(())
        item = _as_tuple(item)
        if len(item) > 1 and item[-1] is Ellipsis:
            repeated = tuple(_coerce_hint(p, 'Tuple[t, ...]: t must be a type.')
                             for p in item[:-1])
            return self.copy_with(repeated + (_TypingEllipsis,))
        return self.copy_with(tuple(
            _coerce_hint(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in item))


class _UnionGenericAlias(_GenericAlias, internal=True):
    def copy_with(self, new_args):
        return Union[new_args]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias,) + _PY_UNIONS):
            return set(other.__args__) == set(self.__args__)
        return NotImplemented

    def __hash__(self):
        members = frozenset(self.__args__)
        return hash(members)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is _NoneType or args[1] is _NoneType):
            other = args[1] if args[0] is _NoneType else args[0]
            return f'typing.Optional[{_show(other)}]'
        return _GenericAlias.__repr__(self)

    def __instancecheck__(self, candidate):
        return self.__subclasscheck__(type(candidate))

    def __subclasscheck__(self, klass):
        return any(issubclass(klass, member) for member in self.__args__)

    def __reduce__(self):
        return _getitem_reduction(Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, internal=True):
    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return set(_literal_pairs(other.__args__)) == set(_literal_pairs(self.__args__))
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(_literal_pairs(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, internal=True):
    def copy_with(self, new_args):
        *head, last = new_args
        if isinstance(last, (list, tuple)):
            return (*head, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            new_args = (*head, *last.__args__)
        return _GenericAlias.copy_with(self, new_args)


class _UnpackGenericAlias(_GenericAlias, internal=True):
    def __repr__(self):
        return f'*{self.__args__[0]!r}'


class _AnnotatedAlias(_GenericAlias, internal=True):
    """Annotated[T, x, ...]: the type T plus metadata."""

    def __init__(self, base, extras):
        while isinstance(base, _AnnotatedAlias):
            base, extras = base.__origin__, base.__metadata__ + extras
        _GenericAlias.__init__(self, base, base)
        self.__metadata__ = extras

    def copy_with(self, new_args):
        return _AnnotatedAlias(new_args[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_show(self.__origin__)}, {extras}]'

    def __reduce__(self):
        return _getitem_reduction(Annotated, (self.__origin__, *self.__metadata__))

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (other.__origin__, other.__metadata__) == (self.__origin__,
                                                              self.__metadata__)
        return NotImplemented

    def __hash__(self):
        key = (self.__origin__, self.__metadata__)
        return hash(key)

    def __getattr__(self, key):
        if key in ('__name__', '__qualname__'):
            return 'Annotated'
        return _GenericAlias.__getattr__(self, key)

    def __mro_entries__(self, original_bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T carrying extra metadata x for tools."""

    def __new__(cls, *a, **kw):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, item):
        if type(item) is not tuple or len(item) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _memoized(cls, item, _annotate)

    def __init_subclass__(cls, *a, **kw):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


def _annotate(item):
    base = _coerce_hint(item[0], 'Annotated[t, ...]: t must be a type.',
                        allow_special_forms=True)
    return _AnnotatedAlias(base, tuple(item[1:]))


def _plain_alias(name, origin, count, *, instantiable=True):
    return _SpecialGenericAlias(origin, count, inst=instantiable, name=name)


_cabc = collections.abc
Hashable = _plain_alias('Hashable', _cabc.Hashable, 0)
Awaitable = _plain_alias('Awaitable', _cabc.Awaitable, 1)
Coroutine = _plain_alias('Coroutine', _cabc.Coroutine, 3)
AsyncIterable = _plain_alias('AsyncIterable', _cabc.AsyncIterable, 1)
AsyncIterator = _plain_alias('AsyncIterator', _cabc.AsyncIterator, 1)
Iterable = _plain_alias('Iterable', _cabc.Iterable, 1)
Iterator = _plain_alias('Iterator', _cabc.Iterator, 1)
Reversible = _plain_alias('Reversible', _cabc.Reversible, 1)
Sized = _plain_alias('Sized', _cabc.Sized, 0)
Container = _plain_alias('Container', _cabc.Container, 1)
Collection = _plain_alias('Collection', _cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2, name='Callable')
AbstractSet = _plain_alias('AbstractSet', _cabc.Set, 1)
MutableSet = _plain_alias('MutableSet', _cabc.MutableSet, 1)
Mapping = _plain_alias('Mapping', _cabc.Mapping, 2)
MutableMapping = _plain_alias('MutableMapping', _cabc.MutableMapping, 2)
Sequence = _plain_alias('Sequence', _cabc.Sequence, 1)
MutableSequence = _plain_alias('MutableSequence', _cabc.MutableSequence, 1)
ByteString = _plain_alias('ByteString', _cabc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _plain_alias('List', list, 1, instantiable=False)
Deque = _plain_alias('Deque', collections.deque, 1)
Set = _plain_alias('Set', set, 1, instantiable=False)
FrozenSet = _plain_alias('FrozenSet', frozenset, 1, instantiable=False)
MappingView = _plain_alias('MappingView', _cabc.MappingView, 1)
KeysView = _plain_alias('KeysView', _cabc.KeysView, 1)
ItemsView = _plain_alias('ItemsView', _cabc.ItemsView, 2)
ValuesView = _plain_alias('ValuesView', _cabc.ValuesView, 1)
Dict = _plain_alias('Dict', dict, 2, instantiable=False)
DefaultDict = _plain_alias('DefaultDict', collections.defaultdict, 2)
OrderedDict = _plain_alias('OrderedDict', collections.OrderedDict, 2)
Counter = _plain_alias('Counter', collections.Counter, 1)
ChainMap = _plain_alias('ChainMap', collections.ChainMap, 2)
Generator = _plain_alias('Generator', _cabc.Generator, 3)
AsyncGenerator = _plain_alias('AsyncGenerator', _cabc.AsyncGenerator, 2)
Type = _plain_alias('Type', type, 1, instantiable=False)

import contextlib as _contextlib
ContextManager = _plain_alias('ContextManager', _contextlib.AbstractContextManager, 1)
_async_cm_abc = getattr(_contextlib, 'AbstractAsyncContextManager', None)
if _async_cm_abc is None:
    # contextlib without the async ABC: an equivalent structural ABC
    class _async_cm_abc(metaclass=_ABCMeta):
        @classmethod
        def __subclasshook__(cls, klass):
            if cls is not _async_cm_abc:
                return NotImplemented
            wanted = ('__aenter__', '__aexit__')
            for name in wanted:
                if not any(name in k.__dict__ and k.__dict__[name] is not None
                           for k in klass.__mro__):
                    return NotImplemented
            return True
    _async_cm_abc.__name__ = _async_cm_abc.__qualname__ = 'AbstractAsyncContextManager'
    _async_cm_abc.__module__ = 'contextlib'
AsyncContextManager = _plain_alias('AsyncContextManager', _async_cm_abc, 1)


# ---------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Base class of user generic classes: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, item):
        return _generic_getitem(cls, item)

    def __init_subclass__(cls, *a, **kw):
        super().__init_subclass__(*a, **kw)
        recorded = cls.__dict__.get('__orig_bases__')
        if recorded is not None:
            bare = Generic in recorded
        else:
            bare = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                    and type(cls) != _TypedDictMeta)
        if bare:
            raise TypeError('Cannot inherit from plain Generic')
        cls.__parameters__ = _class_variables(recorded) if recorded is not None else ()


def _class_variables(recorded_bases):
    """__parameters__ of a class from its __orig_bases__."""
    found = _free_variables(recorded_bases)
    declared = [b.__parameters__ for b in recorded_bases
                if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
    if len(declared) > 1:
        raise TypeError('Cannot inherit from Generic[...] multiple times.')
    if not declared:
        return tuple(found)
    missing = [str(v) for v in found if v not in declared[0]]
    if missing:
        allowed = ', '.join(str(v) for v in declared[0])
        raise TypeError(f'Some type variables ({", ".join(missing)}) are not listed in '
                        f'Generic[{allowed}]')
    return tuple(declared[0])


def _generic_getitem(cls, item):
    return _memoized(cls, item, lambda p: _parametrize_class(cls, p))


def _parametrize_class(cls, item):
    given = tuple(_plain_convert(p) for p in _as_tuple(item))
    if cls is Generic or cls is Protocol:
        if not given:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        for candidate in given:
            if not _is_typevar_like(candidate):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                'variables or parameter specification variables.')
        if len(given) != len(set(given)):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, given, _paramspec_tvars=True)
    variables = cls.__parameters__
    for var in variables:
        hook = getattr(var, '__typing_prepare_subst__', None)
        if hook is not None:
            given = hook(cls, given)
    _expect_count(cls, given, len(variables))
    given = tuple(var.__typing_subst__(p) for var, p in zip(variables, given))
    return _GenericAlias(cls, given, _paramspec_tvars=True)


_SPECIAL_CLASS_ATTRS = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '_is_protocol', '_is_runtime_protocol', '__parameters__',
    '__orig_bases__', '__qualname__', '__classcell__', '__init_subclass__',
    '__firstlineno__', '__static_attributes__', '_MutableMapping__marker',
))

_PROTOCOL_FRIENDLY = {
    'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible'),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def _protocol_members(proto):
    members = set()
    for klass in proto.__mro__[:-1]:
        if klass.__name__ in {'Generic', 'Protocol'}:
            continue
        for name in (*klass.__dict__, *getattr(klass, '__annotations__', {})):
            if name not in _SPECIAL_CLASS_ATTRS and not name.startswith('_abc_'):
                members.add(name)
    return members


def _only_methods(proto):
    return all(callable(getattr(proto, name, None)) for name in _protocol_members(proto))


def _called_from_abc_machinery(depth=3):
    getframe = getattr(_sys, '_getframe', None)
    if getframe is None:
        return False
    try:
        return getframe(depth).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return False


def _has_protocol_members(proto, candidate):
    for name in _protocol_members(proto):
        if not hasattr(candidate, name):
            return False
        if getattr(candidate, name) is None and callable(getattr(proto, name, None)):
            return False
    return True


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, candidate):
        structural = getattr(cls, '_is_protocol', False)
        if (structural and not getattr(cls, '_is_runtime_protocol', False)
                and not _called_from_abc_machinery(2)):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        nominal_ok = not structural or _only_methods(cls)
        if nominal_ok and issubclass(type(candidate), cls):
            return True
        if structural and _has_protocol_members(cls, candidate):
            return True
        return _ABCMeta.__instancecheck__(cls, candidate)


def _provides(klass, name):
    """True/False whether klass supplies protocol member `name`; None if it
    explicitly blocks it (sets it to None)."""
    for ancestor in klass.__mro__:
        if name in ancestor.__dict__:
            return None if ancestor.__dict__[name] is None else True
        notes = getattr(ancestor, '__annotations__', {})
        if (isinstance(notes, collections.abc.Mapping) and name in notes
                and issubclass(klass, Generic) and klass._is_protocol):
            return True
    return False


def _structural_hook(proto, klass):
    """__subclasshook__ installed on protocol classes."""
    if not proto.__dict__.get('_is_protocol', False):
        return NotImplemented
    problem = None
    if not getattr(proto, '_is_runtime_protocol', False):
        problem = ('Instance and class checks can only be used with '
                   '@runtime_checkable protocols')
    elif not _only_methods(proto):
        problem = "Protocols with non-method members don't support issubclass()"
    if problem is not None:
        if _called_from_abc_machinery():
            return NotImplemented
        raise TypeError(problem)
    if not isinstance(klass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in _protocol_members(proto):
        if not _provides(klass, name):
            return NotImplemented
    return True


def _refuse_protocol_init(self, *a, **kw):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # a concrete subclass: use the first real __init__ after the protocols
    replacement = object.__init__
    for klass in cls.__mro__:
        candidate = klass.__dict__.get('__init__', _refuse_protocol_init)
        if candidate is not _refuse_protocol_init:
            replacement = candidate
            break
    cls.__init__ = replacement
    replacement(self, *a, **kw)


def _may_be_protocol_base(klass):
    if klass is object or klass is Generic:
        return True
    if klass.__name__ in _PROTOCOL_FRIENDLY.get(klass.__module__, ()):
        return True
    return issubclass(klass, Generic) and klass._is_protocol


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types (checked by members, not by inheritance)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *a, **kw):
        super().__init_subclass__(*a, **kw)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = classmethod(_structural_hook)
        if cls._is_protocol:
            for klass in cls.__bases__:
                if not _may_be_protocol_base(klass):
                    raise TypeError('Protocols can only inherit from other protocols, '
                                    'got %r' % klass)
            if cls.__init__ is Protocol.__init__:
                cls.__init__ = _refuse_protocol_init


Protocol._is_runtime_protocol = False


def runtime_checkable(cls):
    """Allow isinstance()/issubclass() against a protocol class."""
    if issubclass(cls, Generic) and cls._is_protocol:
        cls._is_runtime_protocol = True
        return cls
    raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                    % cls)


# ---------------------------------------------------------------------------
# Standard variables and protocols

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
for _var in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co, AnyStr):
    _var.__module__ = 'typing'
del _var


def _one_method_protocol(name, method, generic=False):
    """A runtime-checkable protocol requiring the single special method `method`."""
    def stub(self, *args):
        pass
    stub.__name__ = method
    stub.__qualname__ = name + '.' + method
    body = {'__slots__': (), '__doc__': f'An ABC with one abstract method {method}.',
            '__module__': 'typing', method: _abstractmethod(stub)}
    if generic:
        body['__orig_bases__'] = (Protocol[T_co],)
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), body))


SupportsInt = _one_method_protocol('SupportsInt', '__int__')
SupportsFloat = _one_method_protocol('SupportsFloat', '__float__')
SupportsComplex = _one_method_protocol('SupportsComplex', '__complex__')
SupportsBytes = _one_method_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _one_method_protocol('SupportsIndex', '__index__')
SupportsAbs = _one_method_protocol('SupportsAbs', '__abs__', generic=True)
SupportsRound = _one_method_protocol('SupportsRound', '__round__', generic=True)


# ---------------------------------------------------------------------------
# NamedTuple and TypedDict

def _typed_namedtuple(name, fields, module, defaults=()):
    hints = {}
    for field, hint in fields:
        hints[field] = _coerce_hint(hint, f'field {field} annotation must be a type')
    made = collections.namedtuple(name, list(hints), defaults=defaults, module=module)
    made.__annotations__ = hints
    try:
        made.__new__.__annotations__ = hints
    except (TypeError, AttributeError):
        pass
    return made


_NAMEDTUPLE_FORBIDDEN = frozenset(('__new__', '__init__', '__slots__', '__getnewargs__',
                                   '_fields', '_field_defaults', '_make', '_replace',
                                   '_asdict', '_source'))
_NAMEDTUPLE_SKIPPED = frozenset(('__module__', '__name__', '__annotations__',
                                 '__qualname__', '__orig_bases__', '__classcell__',
                                 '__firstlineno__', '__static_attributes__'))


def _namedtuple_defaults(hints, ns):
    with_default = []
    for field in hints:
        if field in ns:
            with_default.append(field)
        elif with_default:
            plural = 's' if len(with_default) > 1 else ''
            raise TypeError(f'Non-default namedtuple field {field} cannot follow '
                            f'default field{plural} {", ".join(with_default)}')
    return [ns[field] for field in with_default]


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        made = _typed_namedtuple(typename, list(hints.items()),
                                 module=ns.get('__module__', '__main__'),
                                 defaults=_namedtuple_defaults(hints, ns))
        generic = Generic in bases
        if generic:
            try:
                made.__bases__ = (tuple, Generic)
            except (TypeError, AttributeError):
                pass
            made.__class_getitem__ = classmethod(_generic_getitem)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_FORBIDDEN:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SKIPPED and key not in made._fields:
                setattr(made, key, value)
        if '__orig_bases__' in ns:
            made.__orig_bases__ = ns['__orig_bases__']
        if generic:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: NamedTuple('P', [('x', int)]) or a class with annotations."""
    if fields is not None and kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    chosen = kwargs.items() if fields is None else fields
    return _typed_namedtuple(typename, list(chosen), module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), dict())
NamedTuple.__mro_entries__ = lambda original_bases: (_NamedTuple,)


def _required_or_not(hint, total):
    origin = get_origin(hint)
    if origin is Annotated:
        inner = get_args(hint)
        origin = get_origin(inner[0]) if inner else origin
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        extra = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, extra + (dict,), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {}
        for key, hint in ns.get('__annotations__', {}).items():
            own[key] = _coerce_hint(hint, msg, module=made.__module__)
        hints, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            hints.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        hints.update(own)
        for key, hint in own.items():
            if _required_or_not(hint, total):
                required.add(key)
            else:
                optional.add(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        # instances are plain dicts
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, klass):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, candidate):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (a plain dict at runtime)."""
    if fields is not None and kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if fields is None:
        fields = kwargs
    if kwargs:
        try:
            import warnings
        except ImportError:
            warnings = None
        if warnings is not None:
            warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated '
                          'in Python 3.11, will be removed in Python 3.13, and may not be '
                          'understood by third-party type checkers.',
                          DeprecationWarning, stacklevel=2)
    body = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), body, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), dict())
TypedDict.__mro_entries__ = lambda original_bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a class made with TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# NewType and small helpers

class NewType:
    """A distinct name for a type checker; at runtime calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, value):
        return value

    def __mro_entries__(self, original_bases):
        wrapped = self.__name__

        class _Refuse:
            def __init_subclass__(sub):
                label = sub.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{label} = NewType({label!r}, {wrapped})`')
        return (_Refuse,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val's type; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Marks code that a type checker should prove unreachable."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + shown)


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    _sys.stderr.write(f'Runtime type is {type(obj).__name__!r}\n')
    return obj


def final(f):
    """Marks a method or class as final (sets __final__ when possible)."""
    try:
        setattr(f, '__final__', True)
    except (TypeError, AttributeError):
        pass
    return f


def _mark_no_type_check(cls):
    for value in list(vars(cls).values()):
        func = getattr(value, '__func__', value)
        if isinstance(func, type):
            if func.__qualname__ == cls.__qualname__ + '.' + func.__name__:
                _mark_no_type_check(func)
                func.__no_type_check__ = True
        elif isinstance(func, _types.FunctionType):
            if (func.__qualname__ == cls.__qualname__ + '.' + func.__name__
                    and func.__module__ == cls.__module__):
                func.__no_type_check__ = True


def no_type_check(arg):
    """Tell type checkers to ignore annotations of a function or class."""
    if isinstance(arg, type):
        _mark_no_type_check(arg)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` produce functions marked with no_type_check."""
    def wrapper(*a, **kw):
        return no_type_check(decorator(*a, **kw))
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapper.__wrapped__ = decorator
    return wrapper


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator/base class/metaclass as creating dataclass-like classes."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                    kwargs=kwargs)

    def decorator(target):
        target.__dataclass_transform__ = settings
        return target
    return decorator


_overloads_seen = {}
_OVERLOAD_CALLED = ('You should not call an overloaded function. A series of '
                    '@overload-decorated functions outside a stub module should always be '
                    'followed by an implementation that is not @overload-ed.')


def _overloaded_stub(*a, **kw):
    raise NotImplementedError(_OVERLOAD_CALLED)


def overload(func):
    """Register one signature of an overloaded function (the call itself fails)."""
    target = getattr(func, '__func__', func)
    try:
        line = target.__code__.co_firstlineno
        by_name = _overloads_seen.setdefault(target.__module__, {})
        by_name.setdefault(target.__qualname__, {})[line] = func
    except AttributeError:
        pass
    return _overloaded_stub


def get_overloads(func):
    """The @overload-registered signatures of func, in definition order."""
    target = getattr(func, '__func__', func)
    by_name = _overloads_seen.get(getattr(target, '__module__', None), {})
    return list(by_name.get(getattr(target, '__qualname__', None), {}).values())


def clear_overloads():
    """Forget every registered overload."""
    _overloads_seen.clear()


# ---------------------------------------------------------------------------
# Introspection

def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, (_BaseGenericAlias, ParamSpecArgs, ParamSpecKwargs) + _PY_ALIASES):
        return Annotated if isinstance(tp, _AnnotatedAlias) else tp.__origin__
    if tp is Generic:
        return Generic
    if _PY_UNIONS and isinstance(tp, _PY_UNIONS):
        return _PyUnionType
    return None


def get_args(tp):
    """The arguments of tp: get_args(Dict[int, str]) == (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias,) + _PY_ALIASES):
        args = tp.__args__
        if tp.__origin__ is collections.abc.Callable and not _paramspec_style(args):
            return (list(args[:-1]), args[-1])
        return args
    if _PY_UNIONS and isinstance(tp, _PY_UNIONS):
        return tp.__args__
    return ()


def _join_union(args):
    combined = args[0]
    for arg in args[1:]:
        combined = combined | arg
    return combined


def _evaluate_hint(hint, globalns, localns, recursive_guard=frozenset()):
    def again(inner):
        return _evaluate_hint(inner, globalns, localns, recursive_guard)

    if isinstance(hint, ForwardRef):
        return hint._evaluate(globalns, localns, recursive_guard)
    if _PY_ALIASES and isinstance(hint, _PY_ALIASES):
        evaluated = tuple(again(ForwardRef(a) if isinstance(a, str) else a)
                          for a in hint.__args__)
        if evaluated == hint.__args__:
            return hint
        return _PyGenericAlias(hint.__origin__, evaluated)
    if _PY_UNIONS and isinstance(hint, _PY_UNIONS):
        evaluated = tuple(again(a) for a in hint.__args__)
        return hint if evaluated == hint.__args__ else _join_union(evaluated)
    if isinstance(hint, _GenericAlias):
        evaluated = tuple(again(a) for a in hint.__args__)
        return hint if evaluated == hint.__args__ else hint.copy_with(evaluated)
    return hint


def _strip_annotations(hint):
    if isinstance(hint, _AnnotatedAlias):
        return _strip_annotations(hint.__origin__)
    if isinstance(hint, _GenericAlias) and (hint.__origin__ is Required
                                            or hint.__origin__ is NotRequired):
        return _strip_annotations(hint.__args__[0])
    if isinstance(hint, _GenericAlias) or isinstance(hint, _PY_ALIASES + _PY_UNIONS):
        stripped = tuple(_strip_annotations(a) for a in hint.__args__)
        if stripped == hint.__args__:
            return hint
        if isinstance(hint, _GenericAlias):
            return hint.copy_with(stripped)
        if _PY_UNIONS and isinstance(hint, _PY_UNIONS):
            return _join_union(stripped)
        return _PyGenericAlias(hint.__origin__, stripped)
    return hint


_HINTLESS_KINDS = tuple(k for k in (
    _types.FunctionType, getattr(_types, 'BuiltinFunctionType', None),
    getattr(_types, 'MethodType', None), _types.ModuleType,
    getattr(_types, 'WrapperDescriptorType', None),
    getattr(_types, 'MethodWrapperType', None),
    getattr(_types, 'MethodDescriptorType', None)) if k is not None)


def _class_hints(cls, globalns, localns):
    hints = {}
    for klass in cls.__mro__[::-1]:
        if globalns is None:
            module_ns = getattr(_sys.modules.get(klass.__module__), '__dict__', {})
        else:
            module_ns = globalns
        notes = klass.__dict__.get('__annotations__', {})
        if not isinstance(notes, dict):
            notes = {}
        class_ns = dict(vars(klass)) if localns is None else localns
        if localns is None and globalns is None:
            # names of the class body win over module globals
            outer, inner = class_ns, module_ns
        else:
            outer, inner = module_ns, class_ns
        for name, hint in notes.items():
            if hint is None:
                hint = _NoneType
            elif isinstance(hint, str):
                hint = ForwardRef(hint, is_argument=False, is_class=True)
            hints[name] = _evaluate_hint(hint, outer, inner)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj with string hints evaluated (and, unless
    include_extras, Annotated/Required/NotRequired removed)."""
    if getattr(obj, '__no_type_check__', False):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            if isinstance(obj, _types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        notes = getattr(obj, '__annotations__', None)
        if notes is None:
            if isinstance(obj, _HINTLESS_KINDS):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        hints = {}
        for name, hint in dict(notes).items():
            if hint is None:
                hint = _NoneType
            elif isinstance(hint, str):
                hint = ForwardRef(hint, is_argument=not isinstance(obj, _types.ModuleType),
                                  is_class=False)
            hints[name] = _evaluate_hint(hint, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(hint) for name, hint in hints.items()}


# ---------------------------------------------------------------------------
# IO types

def _abstract_member(owner, name, as_property=False):
    def stub(self, *args, **kwargs):
        pass
    stub.__name__ = name
    stub.__qualname__ = owner + '.' + name
    stub = _abstractmethod(stub)
    return property(stub) if as_property else stub


class IO(Generic[AnyStr]):
    """Generic file-like object type (see TextIO and BinaryIO)."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """File-like object opened in binary mode."""

    __slots__ = ()


class TextIO(IO[str]):
    """File-like object opened in text mode."""

    __slots__ = ()


for _owner, _properties, _methods in (
        (IO, ('mode', 'name', 'closed'),
         ('close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline',
          'readlines', 'seek', 'seekable', 'tell', 'truncate', 'writable', 'write',
          'writelines', '__enter__', '__exit__')),
        (BinaryIO, (), ('write', '__enter__')),
        (TextIO, ('buffer', 'encoding', 'errors', 'line_buffering', 'newlines'),
         ('__enter__',))):
    for _member in _properties:
        setattr(_owner, _member, _abstract_member(_owner.__name__, _member, True))
    for _member in _methods:
        setattr(_owner, _member, _abstract_member(_owner.__name__, _member))
del _owner, _properties, _methods, _member


def __getattr__(name):
    # Pattern and Match need `re`, which is imported only when asked for
    if name in ('Pattern', 'Match'):
        import re
        alias = _SpecialGenericAlias(getattr(re, name), 1)
        globals()[name] = alias
        return alias
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


for _cls in (IO, BinaryIO, TextIO, Generic, Protocol, Annotated, NewType, ForwardRef,
             TypeVar, TypeVarTuple, ParamSpec, ParamSpecArgs, ParamSpecKwargs, Any,
             NamedTupleMeta):
    type.__setattr__(_cls, '__module__', 'typing')
del _cls

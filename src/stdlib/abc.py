"""Abstract base classes: ABCMeta, ABC, abstractmethod, the deprecated
abstractclassmethod/abstractstaticmethod/abstractproperty, get_cache_token
and update_abstractmethods.

pyrite's own implementation.  Each ABC keeps its virtual subclasses and two
answer caches in a _Bookkeeping object stored as ``_abc_impl``; a global
generation counter, bumped by every register(), invalidates the negative
answers.  Creating an instance of a class that still has abstract methods
is refused by ABCMeta.__call__ with CPython's message (``__abstractmethods__``
is set as well, for a runtime that checks it in object.__new__).
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark funcobj as abstract: classes built by ABCMeta that do not
    override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod over @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        abstractmethod(callable)
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod over @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        abstractmethod(callable)
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property over @abstractmethod."""

    __isabstractmethod__ = True


# Bumped by each successful register(); negative cache entries recorded
# under an older generation are stale.
_generation = 0


def get_cache_token():
    """An opaque value that changes whenever some ABC gains a virtual subclass."""
    return _generation


def _abstract_names(cls):
    """Names of cls that are still abstract: its own abstract attributes and
    the inherited abstract names it does not override with concrete ones."""
    found = set()
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            found.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                found.add(name)
    return frozenset(found)


class _Bookkeeping:
    __slots__ = ('virtual', 'yes', 'no', 'no_generation')

    def __init__(self):
        self.virtual = set()     # classes passed to register()
        self.yes = set()         # known subclasses
        self.no = set()          # known non-subclasses (valid for no_generation)
        self.no_generation = _generation


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and lets
    unrelated classes be registered as virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _Bookkeeping()
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__dict__.get('__abstractmethods__')
        if missing:
            names = sorted(missing)
            plural = 's' if len(names) != 1 else ''
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, plural, ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls; returns subclass, so this
        can decorate a class."""
        global _generation
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            # cls would end up a subclass of itself.
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.virtual.add(subclass)
        _generation += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        book = cls._abc_impl
        claimed = instance.__class__
        if claimed in book.yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if book.no_generation == _generation and claimed in book.no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        book = cls._abc_impl
        if subclass in book.yes:
            return True
        if book.no_generation != _generation:
            book.no = set()
            book.no_generation = _generation
        elif subclass in book.no:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        verdict = NotImplemented if hook is None else hook(subclass)
        if verdict is True:
            book.yes.add(subclass)
            return True
        if verdict is False:
            book.no.add(subclass)
            return False
        if verdict is not NotImplemented:
            raise AssertionError('__subclasshook__ must return either False, True, '
                                 'or NotImplemented')
        if _derives(subclass, cls, book.virtual, cls):
            book.yes.add(subclass)
            return True
        book.no.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the bookkeeping of cls (for debugging)."""
        book = cls._abc_impl
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % (_generation,), file=file)
        for label, value in (('_abc_registry', book.virtual), ('_abc_cache', book.yes),
                             ('_abc_negative_cache', book.no),
                             ('_abc_negative_cache_version', book.no_generation)):
            print('%s: %r' % (label, value), file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for debugging)."""
        cls._abc_impl.virtual.clear()

    def _abc_caches_clear(cls):
        """Empty both answer caches (for debugging)."""
        book = cls._abc_impl
        book.yes.clear()
        book.no.clear()


def _derives(candidate, abc, virtual, owner):
    """Is candidate a real subclass of abc, or a subclass of one of its
    registered or real subclasses?"""
    if abc in getattr(candidate, '__mro__', ()):
        return True
    for registered in virtual:
        if issubclass(candidate, registered):
            return True
    try:
        children = type.__subclasses__(owner)
    except (AttributeError, TypeError):
        children = ()
    return any(issubclass(candidate, child) for child in children)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    replaced following class creation (for instance by a class decorator).
    Classes without that attribute are returned unchanged."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Convenience base class: subclassing ABC makes a class an ABC."""

    __slots__ = ()


ABCMeta.__module__ = ABC.__module__ = 'abc'

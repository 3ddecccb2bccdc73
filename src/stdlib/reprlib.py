"""Size-limited repr(): the Repr class, the shared aRepr instance with its
repr function, and the recursive_repr decorator.

pyrite's own implementation.  Repr looks up a method named repr_<type name>
for each value (spaces in the type name become underscores), so subclasses
can add types; anything else goes through repr_instance.
"""

import builtins

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a nested call on the same object (in
    the same thread) returns fillvalue instead of recursing forever."""
    try:
        from _thread import get_ident as _thread_id
    except ImportError:
        def _thread_id():
            return 0

    def decorate(method):
        busy = set()

        def guarded(self):
            token = (id(self), _thread_id())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        guarded.__module__ = getattr(method, '__module__')
        guarded.__doc__ = getattr(method, '__doc__')
        guarded.__name__ = getattr(method, '__name__')
        guarded.__qualname__ = getattr(method, '__qualname__')
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _elide(text, limit, filler):
    """Keep the head and tail of text so that it is about limit long."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + filler + text[len(text) - tail:]


def _ordered(values):
    try:
        return sorted(values)
    except Exception:
        return list(values)


class Repr:
    """repr() with limits on string length, container sizes and depth."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _bounded(self, items, level, opener, closer, limit, single_suffix=''):
        """opener + the first `limit` items (then the fill value) + closer."""
        count = len(items)
        if count and level <= 0:
            return opener + self.fillvalue + closer
        shown = []
        for item in items:
            if len(shown) >= limit:
                break
            shown.append(self.repr1(item, level - 1))
        if count > limit:
            shown.append(self.fillvalue)
        if count == 1:
            closer = single_suffix + closer
        return opener + ', '.join(shown) + closer

    def repr_tuple(self, x, level):
        return self._bounded(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._bounded(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if len(x) == 0:
            return "array('%s')" % x.typecode
        return self._bounded(x, level, "array('%s', [" % x.typecode, '])',
                             self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._bounded(_ordered(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._bounded(_ordered(x), level, 'frozenset({', '})',
                             self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._bounded(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        entries = []
        for key in _ordered(x)[:self.maxdict]:
            entries.append(self.repr1(key, level - 1) + ': ' +
                           self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Quote the kept ends together so the result stays one literal.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _elide(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _elide(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr

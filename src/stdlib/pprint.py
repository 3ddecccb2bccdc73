"""Pretty-printing of data structures: pprint, pformat, pp, saferepr,
isreadable, isrecursive and PrettyPrinter.

pyrite's own implementation.  An object is first rendered on one line; only
when that line does not fit in the remaining width is it laid out over
several lines by a per-type layout routine (chosen by the type's __repr__,
so subclasses with their own repr are printed with it).  Output matches
CPython 3.11 for the built-in containers, str/bytes splitting, the
collections types, SimpleNamespace, mappingproxy and dataclasses.
"""

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Print object nicely formatted to stream (sys.stdout by default)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """Return the nicely formatted text of object."""
    return PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def _one_line(object):
    return PrettyPrinter()._render_flat(object, {}, None, 0)


def saferepr(object):
    """repr() that survives self-referencing containers."""
    return _one_line(object)[0]


def isreadable(object):
    """True when saferepr(object) could be read back with eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """True when object contains a reference to itself."""
    return _one_line(object)[2]


class _Ordered:
    """Wraps a value for sorting; values that refuse to compare are ordered
    by their type's name and then by identity instead."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a, b = self.value, other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _item_order(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _cycle_marker(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _chunks_of_words(text):
    """Cut text after each whitespace run: 'ab  cd e' -> ['ab  ', 'cd ', 'e']."""
    out = []
    start = 0
    in_space = False
    for pos, ch in enumerate(text):
        if ch.isspace():
            in_space = True
        elif in_space:
            out.append(text[start:pos])
            start = pos
            in_space = False
    if start < len(text):
        out.append(text[start:])
    return out


class _Sink:
    __slots__ = ('bits',)

    def __init__(self):
        self.bits = []

    def write(self, text):
        self.bits.append(text)

    def text(self):
        return ''.join(self.bits)


_PLAIN_TYPES = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    """Formats objects over several lines when they do not fit in `width`."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._columns = width
        self._limit = depth
        self._out = _sys.stdout if stream is None else stream
        self._compact = True if compact else False
        self._sorted = sort_dicts
        self._underscores = underscore_numbers

    # -- public API -----------------------------------------------------------
    def pprint(self, object):
        if self._out is None:
            return
        self._place(object, self._out, 0, 0, {}, 0)
        self._out.write('\n')

    def pformat(self, object):
        sink = _Sink()
        self._place(object, sink, 0, 0, {}, 0)
        return sink.text()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, ok, cyclic = self.format(object, {}, 0, 0)
        return ok and not cyclic

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object on a single line."""
        return self._render_flat(object, context, maxlevels, level)

    # -- single-line rendering ------------------------------------------------
    def _flat(self, object, active, level):
        return self.format(object, dict(active), self._limit, level)[0]

    def _render_flat(self, object, active, maxlevels, level):
        kind = type(object)
        if kind in _PLAIN_TYPES:
            return (repr(object), True, False)
        own_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            text = format(object, '_d') if self._underscores else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            return self._render_seq(object, active, maxlevels, level, '{%s}',
                                    self._flat_pairs, 2)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._render_seq(object, active, maxlevels, level, '[%s]', object, 1)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if len(object) == 1:
                shape = '(%s,)'
            elif not object:
                return '()', True, False
            else:
                shape = '(%s)'
            return self._render_seq(object, active, maxlevels, level, shape, object, 1)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _flat_pairs(self, mapping):
        pairs = mapping.items()
        if self._sorted:
            pairs = sorted(pairs, key=_item_order)
        return [x for pair in pairs for x in pair]

    def _render_seq(self, container, active, maxlevels, level, shape, members, group):
        key = id(container)
        if maxlevels and maxlevels <= level:
            return shape % '...', False, key in active
        if key in active:
            return _cycle_marker(container), False, True
        active[key] = True
        readable, cyclic = True, False
        texts = []
        if group == 2:
            members = members(container)
        for member in members:
            text, ok, cyc = self.format(member, active, maxlevels, level + 1)
            texts.append(text)
            readable = readable and ok
            cyclic = cyclic or cyc
        del active[key]
        if group == 2:
            texts = ['%s: %s' % (texts[n], texts[n + 1]) for n in range(0, len(texts), 2)]
        return shape % ', '.join(texts), readable, cyclic

    # -- multi-line layout ----------------------------------------------------
    def _place(self, object, out, col, reserve, active, level):
        if id(object) in active:
            out.write(_cycle_marker(object))
            return
        flat = self._flat(object, active, level)
        if len(flat) > self._columns - col - reserve:
            name = _layout_for(object)
            if name is not None:
                active[id(object)] = True
                getattr(PrettyPrinter, name)(self, object, out, col, reserve,
                                             active, level + 1)
                del active[id(object)]
                return
        out.write(flat)

    def _pad(self, out):
        if self._step > 1:
            out.write(' ' * (self._step - 1))

    def _sequence(self, members, out, col, reserve, active, level):
        """Members separated by ',' and newlines (or packed, when compact)."""
        col += self._step
        self._pad(out)
        members = list(members)
        newline = ',\n' + ' ' * col
        sep = ''
        full = room = self._columns - col + 1
        final = len(members) - 1
        for n, member in enumerate(members):
            is_last = n == final
            if is_last:
                full -= reserve
                room -= reserve
            if self._compact:
                text = self._flat(member, active, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.write(sep)
                    out.write(text)
                    sep = ', '
                    continue
            out.write(sep)
            sep = newline
            self._place(member, out, col, reserve if is_last else 1, active, level)

    def _pairs(self, pairs, out, col, reserve, active, level):
        col += self._step
        pairs = list(pairs)
        final = len(pairs) - 1
        for n, (key, value) in enumerate(pairs):
            head = self._flat(key, active, level) + ': '
            out.write(head)
            self._place(value, out, col + len(head), reserve if n == final else 1,
                        active, level)
            if n != final:
                out.write(',\n' + ' ' * col)

    def _keywords(self, pairs, out, col, reserve, active, level):
        pairs = list(pairs)
        final = len(pairs) - 1
        for n, (name, value) in enumerate(pairs):
            out.write(name + '=')
            if id(value) in active:
                out.write('...')
            else:
                self._place(value, out, col + len(name) + 1,
                            reserve if n == final else 1, active, level)
            if n != final:
                out.write(',\n' + ' ' * col)

    def _lay_dict(self, object, out, col, reserve, active, level):
        out.write('{')
        self._pad(out)
        if object:
            pairs = object.items()
            if self._sorted:
                pairs = sorted(pairs, key=_item_order)
            self._pairs(pairs, out, col, reserve + 1, active, level)
        out.write('}')

    def _lay_list(self, object, out, col, reserve, active, level):
        out.write('[')
        self._sequence(object, out, col, reserve + 1, active, level)
        out.write(']')

    def _lay_tuple(self, object, out, col, reserve, active, level):
        close = ',)' if len(object) == 1 else ')'
        out.write('(')
        self._sequence(object, out, col, reserve + len(close), active, level)
        out.write(close)

    def _lay_set(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        if type(object) is set:
            opener, close = '{', '}'
        else:
            name = type(object).__name__
            opener, close = name + '({', '})'
            col += len(name) + 1
        out.write(opener)
        self._sequence(sorted(object, key=_Ordered), out, col, reserve + len(close),
                       active, level)
        out.write(close)

    def _lay_str(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        top = level == 1
        if top:
            col += 1
            reserve += 1
        room = self._columns - col
        lines = object.splitlines(keepends=True)
        final = len(lines) - 1
        pieces = []
        for n, line in enumerate(lines):
            last_room = room - reserve if n == final else room
            whole = repr(line)
            if len(whole) <= last_room:
                pieces.append(whole)
            else:
                pieces.extend(_pack(_chunks_of_words(line), room, last_room))
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        if top:
            out.write('(')
        out.write(('\n' + ' ' * col).join(pieces))
        if top:
            out.write(')')

    def _lay_bytes(self, object, out, col, reserve, active, level):
        if len(object) <= 4:
            out.write(repr(object))
            return
        top = level == 1
        if top:
            col += 1
            reserve += 1
            out.write('(')
        room = self._columns - col
        blocks = [object[i:i + 4] for i in range(0, len(object), 4)]
        # The reserve only applies when the data does not end on a full block.
        last_room = room - reserve if len(object) % 4 else room
        out.write(('\n' + ' ' * col).join(_pack(blocks, room, last_room)))
        if top:
            out.write(')')

    def _lay_bytearray(self, object, out, col, reserve, active, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(object), out, col + 10, reserve + 1, active, level + 1)
        out.write(')')

    def _lay_mappingproxy(self, object, out, col, reserve, active, level):
        out.write('mappingproxy(')
        self._place(object.copy(), out, col + 13, reserve + 1, active, level)
        out.write(')')

    def _lay_namespace(self, object, out, col, reserve, active, level):
        name = type(object).__name__
        if name == 'SimpleNamespace' or type(object) is _namespace_class():
            name = 'namespace'
        out.write(name + '(')
        self._keywords(object.__dict__.items(), out, col + len(name) + 1, reserve,
                       active, level)
        out.write(')')

    def _lay_dataclass(self, object, out, col, reserve, active, level):
        import dataclasses
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        out.write(name + '(')
        self._keywords(shown, out, col + len(name) + 1, reserve, active, level)
        out.write(')')

    def _lay_ordereddict(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '(')
        self._place(list(object.items()), out, col + len(name) + 1, reserve + 1,
                    active, level)
        out.write(')')

    def _lay_defaultdict(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        col += len(name) + 1
        factory = self._flat(object.default_factory, active, level)
        out.write(name + '(' + factory + ',\n' + ' ' * col)
        self._lay_dict(object, out, col, reserve + 1, active, level)
        out.write(')')

    def _lay_counter(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '({')
        self._pad(out)
        self._pairs(object.most_common(), out, col + len(name) + 1, reserve + 2,
                    active, level)
        out.write('})')

    def _lay_chainmap(self, object, out, col, reserve, active, level):
        maps = list(object.maps)
        if not maps:
            out.write(repr(object))
            return
        name = type(object).__name__
        col += len(name) + 1
        out.write(name + '(')
        for n, mapping in enumerate(maps):
            if n:
                out.write(',\n' + ' ' * col)
            self._place(mapping, out, col, reserve + 1 if n == len(maps) - 1 else 1,
                        active, level)
        out.write(')')

    def _lay_deque(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        col += len(name) + 1
        out.write(name + '([')
        if object.maxlen is None:
            self._sequence(object, out, col, reserve + 2, active, level)
            out.write('])')
        else:
            self._sequence(object, out, col, 2, active, level)
            out.write('],\n' + ' ' * col + 'maxlen='
                      + self._flat(object.maxlen, active, level) + ')')

    def _lay_wrapped(self, object, out, col, reserve, active, level):
        self._place(object.data, out, col, reserve, active, level - 1)


def _pack(pieces, room, last_room):
    """Greedily join pieces into reprs no longer than room (last_room for
    the chunk holding the final piece); an over-long piece stands alone."""
    out = []
    acc = pieces[0][:0] if pieces else ''
    final = len(pieces) - 1
    for n, piece in enumerate(pieces):
        limit = last_room if n == final else room
        joined = acc + piece
        if len(repr(joined)) <= limit:
            acc = joined
            continue
        if acc:
            out.append(repr(acc))
        acc = piece
    if acc:
        out.append(repr(acc))
    return out


def _namespace_class():
    types = _sys.modules.get('types')
    return None if types is None else getattr(types, 'SimpleNamespace', None)


def _has_generated_repr(object):
    """Is object a dataclass instance whose repr is the generated one?"""
    if isinstance(object, type) or not hasattr(type(object), '__dataclass_fields__'):
        return False
    params = getattr(object, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    method = type(object).__repr__
    if getattr(method, '_dataclass_generated', False):
        return True
    inner = getattr(method, '__wrapped__', None)
    return inner is not None and '__create_fn__' in getattr(inner, '__qualname__', '')


_layouts = None


def _layout_for(object):
    """Name of the PrettyPrinter method laying out object, or None."""
    global _layouts
    if _layouts is None:
        _layouts = _build_layouts()
    name = _layouts.get(type(object).__repr__)
    if name is None and _has_generated_repr(object):
        name = '_lay_dataclass'
    return name


def _build_layouts():
    # Built on first use so that collections/types load only when needed.
    table = {
        dict.__repr__: '_lay_dict', list.__repr__: '_lay_list',
        tuple.__repr__: '_lay_tuple', set.__repr__: '_lay_set',
        frozenset.__repr__: '_lay_set', str.__repr__: '_lay_str',
        bytes.__repr__: '_lay_bytes', bytearray.__repr__: '_lay_bytearray',
    }
    proxy = type(type.__dict__)
    if proxy is not dict and proxy.__repr__ not in table:
        table[proxy.__repr__] = '_lay_mappingproxy'
    try:
        import types
        table[types.SimpleNamespace.__repr__] = '_lay_namespace'
    except (ImportError, AttributeError):
        pass
    try:
        import collections
        for cls, name in ((collections.OrderedDict, '_lay_ordereddict'),
                          (collections.defaultdict, '_lay_defaultdict'),
                          (collections.Counter, '_lay_counter'),
                          (collections.ChainMap, '_lay_chainmap'),
                          (collections.deque, '_lay_deque'),
                          (collections.UserDict, '_lay_wrapped'),
                          (collections.UserList, '_lay_wrapped'),
                          (collections.UserString, '_lay_wrapped')):
            table[cls.__repr__] = name
    except (ImportError, AttributeError):
        pass
    return table

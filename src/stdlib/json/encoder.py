"""JSON encoding: JSONEncoder (used by json.dumps/json.dump).

pyrite's own implementation in plain Python; output matches CPython's
byte for byte (separators, indentation, escaping, float repr).
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
            '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i
_ESCAPE_TABLE = {ord(k): v for k, v in _ESCAPES.items()}


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_ESCAPE_TABLE).replace('\x7f', '\\u007f') + '"'
    out = []
    for ch in s:
        code = ord(ch)
        if 0x20 <= code < 0x7f:
            out.append(_ESCAPES.get(ch, ch))
        elif code < 0x20:
            out.append(_ESCAPES[ch])
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a
        serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        parts = []
        _Encoder(self, parts).encode(o, 0)
        return iter(parts)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    """One encoding run: appends output pieces to `out`."""

    def __init__(self, options, out):
        self.opts = options
        self.out = out
        self.markers = {} if options.check_circular else None
        self.encode_str = (encode_basestring_ascii if options.ensure_ascii
                           else encode_basestring)
        indent = options.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def scalar(self, o):
        """The text of a str/None/bool/int/float, else None."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_str(o, self.opts.allow_nan)
        return None

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            marker = self.enter(o)
            self.encode(self.opts.default(o), level)
            self.leave(marker)

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def newline(self, level):
        return '\n' + self.indent * level

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        marker = self.enter(lst)
        # Output pieces as CPython's iterencode yields them: a scalar item
        # comes joined to the bracket or separator before it.
        if self.indent is None:
            separator = self.opts.item_separator
            buf = '['
        else:
            level += 1
            separator = self.opts.item_separator + self.newline(level)
            buf = '[' + self.newline(level)
        for value in lst:
            text = self.scalar(value)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.encode(value, level)
            buf = separator
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append(']')
        self.leave(marker)

    def encode_dict(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        marker = self.enter(dct)
        opts = self.opts
        if self.indent is None:
            separator = opts.item_separator
            out.append('{')
        else:
            level += 1
            separator = opts.item_separator + self.newline(level)
            out.append('{')
            out.append(self.newline(level))
        items = sorted(dct.items()) if opts.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_str(key, opts.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif opts.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % key.__class__.__name__)
            if first:
                first = False
            else:
                out.append(separator)
            out.append(self.encode_str(key))
            out.append(opts.key_separator)
            self.encode(value, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append('}')
        self.leave(marker)

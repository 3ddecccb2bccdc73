"""JSON decoding: JSONDecoder and JSONDecodeError.

pyrite's own recursive-descent parser in plain Python, with the error
messages and positions of CPython's C scanner.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = frozenset('0123456789abcdefABCDEF')
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _check_controls(s, start, stop):
    """Raise for the first control character in s[start:stop], if any."""
    chunk = s[start:stop]
    if chunk.isprintable():
        return
    for offset, ch in enumerate(chunk):
        if ch < ' ':
            raise JSONDecodeError('Invalid control character at', s, start + offset)


def _parse_hex4(s, pos):
    """Parse the 4 hex digits after the 'u' at s[pos]."""
    digits = s[pos + 1:pos + 5]
    if len(digits) != 4 or not all(c in _HEX for c in digits):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at s[end - 1].

    Returns (str, index after the closing quote)."""
    begin = end - 1
    chunks = []
    pos = end
    n = len(s)
    while True:
        quote = s.find('"', pos)
        backslash = s.find('\\', pos, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else (quote if quote >= 0 else n)
        if strict:
            _check_controls(s, pos, stop)
        if backslash < 0:
            if quote < 0:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[pos:quote])
            return ''.join(chunks), quote + 1
        chunks.append(s[pos:backslash])
        esc_pos = backslash + 1
        if esc_pos >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[esc_pos]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, backslash)
            chunks.append(char)
            pos = esc_pos + 1
            continue
        uni = _parse_hex4(s, esc_pos)
        pos = esc_pos + 5
        if 0xd800 <= uni <= 0xdbff and s[pos:pos + 2] == '\\u':
            uni2 = _parse_hex4(s, pos + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                pos += 6
        chunks.append(chr(uni))


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        return self._scan(s, idx, len(s))

    def _scan(self, s, idx, n):
        if idx >= n:
            raise JSONDecodeError('Expecting value', s, idx)
        ch = s[idx]
        if ch == '"':
            return scanstring(s, idx + 1, self.strict)
        if ch == '{':
            return self._object(s, idx + 1, n)
        if ch == '[':
            return self._array(s, idx + 1, n)
        if ch == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if ch == 't' and s.startswith('true', idx):
            return True, idx + 4
        if ch == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if ch == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' or ch in _DIGITS:
            return self._number(s, idx, n)
        raise JSONDecodeError('Expecting value', s, idx)

    def _number(self, s, idx, n):
        i = idx
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            if s.startswith('-Infinity', idx):
                return self.parse_constant('-Infinity'), idx + 9
            raise JSONDecodeError('Expecting value', s, idx)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                j += 1
                while j < n and '0' <= s[j] <= '9':
                    j += 1
                i = j
                is_float = True
        text = s[idx:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, idx, n):
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx < n and s[idx] == '}':
            idx += 1
        else:
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self._scan(s, idx, n)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    idx += 1
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def _array(self, s, idx, n):
        values = []
        idx = _skip_ws(s, idx, n)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        append = values.append
        while True:
            value, idx = self._scan(s, idx, n)
            append(value)
            idx = _skip_ws(s, idx, n)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)

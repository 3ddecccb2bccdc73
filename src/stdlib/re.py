"""Regular expressions for pyrite.

The engine (parser, compiler, backtracking matcher) is native: the `_re`
module, src/modules/re/.  This file gives it the `re` module's Python face:
the flags, `error`, `Pattern` and `Match` objects, replacement templates,
the compiled-pattern cache and the module-level functions.
"""

import enum
import sys as _sys
import _re

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
    'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match',
    'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE',
    'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# The names pattern reprs show, in CPython's order.
_FLAG_NAMES = [
    (1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
    (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII'),
]


class error(Exception):
    """A pattern or template that cannot be compiled; `msg`, `pattern`,
    `pos`, `lineno` and `colno` say what and where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = f'{msg} at position {pos}'
            if nl in pattern:
                msg = f'{msg} (line {self.lineno}, column {self.colno})'
        super().__init__(msg)


error.__module__ = 're'


def _raise_compile_error(pattern, msg, pos, kind):
    if kind == 'overflow':
        raise OverflowError(msg)
    if kind == 'value':
        raise ValueError(msg)
    if kind == 'recursion':
        raise RecursionError(msg)
    raise error(msg, None if pos is None else pattern, pos)


def _as_subject(pattern, string):
    """What the engine reads for `string` (bytes-like objects become bytes)."""
    if isinstance(string, str):
        if pattern._isbytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string if type(string) is str else str.__str__(string)
    if isinstance(string, bytes):
        if not pattern._isbytes:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string if type(string) is bytes else bytes(string)
    try:
        data = bytes(memoryview(string))
    except TypeError:
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'") from None
    if not pattern._isbytes:
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return data


def _index(v, what):
    if v.__class__ is int:
        return v
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None


def _bounds(subject, pos, endpos):
    n = len(subject)
    pos = _index(pos, 'pos')
    endpos = _index(endpos, 'endpos')
    pos = 0 if pos < 0 else (n if pos > n else pos)
    endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('_prog', '_isbytes', 'pattern', 'flags', 'groups', '_groupindex', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def _run(self, string, pos, endpos, mode):
        subject = _as_subject(self, string)
        pos, endpos = _bounds(subject, pos, endpos)
        marks = _re.match(self._prog, subject, pos, endpos, mode)
        if marks is None:
            return None
        return Match(self, string, marks, pos, endpos, subject)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        subject = _as_subject(self, string)
        pos, endpos = _bounds(subject, pos, endpos)
        return _re.findall(self._prog, subject, pos, endpos)

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        subject = _as_subject(self, string)
        pos, endpos = _bounds(subject, pos, endpos)
        return _match_iter(self, string, subject, _re.scan(self._prog, subject, pos, endpos, 0), pos, endpos)

    def split(self, string, maxsplit=0):
        subject = _as_subject(self, string)
        maxsplit = _index(maxsplit, 'maxsplit')
        if maxsplit < 0:
            return [subject]
        return _re.split(self._prog, subject, maxsplit)

    def _subx(self, repl, string, count):
        subject = _as_subject(self, string)
        count = _index(count, 'count')
        if count < 0:
            return string, 0
        if callable(repl):
            func = repl
            literal = None
        else:
            items = _compile_template(self, repl)
            if isinstance(items, _WrongTemplate):
                first = _re.scan(self._prog, subject, 0, len(subject), 1)
                if not first or count < 0:
                    return string, 0
                raise items.fail(self, first[0][1])
            if len(items) == 1 and not isinstance(items[0], int):
                literal = items[0]
                func = None
            elif not items:
                literal = '' if isinstance(repl, str) else b''
                func = None
            else:
                literal = None
                func = items
        if func is None or not callable(func):
            items = [literal] if func is None else func
            res, n = _re.sub(self._prog, subject, items, count)
            return (string if n == 0 else res), n
        pieces = []
        last = 0
        n = 0
        for marks in _re.scan(self._prog, subject, 0, len(subject), count):
            if marks[1] > last:
                pieces.append(subject[last:marks[1]])
            r = func(Match(self, string, marks, 0, len(subject), subject))
            if r is not None:
                pieces.append(r)
            last = marks[2]
            n += 1
        if n == 0:
            return string, 0
        if last < len(subject):
            pieces.append(subject[last:])
        return subject[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        p = repr(self.pattern)[:200]
        if not flags:
            return f're.compile({p})'
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return f"re.compile({p}, {'|'.join(names)})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._isbytes == other._isbytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))


Pattern.__module__ = 're'


def _match_iter(pattern, string, subject, all_marks, pos, endpos):
    for marks in all_marks:
        yield Match(pattern, string, marks, pos, endpos, subject)


class Match:
    """The result of a successful match."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_marks', '_subj')

    def __init__(self, pattern, string, marks, pos, endpos, subject=None):
        self.re = pattern
        self.string = string
        # Groups are slices of the engine's view: plain str, or bytes for any bytes-like object.
        self._subj = string if subject is None else subject
        self._marks = marks
        self.pos = pos
        self.endpos = endpos

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _gid(self, g):
        if isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                i = -1
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        m = self._marks
        a = m[2 * i + 1]
        if a < 0:
            return default
        return self._subj[a:m[2 * i + 2]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._gid(args[0]))
        return tuple(self._get(self._gid(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._gid(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._gid(group) + 1]

    def end(self, group=0):
        return self._marks[2 * self._gid(group) + 2]

    def span(self, group=0):
        i = self._gid(group)
        return (self._marks[2 * i + 1], self._marks[2 * i + 2])

    @property
    def regs(self):
        m = self._marks
        return tuple((m[2 * i + 1], m[2 * i + 2]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        i = self._marks[0]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._marks[0]
        if i < 0:
            return None
        for name, g in self.re._groupindex.items():
            if g == i:
                return name
        return None

    def expand(self, template):
        items = _compile_template(self.re, template)
        if isinstance(items, _WrongTemplate):
            raise items.fail(self.re, 0)
        out = []
        for it in items:
            if isinstance(it, int):
                v = self._get(it)
                if v is not None:
                    out.append(v)
            else:
                out.append(it)
        return template[:0].join(out)

    def __repr__(self):
        m = self._marks
        return f'<re.Match object; span=({m[1]}, {m[2]}), match={repr(self._get(0))[:50]}>'

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'

# --- replacement templates --------------------------------------------------

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    items = _template_cache.get(key)
    if items is None:
        items = _parse_template(pattern, repl)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = items
    return items


class _WrongTemplate(list):
    """A str template for a bytes pattern (or the reverse): an error only
    when a match needs it, with the message str.join/bytes.join would give."""

    def __init__(self, repl):
        super().__init__()
        self.repl = repl

    def fail(self, pattern, first_start):
        index = 1 if first_start > 0 else 0
        want = 'a bytes-like object' if pattern._isbytes else 'str instance'
        return TypeError(f'sequence item {index}: expected {want}, {type(self.repl).__name__} found')


def _parse_template(pattern, repl):
    """The template as a list of literal pieces and group numbers."""
    if isinstance(repl, str):
        if pattern._isbytes:
            return _WrongTemplate(repl)
        text = repl
        is_text = True
    else:
        try:
            raw = bytes(memoryview(repl))
        except TypeError:
            raise TypeError(f"decoding to str: need a bytes-like object, {type(repl).__name__} found") from None
        if not pattern._isbytes:
            return _WrongTemplate(repl)
        text = raw.decode('latin-1')
        is_text = False

    def fail(msg, pos):
        if not is_text:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, repl, pos)

    items = []
    lit = []
    n = len(text)
    groups = pattern.groups

    def add_group(index, pos):
        if index > groups:
            raise fail(f'invalid group reference {index}', pos)
        if lit:
            items.append(''.join(lit))
            lit.clear()
        items.append(index)

    i = 0
    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise fail('bad escape (end of pattern)', n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                raise fail('missing <', i)
            j = text.find('>', i + 1)
            if j < 0:
                name = text[i + 1:]
                if not name:
                    raise fail('missing group name', n)
                raise fail('missing >, unterminated name', n - len(name))
            name = text[i + 1:j]
            i = j + 1
            if not name:
                raise fail('missing group name', i - 1)
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError(f'unknown group name {name!r}')
            else:
                if name.isdigit() and name.isascii():
                    index = int(name)
                else:
                    raise fail(f'bad character in group name {name!r}', i - len(name) - 1)
                if index >= 1073741823:
                    raise fail(f'invalid group reference {index}', i - len(name) - 1)
            add_group(index, i - len(name) - 1)
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            lit.append(chr(int(text[i - 1:j], 8) & 0xff))
            i = j
        elif c in '0123456789':
            digits = c
            if i < n and text[i] in '0123456789':
                digits += text[i]
                i += 1
                if c in '01234567' and digits[1] in '01234567' and i < n and text[i] in '01234567':
                    digits += text[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise fail(f'octal escape value \\{digits} outside of range 0-0o377', start)
                    lit.append(chr(v))
                    continue
            add_group(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise fail(f'bad escape \\{c}', start)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    if not is_text:
        items = [it if isinstance(it, int) else it.encode('latin-1') for it in items]
    return items

# --- compiling and the module-level functions -------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    flags = _index(flags, 'flags')
    src = pattern if type(pattern) in (str, bytes) else (str(pattern) if isinstance(pattern, str) else bytes(pattern))
    res = _re.compile(src, flags)
    if res[4]:
        import warnings
        for msg in res[4]:
            # user code -> re.<function> -> _compile
            warnings.warn(msg, FutureWarning, stacklevel=3)
    if res[0] is None:
        _raise_compile_error(pattern, res[1], res[2], res[3])
    p = object.__new__(Pattern)
    p._prog = res[0]
    p._isbytes = isinstance(pattern, bytes)
    p.pattern = pattern
    p.flags = res[1]
    p.groups = res[2]
    p._groupindex = dict(res[3])
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Match the pattern at the start of the string; a Match or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Match the pattern against the whole string; a Match or None."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Find the first match of the pattern in the string; a Match or None."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the leftmost non-overlapping matches of the pattern by repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, but return (new_string, number_of_substitutions)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string at the matches of the pattern (groups are kept)."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "All non-overlapping matches: strings, or tuples of groups."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator of Match objects over the non-overlapping matches."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern (deprecated)."
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {ord(c): '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    "Escape the characters that have a special meaning in patterns."
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return str(pattern, 'latin1').translate(_SPECIAL).encode('latin1')

"""Common string operations: the character-class constants, capwords,
Template ($-substitution) and Formatter (str.format machinery in Python).

pyrite's own implementation in plain Python.  Template parses placeholders by
hand (no `re`): custom ``delimiter`` is supported, custom ``idpattern``,
``braceidpattern``, ``flags`` and ``pattern`` are not.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize every word of s (words as given by s.split(sep)) and join
    them with sep, or with single spaces when sep is None."""
    joiner = ' ' if not sep else sep
    return joiner.join([word.capitalize() for word in s.split(sep)])


################################################################################
# Template
################################################################################

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)

_NO_MAPPING = {}


class Template:
    """Strings with $name / ${name} placeholders (and $$ for a literal $)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, name) for each delimiter occurrence:
        kind is 'escaped', 'named', 'braced' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield 'escaped', i, j + dlen, None
                i = text.find(delim, j + dlen)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield 'named', i, k, text[j:k]
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{':
                k = j + 1
                if k < n and text[k] in _ID_START:
                    k += 1
                    while k < n and text[k] in _ID_CHARS:
                        k += 1
                    if k < n and text[k] == '}':
                        yield 'braced', i, k + 1, text[j + 1:k]
                        i = text.find(delim, k + 1)
                        continue
            yield 'invalid', i, j, None
            i = text.find(delim, j)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if safe:
                    out.append(text[start:end])
                else:
                    self._invalid(start)
            else:
                if safe:
                    try:
                        out.append('%s' % (mapping[name],))
                    except KeyError:
                        out.append(text[start:end])
                else:
                    out.append('%s' % (mapping[name],))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._substitute(_lookup(mapping, kws), False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._substitute(_lookup(mapping, kws), True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _lookup(mapping, keywords):
    # Keyword arguments take precedence over the mapping.
    if mapping is _NO_MAPPING:
        return keywords
    return _ChainLookup(keywords, mapping) if keywords else mapping


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


################################################################################
# Formatter
################################################################################

def _parse_format(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) like
    str._formatter_parser."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        ch = s[i]
        if ch == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # Find the matching close brace, allowing nested {} in the spec.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                elif s[j] == '[' and depth == 1:
                    k = s.find(']', j)
                    if k >= 0:
                        j = k
                j += 1
            if j >= n:
                if depth > 1 or '{' in s[i + 1:]:
                    raise ValueError("unexpected '{' in field name")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name, conversion, spec = field, None, ''
            # Split off the conversion and spec (outside of [...]).
            k = 0
            bracket = False
            while k < len(field):
                c = field[k]
                if c == '[':
                    bracket = True
                elif c == ']':
                    bracket = False
                elif not bracket and c in '!:':
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        elif ch == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(ch)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """str.format() written in Python, with overridable hooks (parse,
    get_field, get_value, convert_field, format_field, check_unused_args)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text, _ = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: next automatic position, or False once a field
        # was numbered explicitly (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        counter = auto_arg_index
        for text, name, spec, conv in self.parse(format_string):
            pieces.append(text)
            if name is None:
                continue
            if name == '':
                if counter is False:
                    raise ValueError(_MIXED_NUMBERING)
                name = str(counter)
                counter += 1
            elif name.isdigit():
                if counter:
                    raise ValueError(_MIXED_NUMBERING)
                counter = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conv)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1, auto_arg_index=counter)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), counter

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        convert = _CONVERSIONS.get(conversion)
        if convert is None:
            raise ValueError('Unknown conversion specifier %s' % (conversion,))
        return convert(value)

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        head, path = _split_field_name(field_name)
        value = self.get_value(head, args, kwargs)
        for is_attr, step in path:
            value = getattr(value, step) if is_attr else value[step]
        return value, head


_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic '
                    'field numbering')
_CONVERSIONS = {'s': str, 'r': repr, 'a': ascii}

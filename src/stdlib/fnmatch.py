"""fnmatch for pyrite: Unix shell-style wildcard matching of file names.

Wildcards: ``*`` (any run of characters), ``?`` (one character),
``[chars]`` (one of chars, ranges like ``a-z`` allowed) and ``[!chars]``
(any character not listed).  Matching uses a small token matcher written
for pyrite; translate() still produces the same regular-expression text as
CPython's module.
"""
import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# os.path.normcase where available (identity on POSIX).
_normcase = getattr(os.path, 'normcase', None) or (lambda s: s)

_compiled = {}
_COMPILED_LIMIT = 32768


def fnmatch(name, pat):
    """True when *name* matches the shell pattern *pat*, after normalising
    the case of both as the platform requires (see fnmatchcase)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def fnmatchcase(name, pat):
    """True when *name* matches the shell pattern *pat*, comparing case
    exactly."""
    return _run(_tokens_for(pat), name)


def filter(names, pat):
    """The items of *names* that match *pat* (as fnmatch() would decide)."""
    program = _tokens_for(_normcase(pat))
    if os.name == 'posix':
        return [n for n in names if _run(program, n)]
    return [n for n in names if _run(program, _normcase(n))]


def _bracket_end(pat, start):
    """Index of the ']' closing a class whose body starts at *start*, or -1.

    A leading '!' and a ']' right after it (or at the start) belong to the
    body rather than closing it."""
    pos = start
    size = len(pat)
    if pos < size and pat[pos] == '!':
        pos += 1
    if pos < size and pat[pos] == ']':
        pos += 1
    close = pat.find(']', pos)
    return close


# --- matching ----------------------------------------------------------------
# Tokens: _ANY_RUN for '*', _ONE for '?', a 1-char str for a literal, or a
# _Klass for a bracket expression.

_ANY_RUN = None
_ONE = ''


class _Klass:
    """One bracket expression, decoded from the regex text that translate()
    would emit for it, so matching agrees with the regex in every corner
    case (reversed ranges, stray hyphens, ...)."""
    __slots__ = ('negate', 'members', 'spans')

    def __init__(self, regex):
        self.members = ''
        self.spans = ()
        self.negate = regex == '.'
        if regex in ('.', '(?!)'):
            return
        body = regex[1:-1]
        if body[:1] == '^':
            self.negate = True
            body = body[1:]
        members = []
        spans = []
        pos = 0

        def take(at):
            if body[at] == '\\':
                return body[at + 1], at + 2
            return body[at], at + 1

        while pos < len(body):
            first, pos = take(pos)
            if pos + 1 < len(body) and body[pos] == '-':
                last, pos = take(pos + 1)
                spans.append((first, last))
            else:
                members.append(first)
        self.members = ''.join(members)
        self.spans = tuple(spans)

    def accepts(self, ch):
        hit = ch in self.members or any(lo <= ch <= hi for lo, hi in self.spans)
        return hit != self.negate


def _tokenize(pat):
    out = []
    pos = 0
    while pos < len(pat):
        ch = pat[pos]
        pos += 1
        if ch == '*':
            out.append(_ANY_RUN)
        elif ch == '?':
            out.append(_ONE)
        elif ch == '[':
            close = _bracket_end(pat, pos)
            if close < 0:
                out.append('[')
            else:
                out.append(_Klass(_class_regex(pat, pos, close)))
                pos = close + 1
        else:
            out.append(ch)
    return tuple(out)


def _tokens_for(pat):
    as_bytes = isinstance(pat, bytes)
    key = (bytes, pat) if as_bytes else pat
    hit = _compiled.get(key)
    if hit is None:
        if len(_compiled) >= _COMPILED_LIMIT:
            _compiled.clear()
        text = str(pat, 'ISO-8859-1') if as_bytes else pat
        hit = _compiled[key] = (_tokenize(text), as_bytes)
    return hit


def _token_accepts(tok, ch):
    if tok is _ONE:
        return True
    if tok.__class__ is _Klass:
        return tok.accepts(ch)
    return tok == ch


def _run(program, name):
    tokens, as_bytes = program
    if as_bytes:
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        name = str(name, 'ISO-8859-1')
    elif isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    # Greedy scan that, on a mismatch, lets the most recent '*' swallow one
    # more character and retries from there.
    t = s = 0
    resume_t = -1
    resume_s = 0
    while s < len(name):
        tok = tokens[t] if t < len(tokens) else _ONE_PAST
        if tok is _ANY_RUN:
            resume_t, resume_s = t + 1, s
            t += 1
        elif tok is not _ONE_PAST and _token_accepts(tok, name[s]):
            t += 1
            s += 1
        elif resume_t >= 0:
            resume_s += 1
            t, s = resume_t, resume_s
        else:
            return False
    return all(tok is _ANY_RUN for tok in tokens[t:])


_ONE_PAST = object()  # sentinel: ran off the end of the token list


# --- translate ---------------------------------------------------------------

_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _re_literal(ch):
    return '\\' + ch if ch in _RE_SPECIAL else ch


def _backslashes(text):
    return text.replace('\\', '\\\\')


def _class_regex(pat, start, close):
    """Regex text for the bracket expression pat[start:close]."""
    body = pat[start:close]
    if '-' in body:
        # Cut the body at hyphens that act as range operators, drop ranges
        # whose ends are reversed, then rejoin with escaped pieces.
        pieces = []
        cut = start
        hyphen = pat.find('-', start + (2 if pat[start] == '!' else 1), close)
        while hyphen >= 0:
            pieces.append(pat[cut:hyphen])
            cut = hyphen + 1
            hyphen = pat.find('-', hyphen + 3, close)
        rest = pat[cut:close]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += '-'
        idx = len(pieces) - 1
        while idx > 0:
            left, right = pieces[idx - 1], pieces[idx]
            if left[-1] > right[0]:
                pieces[idx - 1] = left[:-1] + right[1:]
                del pieces[idx]
            idx -= 1
        body = '-'.join(_backslashes(p).replace('-', '\\-') for p in pieces)
    else:
        body = _backslashes(body)
    # Keep '&', '~' and '|' from being read as set operations.
    body = ''.join('\\' + ch if ch in '&~|' else ch for ch in body)
    if body == '':
        return '(?!)'
    if body == '!':
        return '.'
    head = body[0]
    if head == '!':
        body = '^' + body[1:]
    elif head == '^' or head == '[':
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """Regular-expression text equivalent to the shell pattern *pat*
    (meta-characters cannot be quoted)."""
    # Collect the regex for the literal runs between the '*'s.
    runs = [[]]
    pos = 0
    while pos < len(pat):
        ch = pat[pos]
        pos += 1
        if ch == '*':
            if runs[-1] or len(runs) == 1:
                runs.append([])
            continue
        if ch == '?':
            runs[-1].append('.')
        elif ch == '[':
            close = _bracket_end(pat, pos)
            if close < 0:
                runs[-1].append('\\[')
            else:
                runs[-1].append(_class_regex(pat, pos, close))
                pos = close + 1
        else:
            runs[-1].append(_re_literal(ch))
    texts = [''.join(run) for run in runs]
    regex = texts[0]
    if len(texts) > 1:
        # Middle runs match atomically (no backtracking into them); the
        # last run follows a plain greedy '.*'.
        for middle in texts[1:-1]:
            regex += '(?>.*?' + middle + ')'
        regex += '.*' + texts[-1]
    return '(?s:' + regex + ')\\Z'

"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a small matcher
(pyrite has no regular expressions underneath); translate() still returns
the regular expression CPython's fnmatch would build.

Patterns are Unix shell style:

*       matches everything
?       matches any single character
[seq]   matches any character in seq
[!seq]  matches any char not in seq
"""
import os

# Identity on POSIX (os.path.normcase where the platform has it).
_normcase = getattr(os.path, 'normcase', None) or (lambda s: s)

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    tokens = _compile(pat)
    if os.name == 'posix':
        for name in names:
            if _match(tokens, name):
                result.append(name)
    else:
        for name in names:
            if _match(tokens, _normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _match(_compile(pat), name)


# --- the matcher -----------------------------------------------------------
# A pattern compiles to a tuple of tokens: None for '*', '' for '?', a
# one-character str for a literal, or (negated, chars, ranges) for a class.

def _compile(pat):
    if isinstance(pat, bytes):
        key = (bytes, pat)
        pat_s = str(pat, 'ISO-8859-1')
    else:
        key = pat
        pat_s = pat
    compiled = _cache.get(key)
    if compiled is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        compiled = _cache[key] = (tuple(_parse(pat_s)), isinstance(pat, bytes))
    return compiled


def _parse(pat):
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            yield None
        elif c == '?':
            yield ''
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                yield '['
                continue
            stuff = pat[i:j]
            i = j + 1
            negated = stuff[:1] == '!'
            if negated:
                stuff = stuff[1:]
            chars = []
            ranges = []
            k = 0
            while k < len(stuff):
                ch = stuff[k]
                if k + 2 < len(stuff) and stuff[k + 1] == '-':
                    lo, hi = ch, stuff[k + 2]
                    if lo <= hi:
                        ranges.append((lo, hi))
                    k += 3
                else:
                    chars.append(ch)
                    k += 1
            yield (negated, ''.join(chars), tuple(ranges))
        else:
            yield c


def _match_one(tok, ch):
    if tok == '':
        return True
    if type(tok) is str:
        return tok == ch
    negated, chars, ranges = tok
    found = ch in chars
    if not found:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                found = True
                break
    return found != negated


def _match(compiled, name):
    tokens, is_bytes = compiled
    if is_bytes:
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        name = str(name, 'ISO-8859-1')
    elif isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    # Iterative glob matching: remember the last '*' to backtrack to.
    ti = ni = 0
    nt, nn = len(tokens), len(name)
    star_ti = -1
    star_ni = 0
    while ni < nn:
        if ti < nt and tokens[ti] is not None and _match_one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif ti < nt and tokens[ti] is None:
            star_ti = ti
            star_ni = ni
            ti += 1
        elif star_ti >= 0:
            star_ni += 1
            ni = star_ni
            ti = star_ti + 1
        else:
            return False
    while ti < nt and tokens[ti] is None:
        ti += 1
    return ti == nt


# --- translate ---------------------------------------------------------------

_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not STAR:
                res.append(STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
                continue
            stuff = pat[i:j]
            if '-' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                chunks = []
                k = i + 2 if pat[i] == '!' else i + 1
                while True:
                    k = pat.find('-', k, j)
                    if k < 0:
                        break
                    chunks.append(pat[i:k])
                    i = k + 1
                    k = k + 3
                chunk = pat[i:j]
                if chunk:
                    chunks.append(chunk)
                else:
                    chunks[-1] += '-'
                for k in range(len(chunks) - 1, 0, -1):
                    if chunks[k - 1][-1] > chunks[k][0]:
                        chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                        del chunks[k]
                stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
            stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
            i = j + 1
            if not stuff:
                res.append('(?!)')
            elif stuff == '!':
                res.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                res.append('[' + stuff + ']')
        else:
            res.append(_escape(c))
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and res[i] is not STAR:
            fixed.append(res[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'

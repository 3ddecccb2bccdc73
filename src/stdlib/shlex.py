"""Shell-like splitting and quoting: split (POSIX rules), quote, join.

pyrite's own implementation in plain Python.  The shlex lexer class is not
provided; split() implements what shlex(s, posix=True) with
whitespace_split=True produces.
"""

import sys

__all__ = ['split', 'quote', 'join']

_WHITESPACE = ' \t\r\n'
_QUOTES = '\'"'
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
                  '@%+=:,./-_')


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
        s = sys.stdin.read()
    commenters = '#' if comments else ''
    tokens = []
    token = []
    has_token = False
    state = ' '
    escaped_state = None
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        i += 1
        if state == ' ' or state == 'a':
            if ch in _WHITESPACE:
                if state == 'a':
                    tokens.append(''.join(token))
                    token = []
                    has_token = False
                    state = ' '
            elif ch in commenters:
                if state == 'a':
                    tokens.append(''.join(token))
                    token = []
                    has_token = False
                    state = ' '
                newline = s.find('\n', i)
                i = n if newline < 0 else newline + 1
            elif ch == '\\' and posix:
                escaped_state = 'a'
                state = '\\'
                has_token = True
            elif ch in _QUOTES:
                state = ch
                has_token = True
            else:
                token.append(ch)
                has_token = True
                state = 'a'
        elif state in _QUOTES:
            if ch == state:
                state = 'a'
            elif ch == '\\' and state == '"' and posix:
                escaped_state = state
                state = '\\'
            else:
                token.append(ch)
        else:  # after a backslash
            if escaped_state in _QUOTES and ch != escaped_state and ch != '\\':
                token.append('\\')
            token.append(ch)
            state = escaped_state
    if state in _QUOTES:
        raise ValueError('No closing quotation')
    if state == '\\':
        raise ValueError('No escaped character')
    if has_token:
        tokens.append(''.join(token))
    return tokens


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(ch in _SAFE for ch in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"

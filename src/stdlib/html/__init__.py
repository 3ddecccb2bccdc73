"""HTML helpers: ``escape`` and ``unescape`` (pyrite's own implementation,
written from the documented behaviour of the HTML5 character reference
rules)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace ``&``, ``<`` and ``>`` (and, when ``quote``, both quote
    characters) by HTML-safe references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references to C1 controls mean the Windows-1252 characters (HTML5);
# 0x81, 0x8d, 0x8f, 0x90 and 0x9d stay themselves.
_CP1252 = {0x00: "\ufffd", 0x0d: "\r"}
_CP1252_TAIL = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
                "\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d"
                "\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e"
                "\u0178")
for _i, _c in enumerate(_CP1252_TAIL):
    _CP1252[0x80 + _i] = _c
del _i, _c


def _dropped(cp):
    """Code points a numeric reference may not produce (they vanish)."""
    return (0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f
            or 0x7f <= cp <= 0x9f or 0xfdd0 <= cp <= 0xfdef
            or (cp & 0xfffe) == 0xfffe)


def _numeric(body):
    if body[1:2] in ("x", "X"):
        cp = int(body[2:].rstrip(";"), 16)
    else:
        cp = int(body[1:].rstrip(";"))
    if cp in _CP1252:
        return _CP1252[cp]
    if 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
        return "\ufffd"
    if _dropped(cp):
        return ""
    return chr(cp)


def _replace(m):
    body = m.group(1)
    if body[0] == "#":
        return _numeric(body)
    if body in _html5:
        return _html5[body]
    # The longest known prefix wins (legacy names need no semicolon).
    for n in range(len(body) - 1, 0, -1):
        if body[:n] in _html5:
            return _html5[body[:n]] + body[n:]
    return "&" + body


_REF = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Replace every named or numeric character reference in ``s`` by the
    character it stands for, following the HTML5 rules."""
    if "&" not in s:
        return s
    return _REF.sub(_replace, s)

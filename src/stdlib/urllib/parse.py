"""pyrite's urllib.parse: splitting, joining and quoting URLs (RFC 3986 with
the WHATWG clean-ups Python 3.11 applies), query strings, and the result
tuples with their hostname/port/username/password views.

Written for pyrite from the documented behaviour of Python 3.11's module and
from its observed output; bytes arguments are handled by decoding them as
ASCII, working on text and encoding the results back.
"""

from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Scheme registries (public, extended by some programs).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps',
                 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
scheme_chars = _LETTERS + _DIGITS + '+-.'
_HEX = '0123456789abcdefABCDEF'
# Never percent-encoded by quote().
_UNRESERVED = frozenset((_LETTERS + _DIGITS + '_.-~').encode('ascii'))
# Leading C0 controls and spaces are dropped; tabs and newlines anywhere.
_C0_AND_SPACE = ''.join(chr(c) for c in range(0x21))


def clear_cache():
    """pyrite keeps no parse cache; kept for API compatibility."""


# ---------------------------------------------------------------- str/bytes

def _as_text(args):
    """Returns (texts, back): bytes-like arguments decoded as ASCII and a
    function turning a text result back into the caller's type."""
    want_text = isinstance(args[0], str)
    for extra in args[1:]:
        if extra and isinstance(extra, str) != want_text:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_text:
        return args, _same
    texts = tuple(x.decode('ascii', 'strict') if x else '' for x in args)
    return texts, _to_bytes


def _same(value):
    return value


def _to_bytes(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


# ------------------------------------------------------------ result tuples

class _Views:
    """Shared pieces of every result type; the subclasses say whether the
    parts are str or bytes through `_text`."""
    __slots__ = ()
    _text = True

    def _char(self, ch):
        return ch if self._text else ch.encode('ascii')

    def geturl(self):
        raise NotImplementedError


class _NetlocViews(_Views):
    """username/password/hostname/port of results that have a netloc."""
    __slots__ = ()

    def _credentials(self):
        userinfo, at, _ = self.netloc.rpartition(self._char('@'))
        if not at:
            return None, None
        user, colon, secret = userinfo.partition(self._char(':'))
        return user, (secret if colon else None)

    def _host_and_port(self):
        hostpart = self.netloc.rpartition(self._char('@'))[2]
        before, bracket, inside = hostpart.partition(self._char('['))
        if bracket:
            host, _, rest = inside.partition(self._char(']'))
            port = rest.partition(self._char(':'))[2]
        else:
            host, _, port = hostpart.partition(self._char(':'))
        return host, (port or None)

    @property
    def username(self):
        return self._credentials()[0]

    @property
    def password(self):
        return self._credentials()[1]

    @property
    def hostname(self):
        host = self._host_and_port()[0]
        if not host:
            return None
        # The zone id of a scoped IPv6 address keeps its case.
        addr, pct, zone = host.partition(self._char('%'))
        return addr.lower() + pct + zone

    @property
    def port(self):
        text = self._host_and_port()[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _result_type(name, fields, base, is_text, url_of, doc):
    tuple_base = _namedtuple(name, fields)
    ns = {'__slots__': (), '_text': is_text, 'geturl': url_of,
          '__doc__': doc, '__module__': __name__}
    return type(name, (tuple_base, base), ns)


def _defrag_url(self):
    if self.fragment:
        return self.url + self._char('#') + self.fragment
    return self.url


def _split_url(self):
    return urlunsplit(self)


def _parse_url(self):
    return urlunparse(self)


_SPECS = [
    ('DefragResult', 'url fragment', _Views, _defrag_url,
     'DefragResult(url, fragment): a URL without its fragment, and the fragment.'),
    ('SplitResult', 'scheme netloc path query fragment', _NetlocViews,
     _split_url, 'SplitResult(scheme, netloc, path, query, fragment): from urlsplit().'),
    ('ParseResult', 'scheme netloc path params query fragment', _NetlocViews,
     _parse_url, 'ParseResult(scheme, netloc, path, params, query, fragment): from urlparse().'),
]

for _name, _fields, _base, _url_of, _doc in _SPECS:
    _text_cls = _result_type(_name, _fields, _base, True, _url_of, _doc)
    _bytes_cls = _result_type(_name + 'Bytes', _fields, _base, False, _url_of, _doc)

    def _encode(self, encoding='ascii', errors='strict', _other=_bytes_cls):
        return _other(*(part.encode(encoding, errors) for part in self))

    def _decode(self, encoding='ascii', errors='strict', _other=_text_cls):
        return _other(*(part.decode(encoding, errors) for part in self))

    _text_cls.encode = _encode
    _bytes_cls.decode = _decode
    globals()[_name] = _text_cls
    globals()[_name + 'Bytes'] = _bytes_cls
del _name, _fields, _base, _url_of, _doc, _text_cls, _bytes_cls, _encode, _decode


def _back(result, back):
    # Converts a str result tuple to its bytes twin when the input was bytes.
    return result if back is _same else result.encode('ascii', 'strict')


# ------------------------------------------------------------------ parsing

def _bad_address(text):
    return ValueError(f"{text!r} does not appear to be an IPv4 or IPv6 address")


def _is_ipv4(text):
    pieces = text.split('.')
    if len(pieces) != 4:
        return False
    for piece in pieces:
        if not piece or len(piece) > 3 or not all(c in _DIGITS for c in piece):
            return False
        if len(piece) > 1 and piece[0] == '0':
            return False
        if int(piece) > 255:
            return False
    return True


def _is_ipv6(text):
    addr, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    groups = addr.split(':')
    if len(groups) < 3:
        return False
    slots = 8
    if '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if len(groups) > slots + 1:
        return False
    gaps = [k for k in range(1, len(groups) - 1) if not groups[k]]
    if len(gaps) > 1:
        return False
    if gaps:
        head = gaps[0]
        tail = len(groups) - head - 1
        if not groups[0]:
            head -= 1
            if head:
                return False
        if not groups[-1]:
            tail -= 1
            if tail:
                return False
        if slots - (head + tail) < 1:
            return False
    else:
        if len(groups) != slots or not groups[0] or not groups[-1]:
            return False
    for group in groups:
        if group and (len(group) > 4 or not all(c in _HEX for c in group)):
            return False
    return True


def _check_bracketed(host):
    if host.startswith('v'):
        # IPvFuture: "v" 1*HEXDIG "." 1*(unreserved / sub-delims / ":")
        rest = host[1:]
        dot = rest.find('.')
        if (dot < 1 or not all(c in _HEX for c in rest[:dot])
                or dot == len(rest) - 1 or '\n' in rest[dot + 1:]):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise _bad_address(host)


def _cut_netloc(rest):
    # The authority runs up to the first '/', '?' or '#'.
    end = len(rest)
    for stop in '/?#':
        at = rest.find(stop, 2)
        if 0 <= at < end:
            end = at
    return rest[2:end], rest[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    (url, scheme), back = _as_text((url, scheme))
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for ch in '\t\r\n':
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    netloc = ''
    if url[:2] == '//':
        netloc, url = _cut_netloc(url)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    fragment = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    return _back(SplitResult(scheme, netloc, url, query, fragment), back)


def urlparse(url, scheme='', allow_fragments=True):
    (url, scheme), back = _as_text((url, scheme))
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ''
    if parts.scheme in uses_params and ';' in path:
        # Parameters belong to the last path segment only.
        semi = path.find(';', max(path.rfind('/'), 0))
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    result = ParseResult(parts.scheme, parts.netloc, path, params,
                         parts.query, parts.fragment)
    return _back(result, back)


def urlunsplit(components):
    (scheme, netloc, path, query, fragment), back = _as_text(tuple(components))
    out = path
    if netloc or (scheme and scheme in uses_netloc and out[:2] != '//'):
        if out and out[:1] != '/':
            out = '/' + out
        out = '//' + (netloc or '') + out
    if scheme:
        out = scheme + ':' + out
    if query:
        out += '?' + query
    if fragment:
        out += '#' + fragment
    return back(out)


def urlunparse(components):
    (scheme, netloc, path, params, query, fragment), back = _as_text(tuple(components))
    if params:
        path = '%s;%s' % (path, params)
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _remove_dots(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] == '.' or segments[-1] == '..':
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    (base, url), back = _as_text((base, url))
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = r
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if not (path or params):
        path, params = b.path, b.params
        if not query:
            query = b.query
        return back(urlunparse((scheme, netloc, path, params, query, fragment)))
    pieces = path.split('/')
    if not path.startswith('/'):
        stem = b.path.split('/')
        if stem[-1]:
            stem.pop()
        pieces = stem + pieces
        # empty inner segments (from '//' runs) are dropped
        pieces[1:-1] = [s for s in pieces[1:-1] if s]
    joined = '/'.join(_remove_dots(pieces)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    (url,), back = _as_text((url,))
    if '#' in url:
        p = urlparse(url)
        bare = urlunparse(p._replace(fragment=''))
        frag = p.fragment
    else:
        bare, frag = url, ''
    return _back(DefragResult(bare, frag), back)


# ------------------------------------------------------------------ quoting

def unquote_to_bytes(string):
    if not string:
        string.split      # type check: AttributeError for non-strings
        return b''
    raw = string.encode('utf-8') if isinstance(string, str) else string
    pieces = raw.split(b'%')
    if len(pieces) == 1:
        return raw
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        code = piece[:2]
        if len(code) == 2 and all(c in b'0123456789abcdefABCDEF' for c in code):
            out.append(int(code, 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        raw = unquote_to_bytes(string)
        return raw.decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only runs of ASCII characters hold escapes; other characters stay.
    out = []
    run_start = 0
    k = 0
    size = len(string)
    while k < size:
        if ord(string[k]) < 128:
            k += 1
            continue
        if run_start < k:
            out.append(unquote_to_bytes(string[run_start:k]).decode(encoding, errors))
        start = k
        while k < size and ord(string[k]) >= 128:
            k += 1
        out.append(string[start:k])
        run_start = k
    if run_start < size:
        out.append(unquote_to_bytes(string[run_start:]).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        keep = safe.encode('ascii', 'ignore')
    else:
        keep = bytes(c for c in safe if c < 128)
    allowed = _UNRESERVED.union(keep)
    return ''.join(chr(c) if c in allowed else '%%%02X' % c for c in bs)


def quote(string, safe='/', encoding=None, errors=None):
    if not isinstance(string, str):
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        return quote_from_bytes(string, safe=safe)
    if string == '':
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe=safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    blank = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and blank not in string:
        return quote(string, safe=safe, encoding=encoding, errors=errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


# ------------------------------------------------------------ query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    (qs,), back = _as_text((qs,))
    (separator,), _ = _as_text((separator,))
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    limit = max_num_fields
    if limit is not None:
        fields = qs.count(separator) + 1 if qs else 0
        if fields > limit:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else ()):
        if not field and not strict_parsing:
            continue
        key, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((back(unquote(key.replace('+', ' '), encoding, errors)),
                          back(unquote(value.replace('+', ' '), encoding, errors))))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    grouped = {}
    for key, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                encoding, errors, max_num_fields, separator):
        grouped.setdefault(key, []).append(value)
    return grouped


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) > 0 and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence or mapping object") from exc

    def enc(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    parts = []
    for key, value in query:
        name = enc(key)
        if not doseq or isinstance(value, (str, bytes)):
            parts.append(name + '=' + enc(value))
            continue
        try:
            len(value)
        except TypeError:
            parts.append(name + '=' + enc(value))
        else:
            for item in value:
                parts.append(name + '=' + enc(item))
    return '&'.join(parts)


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url

# urllib.parse: splitting/joining URLs, result tuples, quoting, query strings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes,
                          urlencode, parse_qs, parse_qsl, ParseResult, SplitResult)
import urllib.parse

u = urlparse('http://user:Pass@Example.COM:8080/path/to;params?q=1&r=two#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(u._replace(scheme='https', fragment=''), u._replace(netloc='h').geturl())
print(u[0], len(u), tuple(u), list(u)[2:4])
s = urlsplit('https://[2001:db8::1]:443/a/b?x=y#z')
print(s, s.hostname, s.port)
print(urlsplit('//www.cwi.nl:80/%7Eguido/Python.html'), urlsplit('www.cwi.nl/%7Eguido/Python.html'))
print(urlparse('help/Python.html'), urlparse('mailto:user@example.com'), urlparse('path', scheme='ftp'))
print(urlparse('http://a/b#f', allow_fragments=False), urlsplit(' \thttp://x/\ny\r'))
print(urlsplit('HTTP://Host/P'), urlsplit('file:///etc/passwd'), urlsplit('tel:+1-555'), urlsplit('git+ssh://g/r'))
for bad_port in ('http://h:abc/', 'http://h:70000/', 'http://h:-1/', 'http://h:/'):
    try:
        print(urlsplit(bad_port).port)
    except ValueError as e:
        print('ValueError:', e)
for bad in ('http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[vx.y]/', 'http://[zz]/'):
    try:
        urlsplit(bad)
    except ValueError as e:
        print('ValueError:', e)
print(urlsplit('http://[fe80::1%25Eth0]:8/').hostname, urlsplit('http://@/').username, urlsplit('http://:@h').password)
b = urlsplit(b'http://u@h:1/p?q#f')
print(b, b.hostname, b.port, b.username, b.geturl(), b.decode(), urlsplit('http://h/').encode('ascii'))
try:
    urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError:', e)

print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('', '', 'p', '', '')),
      urlunsplit(('http', '', 'p', '', '')), urlunsplit(['file', '', '/x', '', '']), urlunparse(u))
base = 'http://a/b/c/d;p?q'
for rel in ('g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
            '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
            'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https://x/y'):
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', '../../..'), urljoin('', 'x'), urljoin('x', ''), urljoin('mailto:a', 'b'),
      urljoin(b'http://a/b', b'c'), urljoin('http://a/b#f', '#g', allow_fragments=False))
print(urldefrag('http://a/b?c#d'), urldefrag('http://a/b'), urldefrag(b'x#y'), urldefrag('p#').geturl())

for t in ('abc def', 'a/b c', '~user', 'é€', "!*'();:@&=+$,/?#[]", '', '%', '\x00\x7f'):
    print(repr(t), quote(t), quote(t, safe=''), quote_plus(t), quote_plus(t, safe='/'))
print(quote(b'a b\xff'), quote_from_bytes(b'\x00/', ''), quote('é', encoding='latin-1'), quote('€', 'ascii', errors='replace') if False else '')
for bad in (lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'), lambda: quote(5),
            lambda: quote_from_bytes('s')):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
for t in ('a%20b', 'a+b%2B', '%zz%4', '%C3%A9t%C3%A9', 'bad%FFbyte', 'mixé%41', '%E2%82'):
    print(repr(t), repr(unquote(t)), repr(unquote_plus(t)), unquote_to_bytes(t))
print(unquote(b'%41b'), unquote('%E9', encoding='latin-1'), unquote('%FF', errors='strict') if False else '')

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(urlencode([('k', 'v1'), ('k', 'v2'), ('e', '')]))
print(urlencode({'list': ['a', 'b'], 'tup': (1, 2), 'n': 5, 'by': b'\xff'}, doseq=True))
print(urlencode({'list': ['a', 'b']}), urlencode({'p': '/x y'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError:', e)
qs = 'a=1&b=2&a=3&empty=&noval&sp=a+b%20c&=nokey&&x=%E2%82%AC'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'k=v&k=w'), parse_qsl('x=%E9', encoding='latin-1'))
for bad in (lambda: parse_qsl('a&b', strict_parsing=True), lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2),
            lambda: parse_qsl('a=1', separator='')):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(isinstance(u, tuple), isinstance(u, ParseResult), type(s).__name__, SplitResult('a', 'b', 'c', 'd', 'e'))
print('http' in urllib.parse.uses_netloc, urllib.parse.scheme_chars[-3:], urllib.parse.unwrap('<URL:http://x/>'))

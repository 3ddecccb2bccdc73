#!/usr/bin/env python3
"""Compare src/stdlib/csv with CPython's csv."""
import csv as real
import io
import random
import sys
from harness import load, Checker

mine = load('csv')
c = Checker('csv')


def read(module, text, split=True, **kw):
    lines = io.StringIO(text, newline='') if split else text
    r = module.reader(lines, **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except module.Error as e:
        rows.append(('Error', str(e), r.line_num))
    return rows, r.line_num


def write(module, rows, **kw):
    f = io.StringIO()
    w = module.writer(f, **kw)
    out = []
    for row in rows:
        try:
            out.append(w.writerow(row))
        except module.Error as e:
            out.append(('Error', str(e)))
    return out, f.getvalue()


texts = [
    'a,b,c\r\n1,2,3\r\n', 'a,b\n\n1,2\n', '"a,b",c\n', '"a""b",c\n', '"multi\nline",x\n',
    'a,"b"c,d\n', '"unterminated\n', 'a,b', ' a, b ,c\n', '"a" ,b\n', 'x\ry\rz', 'a\r\nb\n\rc',
    '\n\n\n', '', ',,\n', '"",""\n', 'a,"",b\n', 'a\\,b,c\n', '"a\\"b",c\n', 'a"b,c\n',
    '1,2.5,abc\n', '"1",2\n', 'a;b;c\n', 'a\tb\tc\n', '"a"b"c",d\n', 'a,b\r\nc,d\r\n\r\n',
    'abc\x00def\n', '"q\r\nq",z\r\n', 'a,b\\\nc\n',
]
params = [{}, dict(delimiter=';'), dict(delimiter='\t'), dict(skipinitialspace=True),
          dict(escapechar='\\'), dict(escapechar='\\', doublequote=False), dict(strict=True),
          dict(quoting=real.QUOTE_NONE), dict(quoting=real.QUOTE_NONNUMERIC),
          dict(quotechar="'"), dict(quoting=real.QUOTE_NONE, escapechar='\\'),
          dict(dialect='excel-tab'), dict(dialect='unix'), dict(lineterminator='!')]
for t in texts:
    for p in params:
        mp = dict(p)
        c.same('read %r %r' % (t, p), lambda: read(real, t, **p), lambda: read(mine, t, **mp))
c.same('read list of lines', lambda: read(real, ['a,b', 'c,"d\n', 'e"'], split=False),
       lambda: read(mine, ['a,b', 'c,"d\n', 'e"'], split=False))
c.same('read bytes', lambda: read(real, [b'a,b'], split=False), lambda: read(mine, [b'a,b'], split=False))
c.same('reader non-iterable', lambda: real.reader(1), lambda: mine.reader(1))

rows = [['a', 'b'], ['a,b', 'c"d', 'e\nf', 'g\rh', ' i'], [None, 1, 1.5, True, '', 'x y'], [],
        [''], [None], [1e20, 0.1, 1 / 3, complex(1, 2), b'x'], ['a\\b', 'q"'], ['a!b'], 1,
        ('t', 'u'), iter(['it', 'er']), ['\t', ';', "'"], [-0.0, float('nan'), 10 ** 20]]
wparams = params + [dict(quoting=real.QUOTE_ALL), dict(quoting=real.QUOTE_MINIMAL, quotechar=None),
                    dict(lineterminator='\n'), dict(delimiter='\n')]
for p in wparams:
    for r in rows:
        if hasattr(r, '__next__'):
            continue
        c.same('write %r %r' % (r, p), lambda: write(real, [r], **p), lambda: write(mine, [r], **p))
for bad in [dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=1), dict(quotechar='ab'),
            dict(quoting=9), dict(quoting='a'), dict(lineterminator=1), dict(escapechar='ab'),
            dict(bogus=1), dict(dialect='nope'), dict(quotechar=1), dict(escapechar=1), dict(quoting=1.0), dict(lineterminator=None), dict(quotechar=''), dict(delimiter=None), dict(quotechar=None), dict(quotechar=None, quoting=real.QUOTE_ALL)]:
    c.same('bad %r' % bad, lambda: write(real, [['x']], **bad), lambda: write(mine, [['x']], **bad))
c.same('constants', lambda: (real.QUOTE_MINIMAL, real.QUOTE_ALL, real.QUOTE_NONNUMERIC, real.QUOTE_NONE),
       lambda: (mine.QUOTE_MINIMAL, mine.QUOTE_ALL, mine.QUOTE_NONNUMERIC, mine.QUOTE_NONE))
c.same('list_dialects', lambda: real.list_dialects(), lambda: mine.list_dialects())
c.same('excel attrs', lambda: [getattr(real.get_dialect('excel'), a) for a in mine._DIALECT_ATTRS],
       lambda: [getattr(mine.get_dialect('excel'), a) for a in mine._DIALECT_ATTRS])
c.same('unix attrs', lambda: [getattr(real.get_dialect('unix'), a) for a in mine._DIALECT_ATTRS],
       lambda: [getattr(mine.get_dialect('unix'), a) for a in mine._DIALECT_ATTRS])
c.same('unknown dialect', lambda: real.get_dialect('zz'), lambda: mine.get_dialect('zz'))


def custom(module):
    class D(module.Dialect):
        delimiter = '|'
        quotechar = "'"
        doublequote = True
        skipinitialspace = False
        lineterminator = '\n'
        quoting = module.QUOTE_MINIMAL
    module.register_dialect('pipes', D)
    out = write(module, [['a|b', "c'd"]], dialect='pipes')
    out2 = read(module, "x|'y|z'\n", dialect='pipes')
    out3 = write(module, [['a|b']], dialect=D)
    module.unregister_dialect('pipes')
    return out, out2, out3, module.list_dialects()


c.same('custom dialect', lambda: custom(real), lambda: custom(mine))


def dictread(module, text, **kw):
    r = module.DictReader(io.StringIO(text), **kw)
    rows = list(r)
    return rows, r.fieldnames, r.line_num


for t in ['a,b,c\n1,2,3\n4,5\n6,7,8,9\n\n10,11,12\n', '', 'a,b\n', 'x,y\n"1\n2",3\n']:
    for kw in [{}, dict(restkey='rest', restval='?'), dict(fieldnames=['p', 'q'])]:
        c.same('DictReader %r %r' % (t, kw), lambda: dictread(real, t, **kw), lambda: dictread(mine, t, **kw))


def dictwrite(module, rows, **kw):
    f = io.StringIO()
    w = module.DictWriter(f, ['a', 'b'], **kw)
    w.writeheader()
    try:
        w.writerows(rows)
    except ValueError as e:
        return f.getvalue(), str(e)
    return f.getvalue()


for kw in [{}, dict(restval='-'), dict(extrasaction='ignore'), dict(quoting=real.QUOTE_ALL)]:
    for rows in [[{'a': 1, 'b': 2}, {'a': 3}], [{'a': 1, 'c': 3}]]:
        c.same('DictWriter %r %r' % (rows, kw), lambda: dictwrite(real, rows, **kw),
               lambda: dictwrite(mine, rows, **kw))
c.same('DictWriter bad extrasaction', lambda: real.DictWriter(io.StringIO(), ['a'], extrasaction='x'),
       lambda: mine.DictWriter(io.StringIO(), ['a'], extrasaction='x'))

# Random round trip: write with real, read with both; write with both.
rng = random.Random(11)
alphabet = ['a', 'b', ',', '"', '\n', '\r', ' ', '\\', ';', 'x', "'", '\t']
for trial in range(400):
    row_list = [[''.join(rng.choice(alphabet) for _ in range(rng.randrange(5)))
                 for _ in range(rng.randrange(1, 5))] for _ in range(rng.randrange(1, 4))]
    p = rng.choice([{}, dict(quoting=real.QUOTE_ALL), dict(escapechar='\\'),
                    dict(escapechar='\\', doublequote=False), dict(delimiter=';'),
                    dict(quoting=real.QUOTE_NONE, escapechar='\\'), dict(lineterminator='\n')])
    c.same('random write', lambda: write(real, row_list, **p), lambda: write(mine, row_list, **p))
    text = write(real, row_list, **p)[1]
    c.same('random read %r' % text, lambda: read(real, text, **p), lambda: read(mine, text, **p))

ok = c.report()
sys.exit(0 if ok else 1)

# logging: levels, hierarchy, filters, formatters, records, adapters, errors
import logging
import os
import sys

sys.stderr = sys.stdout

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(33),
      logging.getLevelName('NOPE'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(list(logging.getLevelNamesMapping().items())[:3], len(logging.getLevelNamesMapping()))
for bad in ('BOGUS', 1.5, None):
    try:
        logging.getLogger('x').setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# hierarchy with placeholders
c = logging.getLogger('a.b.c')
print(sorted(k for k in logging.root.manager.loggerDict if k.startswith('a')))
print(type(logging.root.manager.loggerDict['a.b']).__name__, c.parent is logging.root)
a = logging.getLogger('a')
print(c.parent is a, a.parent is logging.root)
b = logging.getLogger('a.b')
print(c.parent is b, b.parent is a, logging.getLogger('a.b') is b)
print(a.getChild('b') is b, logging.root.getChild('a') is a, logging.getLogger() is logging.root,
      logging.getLogger('root') is logging.root)
print(repr(c), repr(logging.root))
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
a.addHandler(out)
a.setLevel(logging.INFO)
c.debug('hidden')
c.info('shown %s %d', 'x', 3)
c.log(25, 'notice level')
print(c.getEffectiveLevel(), c.isEnabledFor(10), c.isEnabledFor(20), a.hasHandlers(), c.hasHandlers())
try:
    c.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
c.propagate = False
c.warning('not propagated: goes to lastResort')
print(c.hasHandlers())
c.propagate = True

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2
a.addFilter(logging.Filter('a.b'))      # logger filters apply to records made here only
a.info('from a %d', 1)
c.info('from c %d', 2)
a.removeFilter(a.filters[0])
out.addFilter(OnlyOdd())
for i in range(4):
    c.info('n=%d', i)
out.filters.clear()
out.addFilter(lambda r: 'keep' in r.msg)
c.info('drop me')
c.info('keep me')
out.filters.clear()
f = logging.Filter('a.b')
for n in ('a', 'a.b', 'a.bc', 'a.b.c', 'x'):
    print(n, bool(f.filter(logging.makeLogRecord({'name': n}))), end='; ')
print()

# disable
logging.disable(logging.WARNING)
c.warning('disabled')
c.error('error still shows')
logging.disable(logging.NOTSET)
c.warning('enabled again')
c.disabled = True
c.error('logger disabled')
c.disabled = False

# dict argument, extra, record attributes
c.info('%(who)s is %(age)d', {'who': 'bob', 'age': 7})
rec = []
class Keep(logging.Handler):
    def emit(self, record):
        rec.append(record)
k = Keep()
c.addHandler(k)
def some_function():
    c.info('with extra', extra={'user': 'ann'})
some_function()
r = rec[-1]
print(r.user, r.funcName, r.module, r.filename, r.levelname, r.levelno, r.name, r.args, r.msg)
print(type(r.created).__name__, type(r.msecs).__name__, r.msecs == int(r.msecs), 0 <= r.msecs < 1000,
      r.relativeCreated > 0, r.thread is not None, r.threadName, r.processName, r.process == os.getpid())
print(r.pathname == __file__, r.exc_info, r.exc_text, r.stack_info, r.getMessage())
print(repr(r).startswith('<LogRecord: a.b.c, 20, '), repr(r).endswith(', "with extra">'))
for key in ('message', 'asctime', 'levelname'):
    try:
        c.info('x', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)
c.removeHandler(k)
print(logging.makeLogRecord({'msg': 'hi', 'args': ('a',)}).__dict__['msg'],
      repr(logging.makeLogRecord({'msg': 'hi'})))

# formatters
rec0 = logging.makeLogRecord({'name': 'n', 'msg': 'm %s', 'args': ('x',), 'levelname': 'INFO',
                              'levelno': 20, 'created': 0.0, 'msecs': 5.0})
for fmt, style in (('%(levelname)-8s|%(message)s', '%'), ('{levelname:>8}|{message!r}', '{'),
                   ('$levelname|${message}', '$'), (None, '%'), (None, '{'), (None, '$'),
                   ('%(name)s %(custom)s', '%')):
    fm = logging.Formatter(fmt, style=style, defaults={'custom': 'dflt'})
    print(repr(fm.format(rec0)), fm.usesTime(), fm._fmt)
for fmt, style in (('%(message)', '%'), ('{x y}', '{'), ('{x!q}', '{'), ('{x:zz}', '{'), ('{', '{'),
                   ('abc', '{'), ('$', '$'), ('a $ b', '$'), ('$$', '$'), ('${a b}', '$'),
                   ('x', '#')):
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
for good in ('{a:<10}', '{a:{b}}', '{0}', '{a[0].b}', '{a:*^+#010,.3f}', '{a:.{p}}'):
    logging.Formatter(good, style='{')
print(logging.Formatter('%(asctime)s').usesTime(), logging.Formatter('${asctime}', style='$').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime(), logging.Formatter('{asctime:>5}', style='{').usesTime())
try:
    logging.Formatter('%(nope)s').format(rec0)
except ValueError as e:
    print('ValueError', e)
print(logging.Formatter(validate=False, fmt='plain').format(rec0))
fm = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
print(fm.format(rec0)[4:])
print(fm.formatTime(rec0, '%H') in ('00', '01', '23', '22', '02', '19', '20', '21', '03', '04', '05'))
class MyFmt(logging.Formatter):
    default_msec_format = None
    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__
    def formatStack(self, s):
        return 'STACK'
mf = MyFmt('%(message)s')
print(len(mf.formatTime(rec0)))
try:
    1 / 0
except ZeroDivisionError:
    r2 = logging.makeLogRecord({'msg': 'boom', 'exc_info': sys.exc_info(), 'stack_info': 'si'})
print(mf.format(r2))
print(repr(logging.BufferingFormatter().format([rec0, rec0])), repr(logging.BufferingFormatter().format([])))

# adapters
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs
ad = Adapter(c, {'id': 42})
ad.info('adapted %s', 'arg')
ad.debug('not shown')
print(repr(ad), ad.name, ad.manager is logging.root.manager, ad.isEnabledFor(20), ad.getEffectiveLevel())
ad.setLevel(logging.DEBUG)
ad.debug('now shown')
print(ad.hasHandlers(), logging.LoggerAdapter(c).extra)
print(logging.LoggerAdapter[int])

# handler basics
h = logging.Handler()
print(repr(h), h.name, h.formatter, h.level)
h.set_name('mine')
print(h.name, h.get_name())
h.setLevel('ERROR')
print(repr(h))
try:
    h.emit(rec0)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(repr(logging.NullHandler()), logging.NullHandler().handle(rec0))
class Named:
    name = 'named-stream'
    def write(self, text):
        print('WRITE', repr(text))
    def flush(self):
        print('FLUSH')
sh = logging.StreamHandler(sys.stdout)
print(sh.terminator == '\n', sh.setStream(sys.stdout), sh.setStream(Named()) is sys.stdout, repr(sh))
sh.terminator = '!'
sh.handle(rec0)
print(repr(logging.StreamHandler(Named())), logging.lastResort.level, logging.lastResort.stream is sys.stderr,
      logging.lastResort is logging._defaultLastResort, type(logging.lastResort).__name__)

# setLoggerClass
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('custom.one')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)

# record factory
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.tag = 'T'
    return record
logging.setLogRecordFactory(factory)
out.setFormatter(logging.Formatter('%(tag)s %(message)s'))
c.warning('made by factory')
logging.setLogRecordFactory(old)
print(logging.getLogger('a.b.c').__reduce__()[1], logging.root.__reduce__()[1])

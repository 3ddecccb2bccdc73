# warnings: filters with message/module patterns, actions and registries,
# catch_warnings, custom show/format hooks, stacklevel, explicit warnings
import sys
import warnings

sys.stderr = sys.stdout
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

def emit(text, cat=UserWarning):
    warnings.warn(text, cat)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='.*skip')
    warnings.filterwarnings('error', message='Fatal')
    warnings.filterwarnings('ignore', message=r'num \d+$')
    warnings.filterwarnings('ignore', category=RuntimeWarning, module='__ma')
    warnings.filterwarnings('ignore', message='(alpha|beta)[0-9]?x')
    print(warnings.filters[:5])
    for text in ('please skip', 'SKIP not at start', 'fatal error', 'num 12', 'num 12a',
                 'alpha7x', 'betax', 'gammax', 'keep me'):
        try:
            emit(text)
        except UserWarning as e:
            print('raised', repr(e))
    emit('runtime', RuntimeWarning)
    emit(Warning('plain warning instance'))
    warnings.warn(SyntaxWarning('instance wins'), DeprecationWarning)
    warnings.warn(b"bytes message" if False else "123")
print([(str(w.message), w.category.__name__, w.lineno, w.filename == __file__, w.line, w.file)
       for w in log])
print(str(log[0]))
print(len(warnings.filters))

# actions: default / once / module / always with registries
def repeat(action, n=3):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter(action)
        for i in range(n):
            warnings.warn('same text')          # one call site
        warnings.warn('same text')              # another line
        warnings.warn_explicit('same text', UserWarning, 'other.py', 1, module='other')
    print(action, len(got), [w.lineno for w in got])
for action in ('default', 'once', 'module', 'always', 'ignore'):
    repeat(action)
reg = {}
warnings.warn_explicit('reg', UserWarning, 'r.py', 5, registry=reg)
warnings.warn_explicit('reg', UserWarning, 'r.py', 5, registry=reg)
print(sorted(k for k in reg if k != 'version'), 'version' in reg)
warnings.simplefilter('ignore', append=True)
print(warnings.filters[-1])
warnings.resetwarnings()
print(warnings.filters)

# the shown text, custom hooks
warnings.simplefilter('always')
print(warnings.formatwarning('msg', DeprecationWarning, 'x.py', 1, line='  code()  '), end='')
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'x.py', 1)))
warnings.showwarning('direct', UserWarning, 'd.py', 2)
warnings.showwarning('to stdout', UserWarning, 'd.py', 3, file=sys.stdout, line='the line')
old_format = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: '<%s|%s|%s>\n' % (m, c.__name__, l)
warnings.warn('custom format')
warnings.formatwarning = old_format
old_show = warnings.showwarning
warnings.showwarning = lambda *a: print('custom show', a[0], a[1].__name__, a[4], a[5])
warnings.warn('custom show')
warnings.showwarning = 42
try:
    warnings.warn('bad hook')
except TypeError as e:
    print('TypeError', e)
warnings.showwarning = old_show
with warnings.catch_warnings(record=True) as got:
    warnings.showwarning('recorded directly', UserWarning, 'z.py', 9)
print(len(got), got[0].message, got[0].filename)

# stacklevel
def deep(level):
    warnings.warn('level %d' % level, stacklevel=level)
def middle(level):
    deep(level)
for level in (1, 2, 3, 50):
    middle(level)

# errors and misc
for bad in (5, int, 'x'):
    try:
        warnings.warn('x', bad)
    except TypeError as e:
        print('TypeError', e)
for args in (('bogus',), ('error', 5), ('error', '', int), ('error', '', 3), ('error', '', Warning, 5),
             ('error', '', Warning, '', -1), ('error', '', Warning, '', 1.5)):
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print('AssertionError', e)
try:
    warnings.simplefilter('always', lineno=-2)
except AssertionError as e:
    print('AssertionError', e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError', e)
with warnings.catch_warnings(action='error', category=RuntimeWarning):
    try:
        warnings.warn('as error', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', e)
    warnings.warn('still a warning')
warnings.warn('resource', ResourceWarning, source=object())
print(warnings.WarningMessage('m', None, 'f', 3))
warnings.filters.insert(0, ('strange', None, Warning, None, 0))
try:
    warnings.warn('strange action')
except RuntimeError as e:
    print('RuntimeError', e)
del warnings.filters[0]
warnings.warn_explicit('no module given', UserWarning, 'path/mod.PY', 12)
try:
    warnings.warn_explicit('x', UserWarning, 'a.py', '12')
except TypeError as e:
    print('TypeError', e)
warnings.warn_explicit(UserWarning('from instance'), RuntimeWarning, '', 0)
print('__warningregistry__' in globals())
print(__warningregistry__)
reg = {}
for action in ('default', 'once', 'module', 'ignore', 'always'):
    warnings.simplefilter(action)
    reg = {}
    warnings.warn_explicit('t', UserWarning, 'f.py', 3, registry=reg)
    warnings.warn_explicit('t', UserWarning, 'f.py', 4, registry=reg)
    print(action, reg)
warnings.warn_explicit('o', UserWarning, 'f.py', 3)
print(warnings.onceregistry)
warnings.resetwarnings()
warnings.filterwarnings('error', module='path/mod$')
for fn in ('path/mod.PY', 'path/mod.py', ''):
    try:
        warnings.warn_explicit('x', UserWarning, fn, 1)
    except UserWarning:
        print('error for', fn)
try:
    warnings.warn_explicit('x', UserWarning, None, 1)
except TypeError as e:
    print('TypeError', e)

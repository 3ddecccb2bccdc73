import warnings, sys
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('always shown')
warnings.simplefilter('ignore', UserWarning)
warnings.warn('ignored')
warnings.warn('runtime shown', RuntimeWarning)
warnings.simplefilter('error', RuntimeWarning)
try:
    warnings.warn('now an error', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', repr(e))
warnings.resetwarnings()
warnings.simplefilter('once')
for i in range(3):
    warnings.warn('once only')
    warnings.warn('once only')
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip this one')
warnings.warn('SKIP case-insensitive')
warnings.warn('do not skip')
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2])
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('recorded2', SyntaxWarning)
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename == __file__)
print(len(warnings.filters))
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line text  '), end='')
print(repr(warnings.formatwarning('msg', UserWarning, 'nofile.py', 10)))
def show(message, category, filename, lineno, file=None, line=None):
    print('SHOW', message, category.__name__, lineno)
warnings.showwarning = show
warnings.simplefilter('always')
warnings.warn('via custom showwarning')
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, '_showwarning_orig') else warnings.showwarning
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 42)
warnings.warn_explicit('explicit mod', UserWarning, 'somefile.py', 43, module='m')
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('inside')
    except UserWarning as e:
        print('error inside', e)
warnings.warn('after', stacklevel=1)
sys.stderr.flush()

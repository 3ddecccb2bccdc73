import warnings
warnings.warn('first')
for i in range(3):
    warnings.warn('in loop')
warnings.warn('dep', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn(RuntimeWarning('an instance'))
def f():
    warnings.warn('from f, stacklevel 2', stacklevel=2)
f()
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
class MyWarning(UserWarning):
    pass
warnings.warn('custom', MyWarning)
print('done')

# logging: basicConfig variants, exceptions and stacks, FileHandler,
# handleError output, deprecated warn, captureWarnings, shutdown
import logging
import os
import sys
import warnings

sys.stderr = sys.stdout

for kwargs in ({'stream': sys.stdout, 'filename': 'x.log'},
               {'handlers': [logging.NullHandler()], 'stream': sys.stdout},
               {'style': '?'},
               {'format': '{bad', 'style': '{'}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print('ValueError', e)
print(len(logging.root.handlers))
try:
    logging.basicConfig(stream=sys.stdout, bogus=1, other=2)
except ValueError as e:
    print('ValueError', e)
print([type(h).__name__ for h in logging.root.handlers])
logging.basicConfig(stream=sys.stdout, bogus=1)   # ignored: already configured
logging.basicConfig(stream=sys.stdout, level='DEBUG', force=True,
                    format='%(levelname)s %(funcName)s:%(lineno)d %(message)s')
print(len(logging.root.handlers), logging.root.handlers[0].stream is sys.stdout, logging.root.level)

def fail():
    raise KeyError('missing')

def outer():
    try:
        fail()
    except KeyError:
        logging.exception('caught %s', 'it')
        logging.error('no info', exc_info=False)
    try:
        {}['x']
    except KeyError as e:
        saved = e
    logging.warning('from instance', exc_info=saved)
    logging.info('as tuple', exc_info=(type(saved), saved, saved.__traceback__))
    logging.debug('with stack', stack_info=True)
outer()
logging.exception('no active exception')

def recurse(n):
    if n:
        return recurse(n - 1)
    logging.info('deep', stack_info=True)
recurse(6)

def level2():
    logging.info('reported at caller', stacklevel=2)
level2()

# deprecated warn spellings warn once per call site
for i in range(2):
    logging.warn('module warn %d', i)
    logging.getLogger('w').warn('method warn')
    logging.LoggerAdapter(logging.getLogger('w'), {}).warn('adapter warn')

# captureWarnings (the record's caller is inside warnings: not printed)
logging.root.handlers[0].setFormatter(logging.Formatter('%(levelname)s %(message)s'))
logging.captureWarnings(True)
warnings.warn('captured')
warnings.showwarning('to a file', UserWarning, 'f.py', 3, file=sys.stdout)
logging.captureWarnings(False)
warnings.warn('not captured')
print(logging.getLogger('py.warnings').handlers)

# handleError when emit fails: called directly from this file
class Broken(logging.StreamHandler):
    def emit(self, record):
        try:
            raise RuntimeError('cannot write')
        except Exception:
            self.handleError(record)
br = Broken(sys.stdout)
rec = logging.makeLogRecord({'msg': 'm %s', 'args': ('a',), 'lineno': 9, 'filename': 'f.py'})
br.emit(rec)
class Unprintable:
    def __repr__(self):
        raise ValueError('no repr')
rec2 = logging.makeLogRecord({'msg': Unprintable(), 'args': ()})
br.emit(rec2)
logging.raiseExceptions = False
br.emit(rec)
logging.raiseExceptions = True

# no handlers anywhere and no last resort
orphan = logging.getLogger('orphan')
orphan.propagate = False
saved_last = logging.lastResort
logging.lastResort = None
orphan.error('lost 1')
orphan.error('lost 2')
logging.lastResort = saved_last
orphan.error('goes to last resort')
orphan.info('below last resort level')

# FileHandler
fh = logging.FileHandler('rA_tmp.log', mode='w')
print(os.path.basename(fh.baseFilename), fh.mode, fh.encoding, fh.delay,
      repr(fh).endswith('rA_tmp.log (NOTSET)>'))
fl = logging.getLogger('file')
fl.addHandler(fh)
fl.propagate = False
fl.warning('line one')
fl.error('line two %d', 2)
fh.close()
print(fh.stream)
fl.error('after close')
print(open('rA_tmp.log').read(), end='')
dh = logging.FileHandler('rA_tmp2.log', delay=True)
print(dh.stream, os.path.exists('rA_tmp2.log'))
dh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
fl.addHandler(dh)
fl.critical('delayed')
print(os.path.exists('rA_tmp2.log'))
logging.shutdown()
print(dh.stream, open('rA_tmp2.log').read(), end='')
fb = logging.FileHandler('rA_tmp3.log', 'wb')
print(fb.encoding)
fb.close()
logging.basicConfig(filename='rA_tmp4.log', force=True, filemode='w', format='%(message)s')
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].encoding,
      logging.root.handlers[0].errors)
logging.warning('to file via basicConfig')
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True, style='$',
                    format='$levelname/$message')
print(open('rA_tmp4.log').read(), end='')
logging.error('after force')
for name in ('rA_tmp.log', 'rA_tmp2.log', 'rA_tmp3.log', 'rA_tmp4.log'):
    os.remove(name)
logging.critical('still configured at exit')

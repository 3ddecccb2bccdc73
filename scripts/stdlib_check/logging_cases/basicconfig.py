import logging, sys
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(name)s %(message)s %(levelno)s %(filename)s %(lineno)d %(funcName)s %(module)s', stream=sys.stdout)
logging.debug('dbg')
def f():
    logging.getLogger('x.y').info('in f %s', [1])
f()
class C:
    def m(self):
        logging.getLogger('x').warning('method')
C().m()
logging.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'named level')
logging.getLogger('x').log(logging.ERROR, 'err')
logging.info('dict args %(a)s', {'a': 1})
print(logging.getLogger('x.y').getEffectiveLevel())

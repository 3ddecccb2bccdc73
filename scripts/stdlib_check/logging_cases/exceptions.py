import logging, sys
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(message)s')
def bad():
    return 1 / 0
try:
    bad()
except ZeroDivisionError:
    logging.exception('boom')
try:
    raise ValueError('v')
except ValueError as e:
    logging.getLogger('q').error('with exc_info', exc_info=e)
logging.error('no exc', exc_info=False)

import logging, sys, warnings
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(name)s|%(levelname)s|%(funcName)s|%(message)s')
log = logging.getLogger(__name__)
def work(n):
    log.info('working on %d', n)
    if n == 2:
        log.warning('two!')
for i in range(3):
    work(i)
logging.captureWarnings(True)
warnings.warn('captured warning')
logging.captureWarnings(False)

import logging, sys
logging.basicConfig(format='%(asctime)s %(levelname)s %(message)s', stream=sys.stdout)
logging.warning('time')
logging.basicConfig(format='%(asctime)s', datefmt='%H', force=True, stream=sys.stdout)
logging.warning('hour')

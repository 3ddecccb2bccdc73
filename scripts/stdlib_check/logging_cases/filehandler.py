import logging, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'log.txt')
logging.basicConfig(filename=path, filemode='w', level=logging.INFO, format='%(name)s:%(message)s')
logging.info('to file')
logging.getLogger('z').warning('second')
for h in logging.root.handlers:
    h.flush()
print(open(path).read(), end='')
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].baseFilename == path)
try:
    logging.basicConfig(stream=1, filename='x', force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print('ValueError', e)
logging.basicConfig(force=True, format='%(message)s', level='INFO')
logging.info('after force')
try:
    logging.getLogger().setLevel('NOPE')
except ValueError as e:
    print('ValueError', e)

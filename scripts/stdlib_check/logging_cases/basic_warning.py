import logging
logging.warning('hi %s', 1)
logging.info('not shown')
logging.error('err %d%%', 5)
print(logging.getLogger(), logging.getLogger('a.b'), logging.getLogger('a'))
print(logging.getLogger('a.b').parent, logging.getLogger('a').parent)
print(logging.getLevelName(10), logging.getLevelName('DEBUG'), logging.getLevelName(5), logging.getLevelName('X'))
print(repr(logging.root.handlers[0]))

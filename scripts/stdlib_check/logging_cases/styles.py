import logging, sys
for fmt, style in [('{levelname}:{name}:{message}', '{'), ('$levelname $message', '$'), ('%(message)s!', '%')]:
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger('s' + style)
    lg.addHandler(h)
    lg.warning('msg %s', style)
try:
    logging.Formatter('no fields')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('x', style='?')
except ValueError as e:
    print('ValueError', e)
r = logging.LogRecord('n', 20, '/a/b/c.py', 7, 'hello %s', ('w',), None)
print(r.getMessage(), r.filename, r.module, r.levelname, r.lineno, r)
f = logging.Formatter('%(asctime)s|%(message)s', datefmt='%Y')
print(f.format(r)[4:])
print(logging.Formatter('%(custom)s', defaults={'custom': 'D'}).format(r))
try:
    logging.Formatter('%(nope)s').format(r)
except ValueError as e:
    print('ValueError', e)
lg = logging.getLogger('extra')
lg.addHandler(logging.StreamHandler(sys.stdout))
lg.handlers[0].setFormatter(logging.Formatter('%(user)s %(message)s'))
lg.warning('with extra', extra={'user': 'bob'})
try:
    lg.warning('bad extra', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
print(logging.BASIC_FORMAT, logging.WARN, logging.FATAL)

# SyntaxError and its subclasses built from Python: the details tuple, the
# attributes (None until set), str(), and how an uncaught one prints.
cases = [
    (),
    ('m',),
    ('m', ('f.py', 1, 2, 'x', 1, 3)),
    ('m', ('/a/b/f.py', 3, 2, 'x')),
    ('m', (None, 3, 2, 'x')),
    ('m', ('f', None, 2, 'x')),
    ('a', 'b', 'c'),
    (1, ['f', 1, 2, 'x']),
    ('m', ('f.py', 1, 2, 'x', 5)),
    ('m', 'notuple'),
    ('m', ('f', 1, 2)),
    ('m', 5),
]
for args in cases:
    for cls in (SyntaxError, IndentationError, TabError):
        try:
            e = cls(*args)
        except TypeError as ex:
            print(cls.__name__, 'TypeError:', ex)
            continue
        print(cls.__name__, repr(e), '|', str(e), '|', e.msg, e.filename, e.lineno, e.offset,
              e.text, e.end_lineno, e.end_offset, e.print_file_and_line)

e = SyntaxError('x')
e.msg = 'changed'
e.lineno = 5
print(str(e))
e.filename = 'dir/q.py'
print(str(e))
e.__init__('again')
print(e.msg, e.filename, e.args)
del e.msg
print(e.msg)
try:
    SyntaxError(msg='x')
except TypeError as ex:
    print(ex)
try:
    compile('1 +', 'q.py', 'exec')
except SyntaxError as e:
    print(repr(e), str(e), e.args)

raise IndentationError('m', ('f.py', 1, 5, '   hello world\n', 1, 9))

# A SyntaxError with a details tuple prints CPython's File/text/caret lines;
# without a line number it prints like any other exception.
import sys

e = SyntaxError('bad thing', ('f.py', 1, 2, 'hello world', 1, 5))
try:
    raise e
except SyntaxError as caught:
    print(caught.msg, caught.offset, caught.end_offset)
raise SyntaxError('m', ('f.py', 2, 3, 'ab\ncdef\n', 2, 9))

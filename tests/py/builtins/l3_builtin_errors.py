# Error messages of builtins called wrongly (argument counts, keywords,
# types), as CPython 3.11 words them.
cases = r'''
chr(2**70) | chr(-1) | classmethod() | classmethod(1, 2) | staticmethod() | staticmethod(f=1)
eval() | exec() | globals(1) | locals(1) | sum() | sum([], start='a') | open()
min() | min(x=1) | min([], key=1, default=2, x=3) | max([1], bogus=1) | max(1, 2, default=3)
super(1) | super(1, 2) | __import__(1) | __import__('os', level=-1) | __import__('', level=0)
aiter(1) | aiter() | anext(1) | anext() | anext(1, 2, 3) | anext([])
round(1.5, 10**20) | round(1.5, -10**20) | round(2.5, 10**30)
'''
for line in cases.strip().split('\n'):
    for c in line.split(' | '):
        try:
            r = eval(c)
            print(c, '=>', repr(r)[:60])
        except Exception as e:
            print(c, '=>', type(e).__name__ + ':', e)


class A:
    def __aiter__(self):
        return 5


class B:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


for c in ['aiter(A())', 'aiter(B()).__class__.__name__', 'anext(B())']:
    try:
        print(c, '=>', eval(c))
    except Exception as e:
        print(c, '=>', type(e).__name__ + ':', e)

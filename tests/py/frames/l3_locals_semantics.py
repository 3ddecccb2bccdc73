# locals() in 3.11: one dict per function frame, refreshed on every call;
# exec() without explicit locals writes into it, not into the fast locals.
import sys


def refresh():
    x = 1
    d = locals()
    print(sorted(d))
    y = 2
    d2 = locals()
    print(d is d2, sorted(d))
    del x
    locals()
    print(sorted(d))


def exec_writes():
    x = 1
    exec('y = 5')
    print(sorted(locals().items()))
    try:
        print(y)
    except NameError as e:
        print('NameError:', e)
    exec('x = 2')
    print(x, locals()['x'])
    snapshot = locals()
    exec('x = 3')
    print(x, snapshot['x'])
    print(eval('x + 1'), eval('y'))
    exec('def q(): return 42')
    print(locals()['q']())


def closures():
    a = 1
    def inner():
        b = a + 1
        print(sorted(locals().items()))
        return b
    inner()
    print(sorted(locals()))
    def setter():
        nonlocal a
        a = 7
        print(sorted(locals().items()))
    setter()
    print(a, locals()['a'])


def frame_locals():
    x = 1
    fr = sys._getframe()
    fl = fr.f_locals
    print(fl is locals(), sorted(fl))
    z = 3
    print(sorted(fl), sorted(fr.f_locals), fl is fr.f_locals)
    exec('w = 4')
    print(sorted(fr.f_locals))
    del z
    print(sorted(fr.f_locals))


def arguments(a, *args, **kw):
    print(locals())
    print(vars())
    print(dir())


def in_generator():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())


def comprehensions():
    print([sorted(locals()) for i in range(2)])
    print({k: 1 for k in locals()})


refresh()
exec_writes()
closures()
frame_locals()
arguments(1, 2, k=3)
print(list(in_generator()))
comprehensions()
print((lambda a: locals())(5))


class C:
    a = 1
    print(sorted(locals()), locals() is vars())
    b = [x for x in range(3)]
    print(sorted(locals()))


print(locals() is globals(), vars() is globals())

# sys.getrefcount of constants in a script: CPython's parser keeps every
# constant of the source it runs alive until the run ends (one reference
# more than in an imported module); exec() of a string does the same,
# exec() of a compiled code object does not. Interned strings do not count
# the intern table's references.
import sys
rc = sys.getrefcount

a = 1000
print("int constant in a global", rc(a))
b = 'hello world'
print("str constant in a global", rc(b))
c = 3.25
print("float constant in a global", rc(c))
print("literals passed directly", rc(12345), rc(2.75), rc(b'raw bytes'), rc((1, 2)), rc('two words'))
d = 10.5 * 2
print("folded constant", rc(d))
e = 'abc' * 50
print("folded repetition", rc(e))
t = (7, 'x y', 8.5)
print("tuple constant and its item", rc(t), rc(t[1]))


def f():
    s = 'only in f'
    i = 4321
    return rc(s), rc(i), rc(1000)


print("constants in a function", f())
print("shared with the module", rc(a))
lst = [1000, 1000]
print("list of equal constants", rc(lst[0]))


def g(x=98765):
    return rc(x)


print("default value", g())
exec("q = 'exec text!'\nprint('exec of a string', rc(q))")
exec(compile("q2 = 'compiled text!'\nprint('exec of a code object', rc(q2))", "<x>", "exec"))
print("eval", eval("rc(4567)"), eval(compile("rc(4568)", "<y>", "eval")))
n = 'ident_like'
print("identifier-like str constant", rc(n))
s = sys.intern('runtime' + str(len(b)))
print("sys.intern of a runtime str", rc(s))
del a
print("after del of a sharing name", rc(lst[0]))

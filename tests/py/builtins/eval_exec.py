print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("y = 10\ndef f(): return y + 1", ns)
print(ns["y"], ns["f"]())
exec("print('exec prints', 5)")
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
loc = {}
exec("z = 3", None, loc)
print(loc)
print(eval("__name__"), eval("abs(-1)", {}))

import inspect
import sys

def show(fi):
    print(fi.function, fi.lineno, fi.filename == __file__, fi.code_context, fi.index, fi.positions)

def callee():
    frame = inspect.currentframe()
    print(frame is sys._getframe(), frame.f_code.co_name)
    st = inspect.stack()
    for fi in st:
        show(fi)
    print(st[0].frame is frame, st[0][3], len(st[0]))
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context, info.positions)
    print(inspect.getframeinfo(frame.f_back, context=3).code_context)
    return st

def caller():
    return callee()

stack = caller()
print([f.function for f in stack])
print(inspect.isframe(stack[0].frame), inspect.iscode(stack[0].frame.f_code), inspect.isfunction(caller))
print(inspect.isgeneratorfunction(caller), inspect.isclass(int), inspect.ismodule(sys))

def raiser():
    raise ValueError("x")
try:
    raiser()
except ValueError:
    for fi in inspect.trace():
        show(fi)
print(inspect.getouterframes(inspect.currentframe())[0].function)
print(inspect.cleandoc("""
    Title.

      indented
    end
"""))

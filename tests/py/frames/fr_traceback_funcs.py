import sys
import traceback

def fail(d):
    return d["missing"] + 1

def middle(n):
    x = [1, 2, 3]
    return fail({}) if n else x[10]

def top(n):
    return middle(n)

def clean(text):
    return text.replace(__file__, "FILE")

try:
    top(1)
except KeyError as e:
    tb = e.__traceback__
    print(len(traceback.extract_tb(tb)))
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
    print(clean("".join(traceback.format_tb(tb))))
    print(clean("".join(traceback.format_tb(tb, limit=2))))
    print(clean("".join(traceback.format_exception(e, limit=1))))
    print(clean("".join(traceback.format_exception(type(e), e, tb, chain=False))))
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
    print([ln for _, ln in traceback.walk_tb(tb)])
    te = traceback.TracebackException.from_exception(e)
    print(clean("".join(te.format())))
    print(list(te.format_exception_only()))
    print(te.stack[-1].name, te.exc_type.__name__)
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_locals["n"], sorted(tb.tb_next.tb_frame.f_locals))

try:
    top(0)
except IndexError:
    print(clean(traceback.format_exc()))
    print(clean(traceback.format_exc(limit=-1)))

def stack_here():
    return traceback.extract_stack()

def stack_user():
    return stack_here()

s = stack_user()
print([(f.name, f.lineno) for f in s])
print(clean("".join(traceback.format_list(s))))
print(clean("".join(traceback.format_stack(limit=1))))

def walker():
    return [(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(None)]
def call_walker():
    return walker()
print(call_walker())

summ = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1)
print(type(summ).__name__, len(summ), summ[0].name)
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, fs.line, tuple(fs), fs == ("f.py", 3, "fn", "x = 1"))

def chained():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise ValueError("bad value") from exc
try:
    chained()
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))))
    print(clean("".join(traceback.TracebackException.from_exception(e).format(chain=False))))

sys.stderr = sys.stdout
try:
    top(1)
except KeyError:
    traceback.print_exc(limit=2)
    traceback.print_exc()
def printer():
    traceback.print_stack()
printer()
traceback.print_exception(ValueError("only"))

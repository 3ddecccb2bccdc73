# An uncaught exception group: nested box format with tracebacks and notes.
def f():
    raise ValueError("bad")


def g():
    excs = []
    for i in range(2):
        try:
            f()
        except ValueError as e:
            excs.append(e)
    try:
        raise TypeError("inner")
    except TypeError as e:
        excs.append(ExceptionGroup("nested", [e, KeyError("k")]))
    e = ExceptionGroup("many", excs)
    e.add_note("a note\nwith two lines")
    raise e


print("start")
g()

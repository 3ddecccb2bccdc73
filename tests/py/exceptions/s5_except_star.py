import sys
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(pad + type(eg).__name__, repr(eg.message), len(eg.exceptions))
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(pad + repr(eg))

# basic split
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("caught values:"); show(e)
    print("exc_info is the match:", sys.exc_info()[1] is e)
except* TypeError as e:
    print("caught types:"); show(e)
print("after, e defined?", "e" in dir())

# unhandled rest re-raised
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:"); show(rest)

# naked exception gets wrapped
try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:"); show(e)

# naked, no match: propagates unchanged
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as k:
    print("naked unmatched propagates", repr(k))

# raise inside except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as g:
    print("combined:"); show(g)
    print(repr(g.exceptions[0].__context__)[:40])

# bare raise re-raises the matched part
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("reraised:"); show(g)

# tuple of types, else, finally
for exc in [None, ExceptionGroup("x", [OSError(1)])]:
    try:
        if exc:
            raise exc
    except* (OSError, KeyError) as e:
        print("oserror/keyerror", type(e).__name__)
    else:
        print("else ran")
    finally:
        print("finally ran")

# nested groups
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
except* ValueError as e:
    print("nested values:"); show(e)
except* TypeError as e:
    print("nested types:"); show(e)

# invalid types
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as t:
        print("TypeError:", t)

# handler raising in naked case
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("x")
except KeyError as k:
    print("naked handler raise", repr(k))
except ExceptionGroup as g:
    print("eg"); show(g)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        return_value = 5
    return return_value
print(f())

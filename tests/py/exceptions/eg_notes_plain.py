# PEP 678 notes on ordinary exceptions.
e = ValueError("x")
print(hasattr(e, "__notes__"))
e.add_note("hello")
e.add_note("world")
print(e.__notes__, e.__dict__)
class S(str):
    pass
e.add_note(S("sub"))
print(type(e.__notes__[-1]).__name__)
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as ex:
        print(ex)
for call in (lambda: e.add_note(), lambda: e.add_note("a", "b"), lambda: e.add_note(note="a")):
    try:
        call()
    except TypeError as ex:
        print(ex)
e2 = ValueError()
e2.__notes__ = ("t",)
try:
    e2.add_note("q")
except TypeError as ex:
    print(ex)
del e2.__notes__
e2.add_note("fresh")
print(e2.__notes__)


def fail():
    try:
        {}["missing"]
    except KeyError as k:
        k.add_note("while looking up 'missing'")
        k.add_note("second\nnote")
        k.add_note("")
        raise
fail()

class Timer:
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False
with Timer() as t:
    print(type(t).__name__)
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("b") as n:
    with tag("i"):
        print("text", n)
with suppress(KeyError):
    {}["x"]
print("suppressed")
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("got", e)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)

def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
g = worker()
next(g)
g.send(1)
print(g.throw(ValueError("bad")))
next(g)
g.close()
print(g.gi_frame is None)
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def once():
    yield 1
o = once()
try:
    o.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)

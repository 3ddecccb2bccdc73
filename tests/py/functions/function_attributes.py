def f(a, b=2, *c, d, e=5, **g):
    "doc"
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name)
f.custom = "attr"
print(f.custom, sorted(f.__dict__))
class K:
    def m(self):
        def inner():
            pass
        return inner
print(K.m.__qualname__, K().m().__qualname__)
print(callable(f), type(f).__name__)

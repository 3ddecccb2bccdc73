"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        "Method doc."
print(__doc__)
print(f.__doc__, C.__doc__, C.m.__doc__)
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)

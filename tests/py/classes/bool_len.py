class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Empty()), bool(Full()), bool(Truthy()), len(Truthy()))
if not Empty():
    print("empty is falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Plain:
    pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print(e)

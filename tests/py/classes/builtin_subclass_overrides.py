# Subclasses of builtin containers that override the item and length
# protocols must be dispatched to their overrides, never to the fast paths.
class L(list):
    def __getitem__(self, i):
        return ("L.getitem", i)
    def __setitem__(self, i, v):
        print("L.setitem", i, v)
    def __len__(self):
        return 42

l = L([1, 2, 3])
print(l[0], l[-1])
l[1] = "x"
print(len(l), list.__len__(l), list.__getitem__(l, 1))

class T(tuple):
    def __len__(self):
        return 7
    def __getitem__(self, i):
        return "T" + str(i)

t = T((1, 2))
print(len(t), t[0], tuple.__len__(t))

class D(dict):
    def __len__(self):
        return -0 + 99

print(len(D(a=1)))

class It(tuple):
    def __iter__(self):
        return iter(("a", "b"))

x, y = It((1, 2))
print(x, y)

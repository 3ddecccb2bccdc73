a = b = c = []
a.append(1)
print(a, b, c)
class O: pass
o = O()
o.x = o.y = 3
print(o.x, o.y)
l = [0, 0, 0, 0, 0]
l[1] = 'one'
l[2:4] = ['a', 'b', 'c']
print(l)
l[::2] = [9, 9, 9]
print(l)
d = {}
d['a'], d['b'] = 1, 2
print(d)
i = 0
l = [10, 20, 30]
i, l[i] = 1, 99
print(i, l)
x: int = 5
y: list
print(x, 'y' in dir())
del l[0], d['a']
print(l, d)

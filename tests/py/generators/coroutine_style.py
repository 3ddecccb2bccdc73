def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 30, 5):
    print(a.send(v))
def grep(pattern):
    print("looking for", pattern)
    while True:
        line = yield
        if pattern in line:
            print("match:", line)
g = grep("py")
next(g)
for line in ("python", "rust", "pyrite"):
    g.send(line)
g.close()

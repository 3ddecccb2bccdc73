import os
path = "_tmp_open_test.txt"
with open(path, "w") as f:
    print(f.write("line one\nline two\n"), f.name, f.mode, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(list(f))
with open(path, "a") as f:
    f.write("three\n")
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__)
with open(path) as f:
    print([line.rstrip() for line in f])
os.remove(path)
try:
    open("_definitely_missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)

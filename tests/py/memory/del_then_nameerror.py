x = [1, 2, 3]
y = x
del x
print(y)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())

x = 1
def read():
    return x
def write():
    global x
    x = 2
print(read()); write(); print(read(), x)
def shadow():
    x = 99
    return x
print(shadow(), x)
print(__name__)

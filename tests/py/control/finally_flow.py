def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return i
print(f3())
def f4():
    try:
        1 / 0
    finally:
        return "swallowed"
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    while True:
        try:
            break
        finally:
            print("f6 finally on break")
    return "done"
print(f6())

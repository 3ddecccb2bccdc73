def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = resource()
print(next(g))
del g
print("after del")
for x in resource():
    print("loop", x)
    break
print("after break")

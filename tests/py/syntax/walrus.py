if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("v", v)
print((total := sum(data)), total)
def f():
    [last := i for i in range(4)]
    return last
print(f())

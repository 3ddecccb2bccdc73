def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 <= 2 < 3 != 4 > 0)
print(1 == 1.0, [1] == [1], (1, 2) < (1, 3), "abc" < "abd")
print([1, 2] < [1, 2, 0], (2,) > (1, 99), "Z" < "a")
a = b = c = 5
print(a == b == c, a < b, a <= b)
print(None == None, None != 0, 0 == False, "" == False)

x = 5
x is 5
x is not "a"
assert (x, "m")

1 / 0
undefined_name
int("abc")
def f():
    return g()

f()
1 +
print("still running")
if 1:

  print(5)

def h():
    return 5
h()
(1,
2

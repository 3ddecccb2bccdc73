def h():
  return 5
h()

h()
a = 1; b = 2
a, b
if a:
  print("if")
# a comment
else:
  print("else")

if a:
  print("one")

else:
  print("two")

@staticmethod
def g():
  pass
print("after")

def k():
  x = 1

  return x

class C:
  pass
C()

print("end")

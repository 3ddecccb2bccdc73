a = 1; b = 2; print(a + b)
if a: pass
class Empty: pass
def nothing(): ...
print(nothing(), Empty.__name__)
for i in range(3): print(i, end=" ")
print()
while False: pass
else: print("else ran")

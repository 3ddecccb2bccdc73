1 + 2
x = 10
x * 2
_
None
print("hello")
'a' * 3
[i * i for i in range(5)]
for i in range(3):
    print(i)

def square(n):
    return n * n

square(7)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

Point(1, 2)
if x > 5: print("big")

x = 1; y = 2; x + y

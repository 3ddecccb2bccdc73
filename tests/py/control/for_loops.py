for c in "abc":
    print(c, end="")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k in {'x': 1, 'y': 2}:
    print(k)
for i in range(5):
    if i == 3:
        break
else:
    print("no")
for i in []:
    print("never")
else:
    print("empty for-else")
for i, j in [(1, 2), (3, 4)]:
    print(i + j)
for x in range(3):
    for y in range(3):
        if y == 1:
            continue
        if x == 2:
            break
        print(x, y)
print("after loops", x, y)

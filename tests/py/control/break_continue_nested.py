found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
out = []
for i in range(6):
    if i % 2:
        continue
    j = 0
    while j < i:
        j += 1
        if j == 3:
            break
    out.append((i, j))
print(out)

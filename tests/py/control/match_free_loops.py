# Loop variable scoping and range edge cases
for i in range(0):
    pass
print('i' in dir())
for i in range(3):
    pass
print(i)
print(list(range(5, 0)), list(range(-3)), list(range(0, 10, 4)), list(range(3, -4, -2)))
total = 0
for i in range(1, 101):
    total += i
print(total)
acc = []
for ch in reversed("abc"):
    acc.append(ch)
print(acc)

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print(i)
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while k < 10:
    if k == 2:
        break
    k += 1
else:
    print("not printed")
print("k", k)

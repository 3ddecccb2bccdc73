x = 5
for i in range(2):
    print(i, x)

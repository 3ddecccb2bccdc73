  x = 1
if 1:
print(2)

if 1:

for i in range(2):
    print(i)
  print(i)

print("ok")

total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # trailing comment
    3,
]
print(items)
result = (1
          + 2
          * 3)
print(result)
print("a"
      "b"
      "c")
d = {'x': 1,
     'y': 2}
print(d)
if (total > 1 and
        total < 10):
    print("in range")

print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)})
print(sorted({x % 3 for x in range(10)}))
print(list(x + 1 for x in range(3)), sum(x for x in range(101)))
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row])
print([row[i] for i in range(2) for row in matrix])
x = "outer"
print([x for x in "ab"], x)
print({k: v for k, v in zip("abc", range(3)) if v})
print([c.upper() if c in "aeiou" else c for c in "banana"])

import copy
inner = [1, 2]
outer = [inner, inner]
shallow = list(outer)
deep = copy.deepcopy(outer)
inner.append(3)
print(outer, shallow, deep)
print(shallow[0] is inner, deep[0] is inner, deep[0] is deep[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)

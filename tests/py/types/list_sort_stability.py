records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)))
nums = [5, -2, 3, -8, 0]
nums.sort(key=abs)
print(nums)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(2), K(1), K(3)]), min([K(2), K(1)]), max([K(2), K(5)]))
try:
    [3, 1].sort(key=lambda x: None)
except TypeError as e:
    print(e)

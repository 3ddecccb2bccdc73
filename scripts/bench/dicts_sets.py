"""Dictionary and set work: counting, lookups, set algebra."""
def count_pairs(n):
    counts = {}
    for i in range(n):
        key = (i * 7919) % 1009
        counts[key] = counts.get(key, 0) + 1
    return len(counts), max(counts.values())

def string_keys(n):
    d = {}
    for i in range(n):
        d["k" + str(i)] = i
    total = 0
    for i in range(0, n, 3):
        total += d["k" + str(i)]
    return total

def sets(n):
    a = set(range(0, n, 2))
    b = set(range(0, n, 3))
    return len(a & b), len(a | b), len(a - b), len({x % 1000 for x in a ^ b})

print("pairs", count_pairs(1500000))
print("strkeys", string_keys(400000))
print("sets", sets(1500000))

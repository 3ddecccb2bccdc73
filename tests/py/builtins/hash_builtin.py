print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(1.5), hash(2**61), hash(2**61 - 1), hash(-2))
print(hash(None) == hash(None), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(3.0) == hash(3), hash(float("inf")), hash(10**20))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)

try:
    x = [0] * 10**12
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    s = "ab" * 10**15
except MemoryError as e:
    print("MemoryError for str")
try:
    [0] * (2**63)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print("still alive")

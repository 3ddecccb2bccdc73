def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
def find(haystack, needle):
    for i, x in enumerate(haystack):
        if x == needle:
            print("found at", i)
            break
    else:
        print("not found")
find("hello", "l")
find("hello", "z")

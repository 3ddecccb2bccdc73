import sys
print()
print(1, "a", None, [1], sep="|")
print("no newline", end="")
print(" -- continued")
print(*range(5), sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
print("x", "y", sep="")
print("flush", flush=True)
try:
    print(sep=5)
except TypeError as e:
    print(e)
print(end="")
print("tab\tand\\backslash")

"""String building: concatenation, join, formatting, methods."""
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

def words(n):
    parts = []
    for i in range(n):
        parts.append(f"w{i:05d}-{i * 7 % 13:x}")
    text = " ".join(parts)
    return text.upper().count("W0"), len(text.split()), text.replace("-", "+").find("+c")

total = 0
for _ in range(20):
    total += len(build(50000))
print("built", total)
print("words", words(300000))
print("fmt", sum(len("%d:%s:%.2f" % (i, "x" * (i % 5), i / 3)) for i in range(200000)))

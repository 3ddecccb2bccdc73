def numbers():
    for i in range(1, 6):
        print("produce", i)
        yield i
def squares(seq):
    for s in seq:
        print("square", s)
        yield s * s
pipe = squares(numbers())
print("built")
for v in pipe:
    print("consume", v)
    if v > 5:
        break

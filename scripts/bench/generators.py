"""Generators: pipelines, generator expressions, yield from."""
def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def chain(*its):
    for it in its:
        yield from it

total = sum(squares(evens(numbers(1500000))))
total += sum(x for x in chain(range(500000), numbers(500000)) if x % 3)
total += sum(1 for _ in chain(*(numbers(1000) for _ in range(500))))
print("generators checksum", total)

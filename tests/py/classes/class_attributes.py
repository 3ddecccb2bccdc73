class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a, b = Counter(), Counter()
print(Counter.count, a.count, a.items is b.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print(sorted(k for k in Counter.__dict__ if not k.startswith('__')))
print(vars(a), a.__dict__)
print(a.__class__.__name__, Counter.__class__.__name__)

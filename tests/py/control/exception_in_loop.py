results = []
for x in [1, 0, 2, 'a', 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append('div0')
        continue
    except TypeError:
        results.append('type')
        break
    finally:
        results.append('f')
print(results)
def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
print(first_even([1, 3, 4, 5]))

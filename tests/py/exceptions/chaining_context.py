try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden context") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

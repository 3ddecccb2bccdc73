try:
    raise ExceptionGroup("several", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    print(eg, [repr(e) for e in eg.exceptions])
    print(eg.message, len(eg.exceptions))

def f(items):
    for x in items:
        try:
            pass
        except* ValueError:
            continue

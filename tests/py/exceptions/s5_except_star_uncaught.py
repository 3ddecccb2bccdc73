def work():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), KeyError("c")])

def handle():
    try:
        work()
    except* ValueError:
        print("values handled")
    except* TypeError as e:
        raise RuntimeError("converted") from e

handle()

def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print("zero division")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("ok", r)
    finally:
        print("finally")
attempt(lambda: 1 / 0)
attempt(lambda: {}['k'])
attempt(lambda: [][1])
attempt(lambda: int('x'))
attempt(lambda: 42)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("err was deleted:", e)

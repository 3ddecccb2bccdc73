def g():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("caught inner", e)
            raise ValueError("from handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught outer", e, type(e.__context__).__name__)
    finally:
        print("outer finally")
g()
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
except TypeError as e:
    print("propagated", e)
try:
    raise RuntimeError("a")
except RuntimeError:
    try:
        raise
    except RuntimeError as e:
        print("re-raised", e)

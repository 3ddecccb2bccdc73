def check(exc, *handlers):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return "value/type " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in (ValueError(), TypeError(), KeyError(), IndexError(), OSError(), UnicodeError()):
    print(check(exc))
try:
    try:
        raise KeyError("k")
    except ValueError:
        print("nope")
    finally:
        print("finally before propagation")
except KeyError:
    print("outer caught")

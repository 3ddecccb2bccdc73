try:
    [][0]
except IndexError:
    raise LookupError("nothing here") from None

print("running _sub")
counter = globals().get("counter", 0) + 1

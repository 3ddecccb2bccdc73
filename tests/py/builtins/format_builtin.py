print(format(42), format(42, "05d"), format(3.14159, ".2f"), format("s", ">5"), format(255, "x"), format(1e6, ","))
print(format(0.5, "%"), format(12345.678, "e"), format(-3, "+d"), format(3, " d"), format(True, "d"))
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)

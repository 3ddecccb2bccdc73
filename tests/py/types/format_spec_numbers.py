for spec in ("", "d", "5d", "<5d", "^5d", ">+5d", "x", "#X", "o", "b", ",", "_", "08,d", "e", ".2f", "g", "%"):
    try:
        print(repr(spec), repr(format(1234, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ("", ".3", ".3f", "10.2e", "g", ".10g", "%", ".1%", "+.1f", " .1f", ",.2f", "010.2f", "E", "G", "n"):
    print(repr(spec), repr(format(-1234.5678, spec)), repr(format(0.0001234, spec)))
print(format(float("inf"), "f"), format(float("nan"), "e"), format(-0.0, ".1f"), format(1e100, "g"), format(1e-7, ""))

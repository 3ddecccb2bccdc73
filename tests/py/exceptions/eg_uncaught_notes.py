# Notes in group tracebacks; SyntaxError and multi-line messages inside boxes.
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    se = e
e1 = ValueError("line1\nline2")
e1.add_note("n1\nn2\n")
e1.add_note("")
e1.__notes__.append(3)
e2 = TypeError("t")
e2.__notes__ = "abc"
e3 = KeyError("k")
e3.__notes__ = [ValueError("x"), "crlf\r\nnext"]
e4 = OSError(2, "No such file", "f.txt")
e4.__notes__ = 42
try:
    raise BaseExceptionGroup("g", [se, e1, e2, e3, e4, KeyboardInterrupt()])
except BaseExceptionGroup as g:
    g.add_note("group note")
    raise

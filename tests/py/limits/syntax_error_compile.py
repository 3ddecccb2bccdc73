cases = ["x = = 1", "def f(:", "1 +", "a b", "print 'x'", "x = (1,", "return 5", "f(**a, *b)",
         "del 1", "(a, b) += 1", "if x\n  pass", "lambda: (yield)", "'abc", "x = 5 +* 3",
         "for x in range(3):\nbreak_outside = 1\nbreak", "nonlocal q", "def g():\n  x = 1\n  global x"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) {src!r}")

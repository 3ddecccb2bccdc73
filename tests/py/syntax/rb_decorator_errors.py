# Where CPython reports a decorator left without a def/class: on its
# ENDMARKER (last line, offset 0) or the DEDENT that follows.
cases = [
    "def d(f): return f\n@d\n",
    "@d",
    "@d\n",
    "@d\n\n",
    "@d\n# c\n",
    "@d\nx = 1\n",
    "@d\n@e\n",
    "@d\ndef",
    "@d\n   \n",
    "class A:\n  @d\n",
    "if 1:\n  @d\nx=1\n",
    "if 1:\n  @d\n\nx=1\n",
    "if 1:\n    if 2:\n        @d\n    x=1\n",
    "def f():\n  @d\n# c\n",
]
for src in cases:
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno)

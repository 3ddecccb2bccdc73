#!/usr/bin/env python3
"""Hostile-input sweep: generates malformed and extreme programs, runs each
under pyrite and python3, and reports panics (``panicked at`` in stderr, or
exit status 101/134/139/killed by a signal) and output differences.

    python3 scripts/hostile_sweep.py [--pyrite PATH] [--python python3] [-v]

Exit status 1 when pyrite panicked on any input. Differences are listed but
do not fail the sweep (many are known: see tests/py/known_differences.txt).
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def programs():
    """(name, source) pairs; sources are str (written as UTF-8) or bytes."""
    p = []
    for n in (100, 1000, 2998, 2999, 5969, 5970, 6000, 20000):
        p.append((f"unary-minus-{n}", "-" * n + "1\n"))
        p.append((f"eval-unary-minus-{n}", f"eval('-' * {n} + '1')\n"))
    for n in (199, 200, 201, 1000):
        p.append((f"parens-{n}", "(" * n + "1" + ")" * n + "\n"))
        p.append((f"lists-{n}", "[" * n + "]" * n + "\n"))
        p.append((f"calls-{n}", "f(" * n + ")" * n + "\n"))
        p.append((f"open-parens-{n}", "(" * n + "\n"))
        p.append((f"close-parens-{n}", ")" * n + "\n"))
        p.append((f"lambda-parens-{n}", "(lambda: " * n + "1" + ")" * n + "\n"))
        p.append((f"tuple-parens-{n}", "(1," * n + ")" * n + "\n"))
    for n in (1000, 2984, 2985, 3000):
        p.append((f"power-{n}", "x = 1\nx" + "**x" * n + "\n"))
        p.append((f"lambda-{n}", "lambda: " * n + "1\n"))
        p.append((f"not-{n}", "not " * n + "1\n"))
        p.append((f"ifelse-{n}", "a if b else " * n + "1\n"))
    for n in (1000, 100000):
        p.append((f"plus-chain-{n}", "x = 1\nx" + "+x" * n + "\n"))
        p.append((f"attr-chain-{n}", "x" + ".a" * n + "\n"))
        p.append((f"subscript-chain-{n}", "x" + "[0]" * n + "\n"))
        p.append((f"call-chain-{n}", "x" + "()" * n + "\n"))
        p.append((f"and-chain-{n}", "x = 1\nx" + " and x" * n + "\n"))
        p.append((f"compare-chain-{n}", "x = 1\nx" + " < x" * n + "\n"))
        p.append((f"string-concat-{n}", "x = " + "'a' " * n + "\n"))
        p.append((f"tuple-{n}", "x = (" + "1," * n + ")\nprint(len(x))\n"))
        p.append((f"dict-{n}", "x = {" + ",".join(f"{i}:{i}" for i in range(n)) + "}\nprint(len(x))\n"))
    for n in (99, 100, 101):
        src = "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"
        p.append((f"indent-{n}", "x = 0\n" + src))
    p += [
        ("huge-int", "x = " + "9" * 5000 + "\nprint(x % 7)\n"),
        ("huge-int-str", "x = int('" + "9" * 5000 + "')\n"),
        ("huge-int-4301", "x = " + "1" * 4301 + "\n"),
        ("huge-float", "print(" + "9" * 400 + ".0)\n"),
        ("huge-exp", "print(1e999999999999999999, 1e-99999999999999)\n"),
        ("huge-hex", "print(0x" + "f" * 3000 + " % 1000)\n"),
        ("huge-str", "x = '" + "a" * 1000000 + "'\nprint(len(x))\n"),
        ("long-line-ops", "x = 1" + " + 1" * 50000 + "\nprint(x)\n"),
        ("long-line-minus", "x = 1" + " - -1" * 30000 + "\nprint(x)\n"),
        ("shift-huge", "print(1 << 10**10)\n"),
        ("pow-huge", "print(len(str(10 ** 100000)))\n"),
        ("decorator-eof", "def d(f): return f\n@d\n"),
        ("decorator-eof-nonl", "@d"),
        ("decorator-in-class-eof", "class A:\n  @d\n"),
        ("decorator-dedent", "if 1:\n  @d\nx = 1\n"),
        ("lone-backslash", "\\"),
        ("backslash-eof", "x = 1 + \\\n"),
        ("backslash-space", "x = 1 + \\ \n2\n"),
        ("unterminated-triple", "'''abc\n"),
        ("unterminated-string", "'abc\n"),
        ("unterminated-fstring", "f'{x\n"),
        ("fstring-nested", "x = 1\nprint(f'{f\"{f'{x}'}\"}')\n"),
        ("fstring-empty", "f'{}'\n"),
        ("fstring-backslash", "f'{\"\\n\"}'\n"),
        ("fstring-deep-spec", "x = 1\nprint(f'{x:{x}{x}}')\n"),
        ("fstring-bang", "f'{x!}'\n"),
        ("fstring-bad-conv", "f'{x!z}'\n"),
        ("fstring-eq", "x = 1\nprint(f'{x = }')\n"),
        ("nul-byte", b"x = 1\x00\n"),
        ("bad-utf8", b"x = '\xff\xfe'\n"),
        ("bom", b"\xef\xbb\xbfprint(1)\n"),
        ("cr-only", b"x = 1\rprint(x)\r"),
        ("crlf", b"x = 1\r\nprint(x)\r\n"),
        ("tab-space-mix", "if 1:\n\tx = 1\n        y = 2\n"),
        ("formfeed", "\x0cx = 1\nprint(x)\n"),
        ("only-comment", "# nothing\n"),
        ("empty", ""),
        ("only-spaces", "    "),
        ("only-newlines", "\n\n\n"),
        ("unicode-ident", "é = 1\nprint(é)\n"),
        ("bad-ident-char", "x€ = 1\n"),
        ("emoji", "x = '😀'\nprint(len(x))\n"),
        ("bad-escape-N", "'\\N{NOT A NAME}'\n"),
        ("bad-escape-x", "'\\x4'\n"),
        ("bytes-nonascii", "b'é'\n"),
        ("star-alone", "*a\n"),
        ("double-star-assign", "**a = 1\n"),
        ("walrus-bad", "(a.b := 1)\n"),
        ("assign-literal", "1 = x\n"),
        ("del-call", "del f()\n"),
        ("return-outside", "return 1\n"),
        ("yield-outside", "yield 1\n"),
        ("await-outside", "await x\n"),
        ("break-outside", "break\n"),
        ("nonlocal-module", "nonlocal x\n"),
        ("global-after-use", "def f():\n x = 1\n global x\n"),
        ("dup-arg", "def f(a, a): pass\n"),
        ("default-order", "def f(a=1, b): pass\n"),
        ("kw-repeat", "f(a=1, a=2)\n"),
        ("pos-after-kw", "f(a=1, 2)\n"),
        ("lambda-default-order", "lambda a=1, b: 0\n"),
        ("many-args", "def f(" + ",".join(f"a{i}" for i in range(300)) + "): return a299\nprint(f(*range(300)))\n"),
        ("many-locals", "def f():\n" + "".join(f" v{i} = {i}\n" for i in range(5000)) + " return v4999\nprint(f())\n"),
        ("many-nested-funcs", "".join(" " * i + f"def f{i}():\n" for i in range(50)) + " " * 50 + "pass\nprint(1)\n"),
        ("deep-try", "".join(" " * i + "try:\n" for i in range(30)) + " " * 30 + "pass\n" + "".join(" " * i + "finally: pass\n" for i in reversed(range(30)))),
        ("many-elifs", "x = 3\nif x == 0: pass\n" + "".join(f"elif x == {i}: print({i})\n" for i in range(1, 3000))),
        ("match-stmt", "match x:\n  case 1: pass\n"),
        ("except-star", "try:\n pass\nexcept* E:\n pass\n"),
        ("recursion-repr", "l = []\nl.append(l)\nprint(l)\n"),
        ("deep-list-repr", "x = []\nfor i in range(100000): x = [x]\nprint(len(repr(x)) > 0)\n"),
        ("deep-dict-eq", "a = b = {}\nfor i in range(100000):\n a = {1: a}\n b = {1: b}\nprint(a == b)\n"),
        ("recursion-limit", "def f(): f()\nf()\n"),
        ("recursion-str", "class A:\n def __str__(self): return str(self)\nstr(A())\n"),
        ("mul-memory", "[0] * 10**12\n"),
        ("str-mul-memory", "'a' * 10**12\n"),
        ("bytes-memory", "bytes(10**12)\n"),
        ("range-huge", "print(len(range(10**20)))\n"),
        ("int-float-huge", "print(float(10**400))\n"),
        ("format-huge-width", "print(format(1, '99999999999999999999'))\n"),
        ("format-width", "print(len(format(1, '1000000')))\n"),
        ("percent-huge-width", "print('%99999999999999999999d' % 1)\n"),
        ("chr-big", "chr(0x110000)\n"),
        ("int-base-bad", "int('1', 37)\n"),
        ("round-huge", "print(round(1.5, 10**20))\n"),
        ("setrecursionlimit-0", "import sys\nsys.setrecursionlimit(0)\n"),
        ("exec-deep", "exec('x = ' + '(' * 150 + '1' + ')' * 150)\nprint(x)\n"),
        ("compile-bad-mode", "compile('1', 's', 'bogus')\n"),
        ("compile-nul", "compile('x\\0', 's', 'exec')\n"),
        ("eval-empty", "eval('')\n"),
        ("eval-stmt", "eval('x = 1')\n"),
        ("slice-huge", "print([1,2,3][10**30:10**31])\n"),
        ("index-huge", "[1][10**30]\n"),
        ("list-insert-huge", "l=[1]\nl.insert(10**30, 2)\nprint(l)\n"),
        ("str-find-huge", "print('abc'.find('b', 10**30))\n"),
        ("neg-repeat", "print([1] * -5, 'a' * -3)\n"),
        ("divmod-zero", "divmod(1, 0)\n"),
        ("float-mod-zero", "1.0 % 0\n"),
        ("pow-neg-mod", "print(pow(3, -1, 7), pow(2, -1, 4))\n"),
        ("getattr-nonstr", "getattr(1, 2)\n"),
        ("setattr-builtin", "int.x = 1\n"),
        ("del-builtin-attr", "del int.__add__\n"),
        ("class-bad-base", "class A(1): pass\n"),
        ("class-mro-conflict", "class A: pass\nclass B(A): pass\nclass C(A, B): pass\n"),
        ("super-bad", "super()\n"),
        ("gen-reentrant", "def g():\n yield next(x)\nx = g()\nnext(x)\n"),
        ("raise-non-exc", "raise 1\n"),
        ("raise-from-non-exc", "raise ValueError from 1\n"),
        ("exc-cycle", "try:\n try:\n  raise ValueError\n except ValueError as e:\n  e.__context__ = e\n  raise\nexcept ValueError: print('ok')\n"),
        ("del-in-finally", "def f():\n try:\n  return 1\n finally:\n  del f\nprint(f())\n"),
        ("sort-mutate", "l = list(range(10))\ndef k(x):\n l.append(1)\n return x\nl.sort(key=k)\n"),
        ("dict-mutate-iter", "d = {1: 1}\nfor k in d: d[k + 1] = 1\n"),
        ("set-mutate-iter", "s = {1}\nfor k in s: s.add(k + 1)\n"),
        ("list-mutate-iter", "l = [1]\nfor x in l:\n if len(l) < 5: l.append(x)\nprint(l)\n"),
        ("eq-mutates", "class A:\n def __eq__(s, o):\n  l.clear()\n  return False\nl = [A(), A()]\nprint(A() in l)\n"),
        ("hash-raises", "class A:\n def __hash__(s): raise ValueError('h')\n{A(): 1}\n"),
        ("del-resurrect", "class A:\n def __del__(s):\n  global keep\n  keep = s\nA()\nprint(keep is not None)\n"),
        ("weird-tokens", "x = 1 $ 2\n"),
        ("question-mark", "x?\n"),
        ("backtick", "`x`\n"),
        ("lone-at", "@\n"),
        ("lone-colon", ":\n"),
        ("semicolons", ";;\n"),
        ("trailing-semicolon", "x = 1;\nprint(x);\n"),
        ("else-alone", "else:\n pass\n"),
        ("elif-alone", "elif x:\n pass\n"),
        ("except-alone", "except:\n pass\n"),
        ("def-no-body", "def f():\n"),
        ("def-no-body-eof", "def f():"),
        ("class-eof", "class"),
        ("if-eof", "if"),
        ("import-eof", "import"),
        ("from-eof", "from x import"),
        ("from-star-paren", "from x import (*)\n"),
        ("lambda-eof", "lambda"),
        ("unclosed-bracket-eof", "x = [1, 2"),
        ("mismatched", "x = (1, 2]\n"),
        ("close-only", "]\n"),
        ("print-stmt", "print 'x'\n"),
        ("exec-stmt", "exec 'x'\n"),
        ("octal-old", "x = 0777\n"),
        ("underscore-bad", "x = 1__0\n"),
        ("underscore-trailing", "x = 10_\n"),
        ("hex-empty", "x = 0x\n"),
        ("float-bad", "x = 1.e\n"),
        ("imag-bad", "x = 1jj\n"),
        ("int-leading-zero", "x = 01\n"),
        ("keyword-assign", "True = 1\n"),
        ("none-assign", "None = 1\n"),
        ("debug-assign", "__debug__ = 1\n"),
        ("aug-assign-tuple", "a, b += 1\n"),
        ("ann-assign-tuple", "a, b: int\n"),
        ("star-expr-alone", "x = *a\n"),
        ("double-star-list", "[**a]\n"),
        ("kwargs-dup-unpack", "def f(**k): pass\nf(**{'a': 1}, **{'a': 2})\n"),
        ("dict-unpack-bad", "{**1}\n"),
        ("call-unpack-bad", "f = print\nf(*1)\n"),
        ("comprehension-assign", "[x := 1 for x in y]\n"),
        ("yield-in-comp", "[(yield x) for x in y]\n"),
        ("await-in-comp", "[await x for x in y]\n"),
        ("continue-in-finally", "for i in range(2):\n try:\n  pass\n finally:\n  continue\nprint('ok')\n"),
        ("return-in-class", "class A:\n return 1\n"),
        ("nonlocal-missing", "def f():\n nonlocal q\n"),
        ("global-param", "def f(a):\n global a\n"),
        ("nested-fstring-quotes", "f'{'a'}'\n"),
        ("bytes-fstring", "bf'x'\n"),
        ("ur-prefix", "ur'x'\n"),
    ]
    return p


def classify(proc):
    err = proc.stderr.decode("utf-8", "replace")
    if "panicked at" in err or proc.returncode in (101, 134, 139) or proc.returncode < 0:
        return "PANIC"
    return None


def run(exe, path, timeout):
    try:
        return subprocess.run([exe, os.path.basename(path)], cwd=os.path.dirname(path), capture_output=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyrite", default=os.environ.get("PYRITE", os.path.join(ROOT, "target", "release", "pyrite")))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="show both outputs for differences")
    args = ap.parse_args()
    panics, diffs, same = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in programs():
            path = os.path.join(tmp, "hostile.py")
            with open(path, "wb") as f:
                f.write(src if isinstance(src, bytes) else src.encode("utf-8"))
            got = run(args.pyrite, path, args.timeout)
            exp = run(args.python, path, args.timeout)
            if got is None:
                if exp is None:
                    same += 1
                else:
                    diffs.append((name, "pyrite timed out", b"", b""))
                continue
            if classify(got):
                panics.append((name, got.returncode, got.stderr.decode("utf-8", "replace")[-600:]))
                continue
            if exp is None:
                diffs.append((name, "python3 timed out", got.stdout, got.stderr))
                continue
            if (got.returncode, got.stdout, got.stderr) == (exp.returncode, exp.stdout, exp.stderr):
                same += 1
            else:
                diffs.append((name, f"exit {got.returncode} vs {exp.returncode}", (got.stdout + got.stderr)[-400:], (exp.stdout + exp.stderr)[-400:]))
    total = same + len(diffs) + len(panics)
    print(f"{total} programs: {same} identical, {len(diffs)} different, {len(panics)} panics")
    for name, code, err in panics:
        print(f"PANIC {name} (exit {code}):\n{err}")
    for name, what, got, exp in diffs:
        print(f"DIFF  {name}: {what}")
        if args.verbose:
            print("  pyrite:  " + repr(got)[:400])
            print("  python3: " + repr(exp)[:400])
    return 1 if panics else 0


if __name__ == "__main__":
    sys.exit(main())

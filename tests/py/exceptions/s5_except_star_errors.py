cases = [
"try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
"try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n",
"try:\n    pass\nexcept*:\n    pass\n",
"for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
"for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
"def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
"def f():\n    try:\n        pass\n    except* ValueError:\n        for x in y:\n            break\n        return\n",
"try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
"try:\n    pass\nexcept *ValueError:\n    pass\n",
"try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
"def f():\n    for x in y:\n        try:\n            pass\n        except* ValueError:\n            def g():\n                return 1\n            class C:\n                pass\n",
"try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
"try:\n    pass\nexcept ValueError:\n    pass\nexcept*:\n    pass\n",
]
for i, src in enumerate(cases):
    try:
        compile(src, "<s>", "exec")
        print(i, "OK")
    except SyntaxError as e:
        print(i, type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

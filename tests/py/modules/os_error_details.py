# OSError with two file names (rename/replace/symlink errors), realpath's
# strict mode, and NUL bytes in paths.
import os
import tempfile

e = OSError(2, "No such file or directory", "a", None, "b")
print(str(e), e.filename, e.filename2, e.errno, type(e).__name__)
print(str(OSError(2, "msg", "only")), OSError(2, "msg").filename2)

with tempfile.TemporaryDirectory() as d:
    missing = os.path.join(d, "missing")
    target = os.path.join(d, "target")
    try:
        os.rename(missing, target)
    except FileNotFoundError as e:
        print(str(e).replace(d, "<tmp>"))
    print(os.path.realpath(missing) == missing)
    try:
        os.path.realpath(missing, strict=True)
    except FileNotFoundError as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"))
    loop = os.path.join(d, "loop")
    os.symlink(loop, loop)
    try:
        os.path.realpath(loop, strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno)

for call in (lambda: os.stat("a\x00b"), lambda: os.path.exists("a\x00b"), lambda: open("a\x00b")):
    try:
        print(call())
    except ValueError as e:
        print("ValueError", e)

#!/usr/bin/env python3
"""Run each script in warnings_cases/ with CPython's warnings and with
src/stdlib/warnings.py (injected as sys.modules['warnings']) and compare
stdout/stderr."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'warnings_cases')
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'stdlib'))
PRELUDE = '''
import importlib.util, sys
spec = importlib.util.spec_from_file_location('warnings', %r)
m = importlib.util.module_from_spec(spec); sys.modules['warnings'] = m; spec.loader.exec_module(m)
g = {'__name__': '__main__', '__file__': %r, '__builtins__': __builtins__}
exec(compile(open(%r).read(), %r, 'exec'), g)
'''


def run(path, mine):
    if mine:
        code = PRELUDE % (os.path.join(ROOT, 'warnings.py'), path, path, path)
        cmd = [sys.executable, '-c', code]
    else:
        cmd = [sys.executable, path]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=CASES)
    return p.returncode, p.stdout, p.stderr


passed = failed = 0
# The tests/py/stdlib programs about this module are cases too (kept in one place).
TESTS = os.path.join(HERE, '..', '..', 'tests', 'py', 'stdlib')
paths = [os.path.join(CASES, n) for n in sorted(os.listdir(CASES)) if n.endswith('.py')]
paths += [os.path.join(TESTS, n) for n in sorted(os.listdir(TESTS)) if n.startswith('rA_warnings') and n.endswith('.py')]
for path in paths:
    name = os.path.basename(path)
    a, b = run(path, False), run(path, True)
    if a == b:
        passed += 1
    else:
        failed += 1
        print('FAIL warnings: %s\n--- real:\n%s\n%s\n--- mine:\n%s\n%s' % (name, a[1], a[2], b[1], b[2]))
print('warnings: PASS %d FAIL %d' % (passed, failed))
sys.exit(1 if failed else 0)

#!/usr/bin/env python3
"""Run each script in logging_cases/ with CPython's logging and with
src/stdlib/logging (injected as sys.modules['logging']) and compare
stdout/stderr (digits in asctime-like text normalised)."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'logging_cases')
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'stdlib'))
PRELUDE = '''
import importlib.util, sys
spec = importlib.util.spec_from_file_location('logging', %r, submodule_search_locations=[%r])
m = importlib.util.module_from_spec(spec); sys.modules['logging'] = m; spec.loader.exec_module(m)
sys.argv = [%r]
__file__ = %r
exec(compile(open(%r).read(), %r, 'exec'))
'''


def run(path, mine):
    if mine:
        code = PRELUDE % (os.path.join(ROOT, 'logging', '__init__.py'), os.path.join(ROOT, 'logging'),
                          path, path, path, path)
        cmd = [sys.executable, '-c', code]
    else:
        cmd = [sys.executable, path]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=CASES)
    norm = lambda s: re.sub(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}', 'TIME', s)
    return p.returncode, norm(p.stdout), norm(p.stderr)


passed = failed = 0
# The tests/py/stdlib programs about this module are cases too (kept in one place).
TESTS = os.path.join(HERE, '..', '..', 'tests', 'py', 'stdlib')
paths = [os.path.join(CASES, n) for n in sorted(os.listdir(CASES)) if n.endswith('.py')]
paths += [os.path.join(TESTS, n) for n in sorted(os.listdir(TESTS)) if n.startswith('rA_logging_api') and n.endswith('.py')]
for path in paths:
    name = os.path.basename(path)
    a, b = run(path, False), run(path, True)
    if a == b:
        passed += 1
    else:
        failed += 1
        print('FAIL logging: %s\n--- real:\n%s\n%s\n--- mine:\n%s\n%s' % (name, a[1], a[2], b[1], b[2]))
print('logging: PASS %d FAIL %d' % (passed, failed))
sys.exit(1 if failed else 0)

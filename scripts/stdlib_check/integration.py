#!/usr/bin/env python3
"""Integration smoke test: run scripts under CPython with src/stdlib placed
first on sys.path (python3 -S, so only a few modules are preloaded), so that
pyrite's modules import each other and also serve CPython's own pure-Python
modules (re, threading, ...).  Compares stdout/stderr/exit code with a plain
python3 run.  Usage: integration.py [script ...] (default: the seed scripts
plus the logging/warnings cases)."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'stdlib'))
SEEDS = '/work/shared/seed-scripts'


def run(path, mine):
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    if mine:
        # PYTHONPATH entries precede the standard library even under -S.
        env['PYTHONPATH'] = ROOT
    cmd = [sys.executable, '-S', path]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                           cwd=os.path.dirname(path), env=env)
    except subprocess.TimeoutExpired:
        return 'timeout', '', ''
    scrub = lambda s: re.sub(r'0x[0-9a-f]+|\d+\.\d+|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+', 'N', s)
    return p.returncode, scrub(p.stdout), scrub(p.stderr)


scripts = [os.path.abspath(p) for p in sys.argv[1:]]
if not scripts:
    scripts = [os.path.join(SEEDS, n) for n in sorted(os.listdir(SEEDS)) if n.endswith('.py')]
    for sub in ('logging_cases', 'warnings_cases', 'integration_cases'):
        d = os.path.join(HERE, sub)
        scripts += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith('.py')]
passed = failed = 0
for path in scripts:
    a, b = run(path, False), run(path, True)
    if a == b:
        passed += 1
    else:
        failed += 1
        print('DIFF %s\n--- real rc=%s\n%s\n%s\n--- mine rc=%s\n%s\n%s' % (
            path, a[0], a[1][-1500:], a[2][-1500:], b[0], b[1][-1500:], b[2][-1500:]))
print('integration: PASS %d FAIL %d' % (passed, failed))
sys.exit(1 if failed else 0)

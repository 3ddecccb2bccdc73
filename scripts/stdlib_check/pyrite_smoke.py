#!/usr/bin/env python3
"""Run scripts under a pyrite binary with PYTHONPATH=src/stdlib and compare
with CPython: shows which stdlib modules already work on pyrite.

Usage: pyrite_smoke.py PYRITE_BINARY [script ...]  (default: the check cases
in pyrite_cases/, integration_cases/, logging_cases/, warnings_cases/)."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'stdlib'))


def run(cmd, path):
    env = dict(os.environ)
    env['PYTHONPATH'] = ROOT if cmd[0] != sys.executable else ''
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=60,
                           cwd=os.path.dirname(path), env=env)
    except subprocess.TimeoutExpired:
        return 'timeout', '', ''
    scrub = lambda s: re.sub(r'0x[0-9a-f]+|\d+\.\d+|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+', 'N', s)
    return p.returncode, scrub(p.stdout), scrub(p.stderr)


def main():
    binary = sys.argv[1]
    scripts = [os.path.abspath(p) for p in sys.argv[2:]]
    if not scripts:
        for sub in ('pyrite_cases', 'integration_cases', 'logging_cases', 'warnings_cases'):
            d = os.path.join(HERE, sub)
            if os.path.isdir(d):
                scripts += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith('.py')]
    passed = failed = 0
    for path in scripts:
        a = run([sys.executable, '-S'], path)
        b = run([binary], path)
        if a == b:
            passed += 1
            print('PASS', os.path.relpath(path, HERE))
        else:
            failed += 1
            err = b[2].strip().splitlines()
            print('FAIL', os.path.relpath(path, HERE), '| rc', b[0], '|', err[-1][:150] if err else '(stdout differs)')
    print('pyrite smoke: PASS %d FAIL %d' % (passed, failed))


main()

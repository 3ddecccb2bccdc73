#!/usr/bin/env python3
"""Run every check_*.py in this folder and print a summary of PASS/FAIL counts."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
total_fail = 0
for name in sorted(os.listdir(HERE)):
    if name.startswith('check_') and name.endswith('.py'):
        p = subprocess.run([sys.executable, os.path.join(HERE, name)], capture_output=True,
                           text=True, cwd=HERE)
        lines = p.stdout.strip().splitlines()
        print('%-26s %s' % (name, lines[-1] if lines else p.stderr.strip()[-200:]))
        if p.returncode:
            total_fail += 1
            print(p.stdout[-3000:])
sys.exit(1 if total_fail else 0)

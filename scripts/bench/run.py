#!/usr/bin/env python3
"""Times pyrite and CPython on each benchmark in this folder.

    python3 scripts/bench/run.py [--pyrite PATH] [--python PATH] [--runs N] [NAME ...]

Both interpreters run each program in the same session (best of N wall-clock
times); their outputs must be identical. Prints per-program times, the ratio
pyrite/CPython and the geometric mean of the ratios. Exits 1 if any output
differs or a run fails.
"""
import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, timeout):
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout"
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        return None, p.stdout, p.stderr
    return elapsed, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyrite", default=os.environ.get("PYRITE", os.path.join(ROOT, "target", "release", "pyrite")))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()

    programs = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    if args.names:
        programs = [p for p in programs if p[:-3] in args.names or p in args.names]
    if not os.path.exists(args.pyrite):
        print(f"pyrite binary not found: {args.pyrite} (build with cargo build --release)", file=sys.stderr)
        return 2

    print(f"{'benchmark':<16}{'pyrite s':>10}{'CPython s':>11}{'ratio':>8}  output")
    ratios = []
    failed = False
    for prog in programs:
        path = os.path.join(HERE, prog)
        best = {}
        outputs = {}
        for name, exe in (("pyrite", args.pyrite), ("cpython", args.python)):
            times = []
            for _ in range(args.runs):
                t, out, err = run([exe, path], args.timeout)
                if t is None:
                    msg = err.decode(errors="replace").strip().splitlines()
                    outputs[name] = None
                    print(f"{prog[:-3]:<16} {name} failed: {msg[-1] if msg else 'no output'}")
                    break
                times.append(t)
                outputs[name] = out
            best[name] = min(times) if times and outputs.get(name) is not None else None
        if best["pyrite"] is None or best["cpython"] is None:
            failed = True
            continue
        same = outputs["pyrite"] == outputs["cpython"]
        failed |= not same
        ratio = best["pyrite"] / best["cpython"]
        ratios.append(ratio)
        print(f"{prog[:-3]:<16}{best['pyrite']:>10.3f}{best['cpython']:>11.3f}{ratio:>8.2f}  {'same' if same else 'DIFFERENT'}")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<16}{'':>10}{'':>11}{geo:>8.2f}  ({len(ratios)} of {len(programs)} programs)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

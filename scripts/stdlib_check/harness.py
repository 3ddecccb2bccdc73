"""Shared helpers for the stdlib checks: load a pyrite stdlib module from
src/stdlib under a private name (so the real CPython module is not shadowed)
and compare expressions between the real and the pyrite module.

Sibling stdlib modules that pyrite's modules import (keyword, operator, ...)
resolve to CPython's real ones, which is fine for behaviour checks.
"""
import importlib.util
import os
import sys
import traceback

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'stdlib'))


def load(name):
    path = os.path.join(ROOT, name + '.py')
    if not os.path.exists(path):
        path = os.path.join(ROOT, name, '__init__.py')
    kwargs = {}
    if path.endswith('__init__.py'):
        kwargs['submodule_search_locations'] = [os.path.dirname(path)]
    spec = importlib.util.spec_from_file_location('py_' + name.replace('/', '_'), path,
                                                  **kwargs)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Checker:
    def __init__(self, title):
        self.title = title
        self.passed = 0
        self.failed = 0

    def outcome(self, func):
        try:
            value = func()
        except BaseException as exc:  # noqa: BLE001 - we compare exceptions too
            return ('raise', type(exc).__name__, str(exc))
        return ('value', value)

    def same(self, label, real_func, mine_func, norm=repr):
        """Compare results (or exceptions) of two thunks."""
        a = self.outcome(real_func)
        b = self.outcome(mine_func)
        if a[0] == 'value':
            a = ('value', norm(a[1]))
        if b[0] == 'value':
            try:
                b = ('value', norm(b[1]))
            except BaseException as exc:
                b = ('raise-in-norm', type(exc).__name__, str(exc))
        if a == b:
            self.passed += 1
        else:
            self.failed += 1
            print('FAIL %s: %s\n   real: %r\n   mine: %r' % (self.title, label, a, b))

    def check(self, label, cond):
        try:
            ok = cond()
        except BaseException:
            ok = False
            traceback.print_exc()
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print('FAIL %s: %s' % (self.title, label))

    def expr(self, exprs, real_ns, mine_ns, norm=repr):
        """Evaluate each expression (or exec statements ending in `result = ...`)
        in both namespaces and compare."""
        for e in exprs:
            def run(ns, e=e):
                ns = dict(ns)
                ns.setdefault("__name__", "__main__")
                if '\n' in e or e.startswith(('def ', 'class ')) or '; ' in e:
                    exec(e, ns)
                    return ns.get('result')
                return eval(e, ns)
            self.same(e, lambda: run(real_ns), lambda: run(mine_ns), norm)

    def cases(self, text, real_ns, mine_ns, norm=repr):
        """Cases separated by lines of '---'; within a case, the statements run
        and then the last line is evaluated (or, if it assigns `result`, the
        whole case is executed and `result` compared)."""
        for case in text.strip().split('\n---\n'):
            lines = case.strip('\n').split('\n')
            last = lines[-1]
            def run(ns, lines=lines, last=last):
                ns = dict(ns)
                ns.setdefault("__name__", "__main__")
                if last.startswith((' ', 'result =', 'result=')):
                    exec('\n'.join(lines), ns)
                    return ns.get('result')
                exec('\n'.join(lines[:-1]), ns)
                return eval(last, ns)
            self.same(case if len(case) < 200 else case[-200:], lambda: run(real_ns),
                      lambda: run(mine_ns), norm)

    def report(self):
        print('%s: PASS %d FAIL %d' % (self.title, self.passed, self.failed))
        return self.failed == 0

# unittest.main: argv handling, exit status, -v/-q/-k/-f, test names, loader API.
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual([1, 2], [1, 3])

    def test_three(self):
        """Docstring shown in verbose mode."""

    def test_print(self):
        print("printed by test_print")


class Beta(unittest.TestCase):
    def test_ok(self):
        pass

    def test_error(self):
        raise ValueError("beta error")


class Gamma(unittest.TestCase):
    def test_noisy_failure(self):
        print("out from failing test")
        print("err from failing test", file=sys.stderr)
        self.fail("noisy")


def main(*args, **kw):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    status = None
    try:
        prog = unittest.main(argv=["prog"] + list(args), **kw)
    except SystemExit as e:
        status = e.code
        prog = None
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", text), end="")
    print("=> status", status, prog.result if prog is not None else None)
    return prog


main(exit=False)
main("-v", exit=False)
main("-q")
main("Beta.test_ok")
main("Alpha", "Beta.test_ok", "-v")
main("-k", "one", "-v")
main("-k", "t*o", "-k", "error", "-v")
main("-f")
main("--verbose", "-b", "Alpha")
main("-v", "Alpha.test_print")
main("-b", "Gamma", "Alpha.test_print")
main("NoSuch")
main("Alpha.missing")
prog = main("Beta.test_ok", exit=False, verbosity=2)
print(prog.verbosity, prog.failfast, prog.buffer, prog.catchbreak, prog.testNames, prog.progName)
unittest.defaultTestLoader.testNamePatterns = None
main(defaultTest="Alpha.test_one", exit=False)
main(defaultTest=["Alpha.test_one", "Beta"], exit=False)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = "test_t"
print(loader.getTestCaseNames(Alpha))
suite = unittest.TestLoader().loadTestsFromTestCase(Beta)
print(suite, suite.countTestCases())
print(unittest.TestSuite([suite, Alpha("test_one")]).countTestCases())
print(repr(Alpha("test_one")), str(Alpha("test_three")), Alpha("test_one").id())
print(Alpha("test_three").shortDescription(), Alpha("test_one").shortDescription())
print(Alpha("test_one") == Alpha("test_one"), Alpha("test_one") == Alpha("test_two"),
      hash(Alpha("test_one")) == hash(Alpha("test_one")))
try:
    Alpha("nope")
except ValueError as e:
    print("ValueError", e)
for bad in (5, Alpha, "abc"):
    try:
        unittest.TestSuite().addTests([bad]) if bad != "abc" else unittest.TestSuite("abc")
    except TypeError as e:
        print("TypeError", e)
ft = unittest.FunctionTestCase(lambda: None, description="described")
print(ft.shortDescription(), ft.countTestCases())
r = unittest.TestResult()
Alpha("test_two").run(r)
Beta("test_error")(r)
print(r, r.wasSuccessful(), r.testsRun, [str(t) for t, _ in r.failures + r.errors])
print(r.errors[0][1].splitlines()[-1], r.failures[0][1].splitlines()[0])
r2 = Beta("test_ok").run()
print(type(r2).__name__, r2.testsRun, r2.wasSuccessful())
print(all(hasattr(unittest, n) for n in unittest.__all__ if n != "IsolatedAsyncioTestCase"))

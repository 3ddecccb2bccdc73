# unittest: fixtures, cleanups, subtests and chained exceptions in a runner.
import io
import re
import sys
import unittest

events = []


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")


def tearDownModule():
    events.append("tearDownModule")


def run(*classes, verbosity=1):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()), end="")
    print("->", result)
    print("events:", events)
    events.clear()
    return result


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(events.append, "cleanup2 " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_b(self):
        events.append("test_b")

    def test_a(self):
        events.append("test_a")
        self.fail("a fails")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise KeyError("in setUp")

    def tearDown(self):
        events.append("never")

    def test_x(self):
        events.append("never")


class BadCleanup(unittest.TestCase):
    def test_cleanup_raises(self):
        def broken():
            raise ValueError("cleanup broke")
        self.addCleanup(broken)
        self.addCleanup(events.append, "runs first")

    def test_teardown_raises(self):
        self.tearDown = self._broken_teardown

    def _broken_teardown(self):
        raise OSError("teardown broke")

    def test_context(self):
        value = self.enterContext(Ctx())
        events.append(value)
        events.append(self.enterContext(Ctx()))


class Ctx:
    def __enter__(self):
        events.append("enter")
        return "ctx value"

    def __exit__(self, *exc):
        events.append("exit %r" % (exc,))


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_never(self):
        events.append("never")


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError("class teardown failed")

    def test_ok(self):
        pass


class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")

    def test_one(self):
        pass


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("labelled", kind="x"):
            raise TypeError("sub error")
        with self.subTest():
            self.fail("plain")
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.assertTrue(False)
        events.append("after subtests")

    def test_sub_pass(self):
        with self.subTest(a=1):
            pass

    def test_sub_skip(self):
        with self.subTest(n=5):
            self.skipTest("skip in sub")


def level3():
    raise ValueError("deep")


def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


class Chained(unittest.TestCase):
    def test_from(self):
        level2()

    def test_during(self):
        try:
            {}["k"]
        except KeyError:
            self.assertEqual("left", "right")

    def test_assert_in_helper(self):
        self.helper()

    def helper(self):
        self.assertIn("x", "abc")


run(Order, verbosity=2)
run(Order, BadSetUp, BadCleanup)
run(BadClass, BadTearDownClass, SkipClass, verbosity=2)
run(Sub, verbosity=2)
run(Sub)
run(Chained)

# unittest: a runner on a StringIO stream; results, dots, error blocks.
import io
import re
import sys
import unittest


def run(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue())
    print(text, end="")
    print("->", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), result.wasSuccessful())
    return result


def helper(x):
    return 10 // x


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)

    def test_two(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, {1: 2})
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsInstance(3, int)
        self.assertNotIsInstance(3, str)
        self.assertGreater(3, 2)
        self.assertGreaterEqual(3, 3)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertAlmostEqual(1.0, 1.04, delta=0.05)
        self.assertNotAlmostEqual(1.0, 1.1, places=3)
        self.assertCountEqual([1, 2, 2, 3], [2, 3, 1, 2])
        self.assertRegex("hello world", r"w.r")
        self.assertNotRegex("hello", r"\d")
        self.assertEqual((1, 2), [1, 2][:] and (1, 2))
        self.assertNotEqual(1, 2)

    def testThree(self):
        pass

    def not_a_test(self):
        raise RuntimeError


class Mixed(unittest.TestCase):
    def test_error(self):
        helper(0)

    def test_fail(self):
        self.assertEqual(2 * 3, 7)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_msg(self):
        self.assertTrue(0, "custom message")


@unittest.skipIf(True, "whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Short(unittest.TestCase):
    longMessage = False

    def test_short(self):
        self.assertEqual(1, 2, "only mine")

    def test_doc(self):
        """First line of the doc.

        More text.
        """
        self.assertIs(1, None)


run(Passing)
run(Mixed)
run(Mixed, verbosity=2)
run(SkippedClass, Passing, verbosity=2)
run(Short, verbosity=2)
run(Short, verbosity=2, descriptions=False)
run(Mixed, verbosity=0)
run(Mixed, failfast=True)

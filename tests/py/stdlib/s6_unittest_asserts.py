# unittest: the messages of the assert methods (called directly).
import unittest
import warnings
import logging


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(label, func, *args, **kw):
    try:
        func(*args, **kw)
    except AssertionError as e:
        print("--", label)
        print(e)
    except Exception as e:
        print("--", label, "raised", type(e).__name__, e)
    else:
        print("--", label, "passed")


check("eq int", t.assertEqual, 1, 2)
check("eq msg", t.assertEqual, 1, 2, "extra")
check("eq str", t.assertEqual, "abc", "abd")
check("eq multiline", t.assertEqual, "one\ntwo\nthree\n", "one\nTWO\nthree\n")
check("eq multiline2", t.assertEqual, "a\nb", "a\nc\nd")
check("eq list", t.assertEqual, [1, 2, 3], [1, 2, 4])
check("eq list longer", t.assertEqual, [1, 2, 3, 4], [1, 2])
check("eq list shorter", t.assertEqual, [1], [1, [2, 3]])
check("eq tuple", t.assertEqual, (1, "a"), (1, "b"))
check("eq dict", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
check("eq set", t.assertEqual, {1, 2, 3}, {2, 3, 4})
check("eq frozenset", t.assertEqual, frozenset([1]), frozenset())
check("eq mixed types", t.assertEqual, [1, 2], (1, 2))
check("seq mixed ok", t.assertSequenceEqual, [1, 2], (1, 2))
check("seq mixed bad", t.assertSequenceEqual, [1, 2], (1, 3))
check("list type", t.assertListEqual, (1,), [1])
check("tuple type", t.assertTupleEqual, (1,), [1])
check("set bad", t.assertSetEqual, {1}, 5)
check("dict bad", t.assertDictEqual, {}, [])
check("str bad", t.assertMultiLineEqual, "x", 5)
long1 = list(range(100))
long2 = list(range(100))
long2[50] = "x"
check("long list", t.assertEqual, long1, long2)
check("long str", t.assertEqual, "a" * 100 + "b", "a" * 100 + "c")
check("long str2", t.assertEqual, "x" * 30 + "b" * 100, "x" * 30 + "c" * 100)
check("long single", t.assertEqual, "short", "y" * 200)
check("long dict", t.assertEqual, {i: i for i in range(30)}, {i: i + (i == 7) for i in range(30)})
t.maxDiff = None
check("long list nomax", t.assertEqual, list(range(12)), list(range(1, 13)))
t.maxDiff = 40
check("long list max40", t.assertEqual, [1, 2, 3], [1, 2, 4])
t.maxDiff = 640
check("ne", t.assertNotEqual, 3, 3)
check("true", t.assertTrue, [])
check("false", t.assertFalse, [0])
check("is", t.assertIs, 1, None)
check("isnot", t.assertIsNot, None, None)
check("isnone", t.assertIsNone, 0)
check("isnotnone", t.assertIsNotNone, None)
check("in", t.assertIn, 5, [1, 2])
check("notin", t.assertNotIn, "a", "abc")
check("isinstance", t.assertIsInstance, 3, str)
check("isinstance tuple", t.assertIsInstance, 3, (str, list))
check("notisinstance", t.assertNotIsInstance, 3, int)
check("greater", t.assertGreater, 1, 2)
check("greaterequal", t.assertGreaterEqual, 1, 2)
check("less", t.assertLess, 2, 1)
check("lessequal", t.assertLessEqual, 2, 1)
check("almost", t.assertAlmostEqual, 1.0, 1.1)
check("almost places", t.assertAlmostEqual, 1.0, 1.001, places=2)
check("almost places bad", t.assertAlmostEqual, 1.0, 1.001, places=4)
check("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
check("almost both", t.assertAlmostEqual, 1, 2, places=1, delta=1)
check("notalmost", t.assertNotAlmostEqual, 1.0, 1.00000001)
check("notalmost delta", t.assertNotAlmostEqual, 10, 10.5, delta=1)
check("countequal", t.assertCountEqual, [1, 2, 2, "a"], [2, 1, 1, "b"])
check("countequal unhashable", t.assertCountEqual, [[1], [2], [2]], [[2], [1], [1]])
check("regex", t.assertRegex, "hello", r"^x")
check("notregex", t.assertNotRegex, "hello world", r"o\s*w")
check("fail", t.fail)
check("fail msg", t.fail, "boom")
check("dict subset", t.assertDictContainsSubset, {"a": 1, "z": 2}, {"a": 2})


def raiser(exc):
    raise exc


check("raises ok", t.assertRaises, ValueError, raiser, ValueError("v"))
check("raises none", t.assertRaises, ValueError, len, [])
check("raises tuple", t.assertRaises, (KeyError, TypeError), lambda: None)
check("raises other", t.assertRaises, KeyError, raiser, ValueError("propagates"))
check("raises bad type", t.assertRaises, 5, len, [])
check("raises bad kw", t.assertRaises, ValueError, foo=1)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with t.assertRaises(KeyError, msg="ctx msg"):
        pass
except AssertionError as e:
    print("ctx:", e)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("ctx:", e)
check("raisesregex ok", t.assertRaisesRegex, ValueError, r"inv.lid", int, "invalid")
check("raisesregex bad", t.assertRaisesRegex, ValueError, r"^zzz", int, "q")
with t.assertRaisesRegex(KeyError, "mis") as cm:
    {}["missing"]
print(repr(cm.exception))


def warner(cat=UserWarning, text="careful"):
    warnings.warn(text, cat)


check("warns ok", t.assertWarns, UserWarning, warner)
check("warns none", t.assertWarns, UserWarning, lambda: None)
check("warns wrong", t.assertWarns, DeprecationWarning, warner)
check("warnsregex bad", t.assertWarnsRegex, UserWarning, "xyz", warner)
with t.assertWarns(RuntimeWarning) as cm:
    warner(RuntimeWarning, "rw")
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0, cm.filename.endswith(".py"))
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("ctx:", e)

with t.assertLogs() as cm:
    logging.getLogger("foo").info("first %d", 1)
    logging.getLogger("foo.bar").error("second")
print(cm.output, [r.getMessage() for r in cm.records])
with t.assertLogs("foo", level="WARNING") as cm:
    logging.getLogger("foo").info("hidden")
    logging.getLogger("foo").warning("shown")
print(cm.output)
try:
    with t.assertLogs("quiet", level=logging.ERROR):
        logging.getLogger("quiet").warning("too low")
except AssertionError as e:
    print("logs:", e)
try:
    with t.assertNoLogs("noisy"):
        logging.getLogger("noisy").warning("oops")
except AssertionError as e:
    print("nologs:", e)
with t.assertNoLogs("noisy"):
    pass

t.longMessage = False
check("short msg", t.assertEqual, 1, 2, "mine")
check("short nomsg", t.assertIn, 1, [])
t.longMessage = True


class Custom(unittest.TestCase):
    def runTest(self):
        pass

    def assertMyEqual(self, a, b, msg=None):
        if a.v != b.v:
            self.fail("custom %r %r" % (a.v, b.v))


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return False


c = Custom()
c.addTypeEqualityFunc(V, "assertMyEqual")
check("type func", c.assertEqual, V(1), V(2))
check("type func same", c.assertEqual, V(1), V(1))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnless(True)
print([str(x.message) for x in w])

"""pyrite's unittest: a unit testing framework with the API and the text
output of CPython 3.11's (written from its documentation and observed
behaviour).  Subclass TestCase, name the methods test_*, check results
with the assert* methods and call unittest.main():

    import unittest

    class Arithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 2, 3)

    if __name__ == "__main__":
        unittest.main()

Not provided: unittest.mock, IsolatedAsyncioTestCase, test discovery.
"""

__all__ = [
    'TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
    'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
    'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler', 'registerResult',
    'removeResult', 'removeHandler', 'addModuleCleanup', 'doModuleCleanups',
    'enterModuleContext',
    # Deprecated helpers, still importable by name.
    'getTestCaseNames', 'makeSuite', 'findTestCases',
]

__unittest = True

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, enterModuleContext,
                   doModuleCleanups)
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite,
                     findTestCases)
from .main import main
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .signals import installHandler, registerResult, removeHandler, removeResult
from .suite import BaseTestSuite, TestSuite


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        why = "unittest.IsolatedAsyncioTestCase is not available in pyrite"
    else:
        why = f"module 'unittest' has no attribute '{name}'"
    raise AttributeError(why)

"""TestLoader: builds suites from test case classes, modules and dotted
names (pyrite's own implementation, written from the documented behaviour).
Test discovery (TestLoader.discover) is not provided."""

import types
import functools
import traceback
from fnmatch import fnmatchcase

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test that raises the exception met while loading something; its
    method is named after what could not be loaded."""
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # Only reached for attributes not found normally.
        if name == self._testMethodName:
            problem = self._exception

            def testFailure():
                raise problem
            return testFailure
        return super().__getattribute__(name)


def _failed_test(name, exception, suiteClass, message):
    return suiteClass((_FailedTest(name, exception),)), message


def _failed_import_test(name, suiteClass):
    message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _failed_test(name, ImportError(message), suiteClass, message)


def _failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _failed_test(name, exception, suiteClass, message)


class TestLoader(object):
    """Creates test suites from classes, modules and names."""
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if args or 'use_load_tests' in kws:
            import warnings
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(len(args) + 1))
        if kws:
            bad = sorted(kws)[0]
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(bad))
        classes = [getattr(module, attr) for attr in dir(module)]
        tests = self.suiteClass([self.loadTestsFromTestCase(cls) for cls in classes
                                 if isinstance(cls, type) and issubclass(cls, case.TestCase)])
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as e:
            error_case, message = _failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return error_case

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        error_case = message = None
        if module is None:
            candidate = parts[:]
            while candidate:
                try:
                    module = __import__('.'.join(candidate))
                    break
                except ImportError:
                    last = candidate.pop()
                    error_case, message = _failed_import_test(last, self.suiteClass)
                    if not candidate:
                        self.errors.append(message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for attr in parts:
            try:
                parent, obj = obj, getattr(obj, attr)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    self.errors.append(message)
                    return error_case
                error_case, message = _failed_test(
                    attr, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return error_case

        if type(obj) is types.ModuleType or isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method = parts[-1]
            instance = parent(method)
            if not isinstance(getattr(instance, method), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attr)
            return any(fnmatchcase(full, p) for p in patterns)

        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        order = self.sortTestMethodsUsing
        if order:
            names.sort(key=functools.cmp_to_key(order))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError("test discovery is not available in pyrite")


defaultTestLoader = TestLoader()


def _loader_with(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.sortTestMethodsUsing = sortUsing
    made.testMethodPrefix = prefix
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    import warnings
    warnings.warn("unittest.getTestCaseNames() is deprecated and will be removed in "
                  "Python 3.13. Please use unittest.TestLoader.getTestCaseNames() instead.",
                  DeprecationWarning, stacklevel=2)
    return _loader_with(prefix, sortUsing, testNamePatterns=testNamePatterns
                        ).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    import warnings
    warnings.warn("unittest.makeSuite() is deprecated and will be removed in Python "
                  "3.13. Please use unittest.TestLoader.loadTestsFromTestCase() instead.",
                  DeprecationWarning, stacklevel=2)
    return _loader_with(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    import warnings
    warnings.warn("unittest.findTestCases() is deprecated and will be removed in Python "
                  "3.13. Please use unittest.TestLoader.loadTestsFromModule() instead.",
                  DeprecationWarning, stacklevel=2)
    return _loader_with(prefix, sortUsing, suiteClass).loadTestsFromModule(module)

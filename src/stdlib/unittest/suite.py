"""TestSuite: a composite of tests, running class and module fixtures
(pyrite's own implementation, written from the documented behaviour)."""

import sys

from . import case
from . import util

__unittest = True


def _hook(obj, name):
    """Call obj.name() when obj has such a method."""
    method = getattr(obj, name, None)
    if method is not None:
        method()


def _is_single_test(test):
    # Suites are iterable; single tests are not.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite(object):
    """A collection of tests run in order, without fixtures."""
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{util.strclass(type(self))} tests={list(self)!r}>"

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        live = sum(test.countTestCases() for test in self if test)
        return live + self._removed_tests

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before "
                            "passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._forget(position)
        return result

    def _forget(self, position):
        # A finished test is dropped so its memory can be reclaimed; the
        # count of test cases keeps it.
        if self._cleanup:
            self._removeTestAtIndex(position)

    def _removeTestAtIndex(self, index):
        try:
            done = self._tests[index]
        except TypeError:
            return
        counter = getattr(done, 'countTestCases', None)
        if counter is not None:
            self._removed_tests += counter()
        self._tests[index] = None

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule around its tests.  The outermost suite of a
    run closes the last class and module."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                cls = test.__class__
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = cls
                if getattr(cls, '_classSetupFailed', False):
                    continue
                if getattr(result, '_moduleSetUpFailed', False):
                    continue
            test.debug() if debug else test(result)
            self._forget(position)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    # Fixture errors are reported through an _ErrorHolder named after the
    # fixture, such as "setUpClass (module.Class)".

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent,
                                           info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        holder = _ErrorHolder(errorName)
        if isinstance(exception, case.SkipTest) and hasattr(result, 'addSkip'):
            result.addSkip(holder, str(exception))
            return
        result.addError(holder, info or sys.exc_info())

    def _guarded(self, result, func, label, parent):
        """Run a fixture function; True when it raised (and was reported)."""
        try:
            func()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            self._createClassOrModuleLevelException(result, exc, label, parent)
            return True
        return False

    def _report_class_cleanups(self, result, cls, label):
        for info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise info[1]
            self._createClassOrModuleLevelException(
                result, info[1], label, util.strclass(cls), info=info)

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        _hook(result, '_setupStdout')
        try:
            if self._guarded(result, set_up, 'setUpClass', util.strclass(cls)):
                try:
                    cls._classSetupFailed = True
                except TypeError:
                    pass
                cleanups = getattr(cls, 'doClassCleanups', None)
                if cleanups is not None:
                    cleanups()
                    self._report_class_cleanups(result, cls, 'setUpClass')
        finally:
            _hook(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        set_up = getattr(sys.modules.get(name), 'setUpModule', None)
        if set_up is None:
            return
        _hook(result, '_setupStdout')
        try:
            if self._guarded(result, set_up, 'setUpModule', name):
                result._moduleSetUpFailed = True
                self._guarded(result, case.doModuleCleanups, 'setUpModule', name)
        finally:
            _hook(result, '_restoreStdout')

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        _hook(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._guarded(result, tear_down, 'tearDownModule', name)
            self._guarded(result, case.doModuleCleanups, 'tearDownModule', name)
        finally:
            _hook(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if cls is None or cls == test.__class__:
            return
        if (getattr(cls, '_classSetupFailed', False)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(cls, "__unittest_skip__", False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        cleanups = getattr(cls, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _hook(result, '_setupStdout')
        try:
            if tear_down is not None:
                self._guarded(result, tear_down, 'tearDownClass', util.strclass(cls))
            if cleanups is not None:
                cleanups()
                self._report_class_cleanups(result, cls, 'tearDownClass')
        finally:
            _hook(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule ...) that raised, so
    that the error can be reported like a test's."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    __str__ = id

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def run(self, result):
        return None

    __call__ = run

    def countTestCases(self):
        return 0


class _DebugResult(object):
    """The result used by TestSuite.debug(): fixture errors propagate."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False

"""TestCase, the skip decorators and the assertion context managers
(pyrite's own implementation, written from the documented behaviour)."""

import sys
import difflib
import pprint
import warnings
import collections
import functools
import types

from .util import (safe_repr, strclass, _common_shorten_repr,
                   _count_diff_all_purpose, _count_diff_hashable)

__unittest = True

_NO_MESSAGE = object()     # subTest() called without a message

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raise this to skip the running test."""


class _ShouldStop(Exception): """Ends a test early (failfast inside subtests)."""


class _UnexpectedSuccess(Exception): """A test marked as an expected failure passed."""


def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None:
        add_skip(test, reason)
        return
    note = "TestResult has no addSkip method, skips not reported"
    warnings.warn(note, RuntimeWarning, 2)
    result.addSuccess(test)


def _report_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        failed = issubclass(exc_info[0], test.failureException)
        (result.addFailure if failed else result.addError)(test, exc_info)


class _PartGuard:
    """Context manager around one part of a test (setUp, the method, a
    cleanup, a subtest): it turns what the part raises into a result."""

    def __init__(self, outcome, test, subtest):
        self.outcome = outcome
        self.test = test
        self.subtest = subtest

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, self.test, str(exc))
            elif issubclass(exc_type, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (exc_type, exc, tb)
            else:
                outcome.success = False
                if self.subtest:
                    outcome.result.addSubTest(self.test.test_case, self.test,
                                              (exc_type, exc, tb))
                else:
                    _report_error(outcome.result, self.test, (exc_type, exc, tb))
            return True
        finally:
            outcome.success = outcome.success and self.before


class _Outcome:
    """The state of one test's run, shared by the guards of its parts."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success, self.expectedFailure, self.expecting_failure = True, None, False

    def testPartExecutor(self, test, subTest=False):
        return _PartGuard(self, test, subTest)


# Decorators.

def _id(obj):
    return obj


def skip(reason):
    """Skip the decorated test (or class) unconditionally."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def skip_wrapper(*_args, **_kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if not isinstance(reason, types.FunctionType):
        return mark
    # Used bare: @skip over the function itself.
    item, reason = reason, ''
    return mark(item)


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test (or class) as expected to fail."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _flag(method, name, default=False):
    # A bound method shows its function's attributes; looking at __func__
    # too keeps this working where a runtime does not forward them.
    found = getattr(method, name, _MISSING)
    if found is _MISSING:
        found = getattr(getattr(method, '__func__', None), name, default)
    return found


_MISSING = object()


def _is_subtype(expected, basetype):
    # A class derived from basetype, or a tuple of such (nested tuples too).
    if type(expected) is tuple or isinstance(expected, tuple):
        return all(_is_subtype(item, basetype) for item in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


# Module-level cleanups.

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to run after the module's tests (tearDownModule)."""
    _module_cleanups.append((function, args, dict(kwargs)))


def _enter_context(cm, register):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        name = cls.__module__ + '.' + cls.__qualname__
        raise TypeError(f"'{name}' object does not support the context manager "
                        "protocol") from None
    value = enter(cm)
    register(exit, cm, None, None, None)
    return value


def enterModuleContext(cm):
    """Enter cm now and exit it among the module cleanups."""
    register = addModuleCleanup
    return _enter_context(cm, register)


def doModuleCleanups():
    """Run the module cleanups, last registered first; the first exception
    they raise is re-raised after all have run."""
    first_error = None
    while _module_cleanups:
        func, args, kwargs = _module_cleanups.pop()
        try:
            func(*args, **kwargs)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error


# Context managers behind assertRaises / assertWarns / assertLogs.

class _AssertRaisesBaseContext:
    """What assertRaises/assertWarns return; also runs their callable form."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected, self.test_case = expected, test_case
        pattern = expected_regex
        if pattern is not None:
            import re
            pattern = re.compile(pattern)
        self.expected_regex = pattern
        self.obj_name = self.msg = None

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
        if args:
            func, *rest = args
            self.obj_name = getattr(func, '__name__', None) or str(func)
            with self:
                func(*rest, **kwargs)
            return None
        self.msg = kwargs.pop('msg', None)
        for bad in kwargs:
            raise TypeError(f'{bad!r} is an invalid keyword argument for this function')
        return self

    def _expected_name(self):
        return getattr(self.expected, '__name__', None) or str(self.expected)

    def _mismatch(self, text):
        self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{text}"')

    def _nothing_happened(self, verb):
        what = f"{self._expected_name()} not {verb}"
        if self.obj_name:
            what += f" by {self.obj_name}"
        self._raiseFailure(what)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._nothing_happened("raised")
        import traceback
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False        # a different exception goes on
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Forget earlier "once" registrations so the warning is seen again.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None         # the block raised: let it propagate
        candidates = [r for r in self.warnings if isinstance(r.message, self.expected)]
        pattern = self.expected_regex
        for record in candidates:
            if pattern is None or pattern.search(str(record.message)):
                self.warning = record.message
                self.filename, self.lineno = record.filename, record.lineno
                return None
        if candidates:
            self._mismatch(str(candidates[0].message))
        self._nothing_happened("triggered")

    __class_getitem__ = classmethod(types.GenericAlias)


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


def _capturing_handler():
    import logging

    class _CapturingHandler(logging.Handler):
        """Keeps the records it gets and their formatted text."""

        def __init__(self):
            super().__init__()
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))
    return _CapturingHandler()


class _AssertLogsContext:
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case, self.logger_name, self.no_logs = test_case, logger_name, no_logs
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None

    _raiseFailure = _AssertRaisesBaseContext._raiseFailure

    def __enter__(self):
        import logging
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self._saved = (list(target.handlers), target.level, target.propagate)
        target.handlers = [handler]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        target = self.logger
        target.handlers, old_level, target.propagate = self._saved
        target.setLevel(old_level)
        if exc_type is not None:
            return False
        seen = self.watcher.records
        if self.no_logs and seen:
            self._raiseFailure(f"Unexpected logs found: {self.watcher.output!r}")
        if not self.no_logs and not seen:
            level_name = logging.getLevelName(self.level)
            self._raiseFailure(f"no logs of level {level_name} or higher triggered "
                               f"on {target.name}")
        return None


class _OrderedChainMap(collections.ChainMap):
    """Subtest parameters: outer ones first, in the order given."""

    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                if key not in seen:
                    seen.add(key)
                    yield key


def _comparison(symbol_test, wording):
    """An assert method comparing a and b; wording completes '<a> not ...'."""
    def check(self, a, b, msg=None):
        if not symbol_test(a, b):
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not {wording} {safe_repr(b)}'))
    return check


_TYPE_ASSERTS = ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                 (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                 (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))

_INDEX_ERRORS = (TypeError, IndexError, NotImplementedError)
_LEN_ERRORS = (TypeError, NotImplementedError)


class TestCase(object):
    """A class whose instances are single test cases: an instance runs the
    method named by methodName, between setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 640
    _diffThreshold = 1 << 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # Every test class has its own fixture state.
        cls._class_cleanups = []
        cls._classSetupFailed = False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = self._subtest = None
        self._cleanups = []
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            if methodName != 'runTest':
                # runTest may be missing: the instance is then only a holder.
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
            self._testMethodDoc = 'No test'
        self._type_equality_funcs = {}
        for kind, checker in _TYPE_ASSERTS:
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function (or the method of that name) for assertEqual on two
        objects of exactly typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added first)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm and register its exit as a cleanup; return its value."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Runs before each test method."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the tests of the class."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the tests of the class."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(self.__class__)}.{name})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @staticmethod
    def _skip_reason(owner, method):
        return (getattr(owner, '__unittest_skip_why__', '')
                or _flag(method, '__unittest_skip_why__', ''))

    def _is_skipped(self, method):
        return (getattr(self.__class__, "__unittest_skip__", False)
                or _flag(method, "__unittest_skip__"))

    def subTest(self, msg=_NO_MESSAGE, **params):
        """Context manager: failures inside it are reported as a subtest
        (with msg and params) and the test goes on after the block."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        report = getattr(result, 'addExpectedFailure', None)
        if report is not None:
            report(self, exc_info)
            return
        note = "TestResult has no addExpectedFailure method, reporting as passes"
        warnings.warn(note, RuntimeWarning)
        result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        report = getattr(result, 'addUnexpectedSuccess', None)
        if report is not None:
            report(self)
            return
        note = "TestResult has no addUnexpectedSuccess method, reporting as failure"
        warnings.warn(note, RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            text = ('It is deprecated to return a value that is not None from a '
                    f'test case ({method})')
            warnings.warn(text, DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _run_parts(self, outcome, method, expecting):
        # setUp, then (if it passed) the method and tearDown; each part's
        # exception is recorded by its guard.
        with outcome.testPartExecutor(self):
            self._callSetUp()
        if not outcome.success:
            return
        outcome.expecting_failure = expecting
        with outcome.testPartExecutor(self):
            self._callTestMethod(method)
        outcome.expecting_failure = False
        with outcome.testPartExecutor(self):
            self._callTearDown()

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if self._is_skipped(method):
                _report_skip(result, self, self._skip_reason(self.__class__, method))
                return result
            expecting = bool(getattr(self, "__unittest_expecting_failure__", False)
                             or _flag(method, "__unittest_expecting_failure__"))
            outcome = self._outcome = _Outcome(result)
            try:
                self._run_parts(outcome, method, expecting)
                self.doCleanups()
                if not outcome.success:
                    pass
                elif not expecting:
                    result.addSuccess(self)
                elif outcome.expectedFailure:
                    self._addExpectedFailure(result, outcome.expectedFailure)
                else:
                    self._addUnexpectedSuccess(result)
                return result
            finally:
                # Drop the references to frames held by the exception info.
                outcome.expectedFailure = None
                outcome = self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()

    def doCleanups(self):
        """Run the cleanups registered with addCleanup, last first."""
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            func, args, kwargs = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(func, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; their exceptions go to tearDown_exceptions."""
        cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            func, args, kwargs = pending.pop()
            try:
                func(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the test without a result: exceptions propagate."""
        method = getattr(self, self._testMethodName)
        if self._is_skipped(method):
            raise SkipTest(self._skip_reason(self.__class__, method))
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            func, args, kwargs = pending.pop()
            self._callCleanup(func, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    # Assertions.

    def fail(self, msg=None):
        """Fail immediately, with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # longMessage: the standard text, then the user's; otherwise the
        # user's replaces it.
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def _ndiff_of_pformats(self, first, second):
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                               pprint.pformat(second).splitlines()))

    def assertFalse(self, expr, msg=None):
        """Check that expr is false."""
        if expr:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr)} is not false"))

    def assertTrue(self, expr, msg=None):
        """Check that expr is true."""
        if not expr:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr)} is not true"))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """With a callable: call it and check it raises expected_exception.
        Without one: a context manager checking its block raises it."""
        ctx = _AssertRaisesContext(expected_exception, self)
        try:
            return ctx.handle('assertRaises', args, kwargs)
        finally:
            del ctx

    def assertWarns(self, expected_warning, *args, **kwargs):
        """assertRaises for warnings."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager checking that the block logs at least one record
        of level or higher on logger (the root logger by default)."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager checking that the block logs nothing."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        # A type-specific check applies when both have exactly that type.
        if type(first) == type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                return getattr(self, special) if isinstance(special, str) else special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if first == second:
            return
        left, right = _common_shorten_repr(first, second)
        raise self.failureException(self._formatMessage(msg, f'{left} != {right}'))

    def assertEqual(self, first, second, msg=None):
        """Check first == second, with a type-specific message when possible."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Check first != second."""
        if first != second:
            return
        text = f'{safe_repr(first)} == {safe_repr(second)}'
        raise self.failureException(self._formatMessage(msg, text))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Check that first and second differ by at most delta, or round to
        the same value at places decimal places (7 by default)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is None:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within {places!r} places '
                    f'({safe_repr(gap)} difference)')
        else:
            if gap <= delta:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within {safe_repr(delta)} '
                    f'delta ({safe_repr(gap)} difference)')
        raise self.failureException(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The negation of assertAlmostEqual."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        same = first == second
        if delta is None:
            places = 7 if places is None else places
            if not same and round(gap, places) != 0:
                return
            text = f'{safe_repr(first)} == {safe_repr(second)} within {places!r} places'
        else:
            if not same and gap > delta:
                return
            text = (f'{safe_repr(first)} == {safe_repr(second)} within {safe_repr(delta)} '
                    f'delta ({safe_repr(gap)} difference)')
        raise self.failureException(self._formatMessage(msg, text))

    def _sequence_report(self, seq1, seq2, kind, typed):
        """The text explaining how two sequences differ (None: they are
        equal after all)."""
        try:
            n1 = len(seq1)
        except _LEN_ERRORS:
            return f'First {kind} has no length.    Non-sequence?'
        try:
            n2 = len(seq2)
        except _LEN_ERRORS:
            return f'Second {kind} has no length.    Non-sequence?'
        if seq1 == seq2:
            return None
        left, right = _common_shorten_repr(seq1, seq2)
        text = f'{kind.capitalize()}s differ: {left} != {right}\n'
        for i in range(min(n1, n2)):
            try:
                x = seq1[i]
            except _INDEX_ERRORS:
                text += f'\nUnable to index element {i} of first {kind}\n'
                break
            try:
                y = seq2[i]
            except _INDEX_ERRORS:
                text += f'\nUnable to index element {i} of second {kind}\n'
                break
            if x != y:
                xs, ys = _common_shorten_repr(x, y)
                text += f'\nFirst differing element {i}:\n{xs}\n{ys}\n'
                break
        else:
            if n1 == n2 and not typed and type(seq1) != type(seq2):
                # Equal items in sequences of different types are accepted.
                return None
        if n1 != n2:
            longer, which, short = (seq1, 'First', n2) if n1 > n2 else (seq2, 'Second', n1)
            text += f'\n{which} {kind} contains {abs(n1 - n2)} additional elements.\n'
            try:
                text += f'First extra element {short}:\n{safe_repr(longer[short])}\n'
            except _INDEX_ERRORS:
                text += f'Unable to index element {short} of {which.lower()} {kind}\n'
        return text

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Check two sequences item by item (both of seq_type if given)."""
        kind = "sequence"
        if seq_type is not None:
            kind = seq_type.__name__
            for label, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{label} sequence is not a {kind}: {safe_repr(seq)}')
        report = self._sequence_report(seq1, seq2, kind, seq_type is not None)
        if report is None:
            return
        report = self._truncateMessage(report, self._ndiff_of_pformats(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _set_difference(self, a, b, position):
        try:
            return a.difference(b)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'{position} argument does not support set difference: {e}')

    def assertSetEqual(self, set1, set2, msg=None):
        """Check two sets (or objects with .difference()) are equal."""
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not only_first and not only_second:
            return
        lines = []
        for items, heading in ((only_first, 'first set but not the second'),
                               (only_second, 'second set but not the first')):
            if items:
                lines.append(f'Items in the {heading}:')
                lines += [repr(item) for item in items]
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Check member in container."""
        if member in container:
            return
        text = f'{safe_repr(member)} not found in {safe_repr(container)}'
        self.fail(self._formatMessage(msg, text))

    def assertNotIn(self, member, container, msg=None):
        """Check member not in container."""
        if member not in container:
            return
        text = f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}'
        self.fail(self._formatMessage(msg, text))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertDictEqual(self, d1, d2, msg=None):
        for label, value in (('First', d1), ('Second', d2)):
            self.assertIsInstance(value, dict, f'{label} argument is not a dictionary')
        if d1 == d2:
            return
        left, right = _common_shorten_repr(d1, d2)
        text = self._truncateMessage(f'{left} != {right}', self._ndiff_of_pformats(d1, d2))
        self.fail(self._formatMessage(msg, text))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: every item of subset is in dictionary."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        absent = [key for key in subset if key not in dictionary]
        differing = [f'{safe_repr(key)}, expected: {safe_repr(want)}, '
                     f'actual: {safe_repr(dictionary[key])}'
                     for key, want in subset.items()
                     if key in dictionary and want != dictionary[key]]
        parts = []
        if absent:
            parts.append('Missing: ' + ','.join(safe_repr(key) for key in absent))
        if differing:
            parts.append('Mismatched values: ' + ','.join(differing))
        if parts:
            self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Both iterables hold the same items the same number of times,
        in any order."""
        items1, items2 = list(first), list(second)
        try:
            if collections.Counter(items1) == collections.Counter(items2):
                return
        except TypeError:
            differences = _count_diff_all_purpose(items1, items2)
        else:
            differences = _count_diff_hashable(items1, items2)
        if not differences:
            return
        detail = '\n'.join('First has %d, Second has %d:  %r' % d for d in differences)
        text = self._truncateMessage('Element counts were not equal:\n', detail)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Check two strings are equal; the message holds a line diff."""
        for label, value in (('First', first), ('Second', second)):
            self.assertIsInstance(value, str, f'{label} argument is not a string')
        if first == second:
            return
        threshold = self._diffThreshold
        if len(first) > threshold or len(second) > threshold:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            # One line without an ending: compare as complete lines.
            lines1, lines2 = [first + '\n'], [second + '\n']
        left, right = _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(f'{left} != {right}', diff)))

    assertLess = _comparison(lambda a, b: a < b, 'less than')
    assertLessEqual = _comparison(lambda a, b: a <= b, 'less than or equal to')
    assertGreater = _comparison(lambda a, b: a > b, 'greater than')
    assertGreaterEqual = _comparison(lambda a, b: a >= b, 'greater than or equal to')
    assertLess.__name__ = 'assertLess'
    assertLessEqual.__name__ = 'assertLessEqual'
    assertGreater.__name__ = 'assertGreater'
    assertGreaterEqual.__name__ = 'assertGreaterEqual'

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            text = f'{safe_repr(obj)} is not an instance of {cls!r}'
            self.fail(self._formatMessage(msg, text))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            text = f'{safe_repr(obj)} is an instance of {cls!r}'
            self.fail(self._formatMessage(msg, text))

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, also checking str(exception) with re.search."""
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex)
        return ctx.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, also checking the message with re.search."""
        ctx = _AssertWarnsContext(expected_warning, self, expected_regex)
        return ctx.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Check re.search(expected_regex, text) finds something."""
        import re
        pattern = expected_regex
        if isinstance(pattern, (str, bytes)):
            assert pattern, "expected_regex must not be empty."
            pattern = re.compile(pattern)
        if pattern.search(text):
            return
        standard = f"Regex didn't match: {pattern.pattern!r} not found in {text!r}"
        raise self.failureException(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Check re.search(unexpected_regex, text) finds nothing."""
        import re
        pattern = unexpected_regex
        if isinstance(pattern, (str, bytes)):
            pattern = re.compile(pattern)
        found = pattern.search(text)
        if not found:
            return
        standard = (f'Regex matched: {text[found.start():found.end()]!r} matches '
                    f'{pattern.pattern!r} in {text!r}')
        raise self.failureException(self._formatMessage(msg, standard))

    def _deprecated_alias(original):
        def alias(self, *args, **kwargs):
            warnings.warn(f'Please use {original.__name__} instead.', DeprecationWarning, 2)
            return original(self, *args, **kwargs)
        return alias

    failUnlessEqual = assertEquals = _deprecated_alias(assertEqual)
    failIfEqual = assertNotEquals = _deprecated_alias(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated_alias(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated_alias(assertNotAlmostEqual)
    failUnless = assert_ = _deprecated_alias(assertTrue)
    failUnlessRaises = _deprecated_alias(assertRaises)
    failIf = _deprecated_alias(assertFalse)
    assertRaisesRegexp = _deprecated_alias(assertRaisesRegex)
    assertRegexpMatches = _deprecated_alias(assertRegex)
    assertNotRegexpMatches = _deprecated_alias(assertNotRegex)
    del _deprecated_alias


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down
    functions) as a test case."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def runTest(self):
        self._testFunc()

    def id(self):
        return getattr(self._testFunc, '__name__')

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            first = doc.split("\n")[0].strip() if doc else ''
            return first or None
        return self._description


class _SubTest(TestCase):
    """One subTest() block of a test: reported like a test of its own."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message, self.params = test_case, message, params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        pieces = []
        if self._message is not _NO_MESSAGE:
            pieces.append(f"[{self._message}]")
        if self.params:
            pairs = ', '.join(f"{key}={value!r}" for key, value in self.params.items())
            pieces.append(f"({pairs})")
        return " ".join(pieces) if pieces else '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


class _SubTestContext:
    """What TestCase.subTest returns."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.active = False

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.active = True
        self.parent = case._subtest
        if self.parent is None:
            chain = _OrderedChainMap(self.params)
        else:
            chain = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, chain)
        self.guard = outcome.testPartExecutor(case._subtest, subTest=True)
        self.guard.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        case = self.case
        outcome = case._outcome
        try:
            if not self.guard.__exit__(exc_type, exc, tb) and exc_type is not None:
                return False
            if not outcome.success:
                result = outcome.result
                if getattr(result, 'failfast', False):
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent

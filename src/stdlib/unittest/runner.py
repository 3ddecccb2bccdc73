"""TextTestRunner and TextTestResult: run a suite and report on a stream
(pyrite's own implementation, written from the documented behaviour)."""

import sys
import time
import warnings

from . import result
from . import case
from . import signals

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream, adding writeln(); other attributes are the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # 'stream' itself must not recurse (copy/pickle look it up early).
        if name == 'stream' or name == '__getstate__':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        self.write(f"{arg}\n" if arg else "\n")


# status word (verbose) and progress letter (dots) of each outcome
_SHOW = {
    'success': ("ok", '.'),
    'error': ("ERROR", 'E'),
    'failure': ("FAIL", 'F'),
    'expected': ("expected failure", 'x'),
    'unexpected': ("unexpected success", 'u'),
}


class TextTestResult(result.TestResult):
    """A result that reports progress on a stream: one character per test
    (verbosity 1) or one line per test (verbosity 2 and more)."""
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity >= 2
        self.dots = verbosity == 1
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        text = str(test)
        if doc and self.descriptions:
            text = f"{text}\n{doc}"
        return text

    def _announce(self, test):
        out = self.stream
        out.write(self.getDescription(test) + " ... ")

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._announce(test)
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # A subtest's status goes on a line of its own, indented, after the
        # line its test started.
        sub = isinstance(test, case._SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            if sub:
                self.stream.write("  ")
            self._announce(test)
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, outcome, word=None):
        verbose_word, letter = _SHOW[outcome] if outcome in _SHOW else (word, outcome)
        if self.showAll:
            self._write_status(test, word or verbose_word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            kind = 'failure' if issubclass(err[0], subtest.failureException) else 'error'
            self._progress(subtest, kind)
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'success')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'error')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'failure')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, 's', "skipped {0!r}".format(reason))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, 'expected')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, 'unexpected')

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln(f"{flavour}: {self.getDescription(test)}")
            out.writeln(self.separator2)
            out.writeln(str(text))
            out.flush()


class TextTestRunner(object):
    """Runs a test and prints its results on a stream (sys.stderr by default)."""
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer = failfast, buffer
        self.tb_locals, self.warnings = tb_locals, warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _run_with_warnings(self, test, res):
        with warnings.catch_warnings():
            mode = self.warnings
            if mode:
                warnings.simplefilter(mode)
                if mode == 'default' or mode == 'always':
                    # The deprecated assert aliases warn once per module.
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            began = time.perf_counter()
            hook = getattr(res, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(res)
            finally:
                hook = getattr(res, 'stopTestRun', None)
                if hook is not None:
                    hook()
            return time.perf_counter() - began

    def run(self, test):
        res = self._makeResult()
        signals.registerResult(res)
        res.failfast, res.buffer, res.tb_locals = self.failfast, self.buffer, self.tb_locals
        elapsed = self._run_with_warnings(test, res)
        res.printErrors()
        out = self.stream
        if hasattr(res, 'separator2'):
            out.writeln(res.separator2)
        count = res.testsRun
        plural = "" if count == 1 else "s"
        out.writeln(f"Ran {count} test{plural} in {elapsed:.3f}s")
        out.writeln()

        counts = []
        ok = res.wasSuccessful()
        if not ok:
            counts += [("failures", len(res.failures)), ("errors", len(res.errors))]
        for label, attr in (("skipped", 'skipped'),
                            ("expected failures", 'expectedFailures'),
                            ("unexpected successes", 'unexpectedSuccesses')):
            counts.append((label, len(getattr(res, attr, ()))))
        details = ", ".join(f"{label}={n}" for label, n in counts if n)
        out.write("OK" if ok else "FAILED")
        out.write(f" ({details})\n" if details else "\n")
        out.flush()
        return res

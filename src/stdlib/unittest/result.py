"""TestResult: collects the outcome of a test run (pyrite's own
implementation, written from the documented behaviour)."""

import io
import sys
import functools
import traceback

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Wraps an add* method so that a failfast result stops the run."""
    @functools.wraps(method)
    def stopping(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return stopping


class TestResult(object):
    """Holds the failures, errors, skips, expected failures and unexpected
    successes of a run, as lists of (test, text) pairs (skips: (test, reason))."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        # Output capture (buffer=True): the streams to restore and the
        # buffers, made on first use.
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._mirrorOutput = False

    def printErrors(self):
        """Called by the runner once the run is over."""

    def startTest(self, test):
        """A test is about to run."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        """The run is about to start."""

    def stopTest(self, test):
        """A test has run."""
        self._restoreStdout()
        self._mirrorOutput = False

    @staticmethod
    def _captured(buffer, template):
        text = buffer.getvalue()
        if not text:
            return ''
        return template % (text if text.endswith('\n') else text + '\n')

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # The test failed: show what it printed.
            shown_out = self._captured(sys.stdout, STDOUT_LINE)
            shown_err = self._captured(sys.stderr, STDERR_LINE)
            if shown_out:
                self._original_stdout.write(shown_out)
            if shown_err:
                self._original_stderr.write(shown_err)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def stopTestRun(self):
        """The run is over."""

    @failfast
    def addError(self, test, err):
        """test raised: err is (type, value, traceback)."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """test failed an assertion: err is (type, value, traceback)."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended; err is None when it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        bucket = self.failures if failed else self.errors
        bucket.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        """test passed."""

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        text = self._exc_info_to_string(err, test)
        self.expectedFailures.append((test, text))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """No failures, no errors and no unexpected successes."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exc_type, value, tb = err
        trimmed = self._clean_tracebacks(exc_type, value, tb, test)
        formatted = traceback.TracebackException(
            exc_type, value, trimmed.get(id(value)), capture_locals=self.tb_locals,
            compact=True)
        self._retrim_chain(formatted, value, trimmed, {id(value)})
        lines = list(formatted.format())
        if self.buffer:
            lines.append(self._captured(sys.stdout, STDOUT_LINE))
            lines.append(self._captured(sys.stderr, STDERR_LINE))
        return ''.join(lines)

    def _retrim_chain(self, formatted, value, trimmed, done):
        # The chained exceptions were formatted from their own tracebacks;
        # their stacks are replaced by the trimmed ones.
        for linked_te, linked in ((formatted.__cause__, value.__cause__),
                                  (formatted.__context__, value.__context__)):
            if linked_te is None or linked is None or id(linked) in done:
                continue
            done.add(id(linked))
            if id(linked) in trimmed:
                fresh = traceback.TracebackException(
                    type(linked), linked, trimmed[id(linked)],
                    capture_locals=self.tb_locals, compact=True)
                linked_te.stack = fresh.stack
            self._retrim_chain(linked_te, linked, trimmed, done)

    def _clean_tracebacks(self, exc_type, value, tb, test):
        # Frames of unittest itself are left out: the leading ones (the
        # runner) always, the trailing ones (inside assert*) for failures.
        # The chained exceptions get the same treatment.  Traceback objects
        # are not modified: the kept frames are copied into a chain of
        # _TbEntry objects.  Returns {id(exception): trimmed traceback}.
        out = {}
        todo = [(exc_type, value, tb)]
        seen = {id(value)}
        while todo:
            exc_type, value, tb = todo.pop()
            entries = []
            while tb is not None:
                entries.append(tb)
                tb = tb.tb_next
            first = 0
            while first < len(entries) and self._is_relevant_tb_level(entries[first]):
                first += 1
            last = len(entries)
            if exc_type is test.failureException:
                last = first
                while last < len(entries) and not self._is_relevant_tb_level(entries[last]):
                    last += 1
            out[id(value)] = _TbEntry.chain(entries[first:last])
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        todo.append((type(linked), linked, linked.__traceback__))
                        seen.add(id(linked))
        return out

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun, len(self.errors),
            len(self.failures))


class _TbEntry:
    """A copy of one traceback entry, linked to the next kept one."""
    __slots__ = ('tb_frame', 'tb_lineno', 'tb_lasti', 'tb_next')

    def __init__(self, tb):
        self.tb_frame = tb.tb_frame
        self.tb_lineno = tb.tb_lineno
        self.tb_lasti = tb.tb_lasti
        self.tb_next = None

    @classmethod
    def chain(cls, entries):
        head = None
        for tb in reversed(entries):
            entry = cls(tb)
            entry.tb_next = head
            head = entry
        return head

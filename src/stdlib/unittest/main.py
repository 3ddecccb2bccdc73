"""unittest.main (TestProgram): parse the command line, load the tests of
a module and run them (pyrite's own implementation, written from the
documented behaviour).  Test discovery is not provided."""

import os
import sys

from . import loader
from . import runner
from . import signals

__unittest = True

_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _module_name_of(arg):
    # A path to an existing .py file stands for the module it would be
    # imported as (relative to the current directory).
    if not (arg.lower().endswith('.py') and os.path.isfile(arg)):
        return arg
    if os.path.isabs(arg):
        rel = os.path.relpath(arg, os.getcwd())
        if os.path.isabs(rel) or rel.startswith(os.pardir):
            return arg
        arg = rel
    dotted = os.path.normpath(arg)[:-len('.py')]
    for sep in ('\\', '/'):
        dotted = dotted.replace(sep, '.')
    return dotted


def _select_pattern(text):
    # -k foo matches names containing foo; a pattern with * is used as is.
    return text if '*' in text else f'*{text}*'


# (flags, dest, action/const, help, attribute that must be None to offer it)
_OPTIONS = (
    (('-v', '--verbose'), 'verbosity', ('store_const', 2), 'Verbose output', None),
    (('-q', '--quiet'), 'verbosity', ('store_const', 0), 'Quiet output', None),
    (('--locals',), 'tb_locals', ('store_true', None),
     'Show local variables in tracebacks', None),
    (('-f', '--failfast'), 'failfast', ('store_true', None),
     'Stop on first fail or error', 'failfast'),
    (('-c', '--catch'), 'catchbreak', ('store_true', None),
     'Catch Ctrl-C and display results so far', 'catchbreak'),
    (('-b', '--buffer'), 'buffer', ('store_true', None),
     'Buffer stdout and stderr during tests', 'buffer'),
)


class TestProgram(object):
    """Runs the tests of a module from the command line: `unittest.main()`."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = None
    progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            _, *rest = module.split('.')
            found = __import__(module)
            for attr in rest:
                found = getattr(found, attr)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        if warnings is None and not getattr(sys, "warnoptions", None):
            # Show DeprecationWarnings and the like during the run.
            warnings = 'default'
        self.warnings = warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = os.path.split(argv[0])[1]
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        text = self._main_parser.format_help()
        print(text)
        print(_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        self._main_parser.parse_args(argv[1:], self)
        chosen = self.defaultTest
        if self.tests:
            self.testNames = [_module_name_of(arg) for arg in self.tests]
        elif chosen is None:
            self.testNames = None
        else:
            self.testNames = (chosen,) if isinstance(chosen, str) else list(chosen)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        loader_ = self.testLoader
        if self.testNamePatterns:
            loader_.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = loader_.loadTestsFromModule(self.module)
        else:
            self.test = loader_.loadTestsFromNames(self.testNames, self.module)

    def _initArgParsers(self):
        self._main_parser = self._getMainArgParser(self._getParentArgParser())

    def _getParentArgParser(self):
        import argparse
        options = argparse.ArgumentParser(add_help=False)
        for flags, dest, (action, const), text, gate in _OPTIONS:
            if gate is not None:
                if getattr(self, gate) is not None:
                    continue
                setattr(self, gate, False)
            extra = {} if const is None else {'const': const}
            options.add_argument(*flags, dest=dest, action=action, help=text, **extra)
        if self.testNamePatterns is None:
            options.add_argument('-k', dest='testNamePatterns', action='append',
                                 type=_select_pattern,
                                 help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return options

    def _getMainArgParser(self, parent):
        import argparse
        full = argparse.ArgumentParser(parents=[parent], prog=self.progName)
        full.print_help = self._print_help
        full.add_argument('tests', nargs='*',
                          help='a list of any number of test modules, classes and '
                               'test methods.')
        return full

    def _make_runner(self):
        factory = self.testRunner
        if not isinstance(factory, type):
            return factory
        settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals)
        # Older runner classes may not know tb_locals, or any option.
        try:
            return factory(**settings)
        except TypeError:
            pass
        del settings['tb_locals']
        try:
            return factory(**settings)
        except TypeError:
            return factory()

    def runTests(self):
        if self.catchbreak:
            signals.installHandler()
        self.testRunner = self.testRunner or runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            # SystemExit(False) when everything passed, else SystemExit(True).
            failed = not self.result.wasSuccessful()
            sys.exit(failed)


main = TestProgram

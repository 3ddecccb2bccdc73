"""Timing of small code snippets: Timer (timeit, repeat, autorange,
print_exc), the timeit() and repeat() shortcuts, default_timer and main()
for ``python -m timeit``.

pyrite's own implementation.  A string statement is pasted into the body of
a generated timing function (compiled with exec; the runtime must support
it), laid out like CPython's so that tracebacks point at the same lines of
"<timeit-src>"; callables are called from that function instead.  The
garbage collector is off while timing, as in CPython.
"""

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _shift(code, spaces):
    """Indent the continuation lines of code (the first line is placed by
    the template)."""
    return ('\n' + ' ' * spaces).join(code.split('\n'))


def _timing_source(params, setup, stmt):
    # Line 1 is blank: the statement lands on line 6, as in CPython.
    return '\n'.join([
        '',
        'def inner(_it, _timer%s):' % params,
        '    ' + setup,
        '    _t0 = _timer()',
        '    for _i in _it:',
        '        ' + stmt,
        '        pass',
        '    _t1 = _timer()',
        '    return _t1 - _t0',
        '',
    ])


def _loop_counter(number):
    try:
        from itertools import repeat as _repeat
    except ImportError:
        return [None] * number
    return _repeat(None, number)


class Timer:
    """Times a statement (source text or a callable) after running setup."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        params = ''
        checked_prefix = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            checked_prefix = setup + '\n'
            setup_code = _shift(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            params += ', _setup=_setup'
            setup_code = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # Compiled after the setup text so that e.g. 'return' is refused
            # with a proper SyntaxError before the template hides it.
            compile(checked_prefix + stmt, dummy_src_name, 'exec')
            stmt_code = _shift(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        self.src = _timing_source(params, setup_code, stmt_code)
        module_globals = globals
        if module_globals is None:
            module_globals = _module_namespace()
        exec(compile(self.src, dummy_src_name, 'exec'), module_globals, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the
        generated source available for its "<timeit-src>" lines."""
        try:
            import linecache
            if self.src is not None:
                linecache.cache[dummy_src_name] = (len(self.src), None,
                                                   self.src.split('\n'), dummy_src_name)
        except (ImportError, AttributeError):
            pass
        try:
            import traceback
        except ImportError:
            error = sys.exc_info()[1]
            print('%s: %s' % (type(error).__name__, error), file=file or sys.stderr)
            return
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds (float) taken by `number` runs of the statement."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(_loop_counter(number), self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Try 1, 2, 5, 10, 20, 50, ... runs until one batch takes at least
        0.2 s; return (runs, seconds) of that batch.  callback(runs, seconds)
        is told about every batch."""
        for number in _one_two_five():
            taken = self.timeit(number)
            if callback:
                callback(number, taken)
            if taken >= 0.2:
                return (number, taken)


def _one_two_five():
    decade = 1
    while True:
        for step in (1, 2, 5):
            yield step * decade
        decade *= 10


def _module_namespace():
    return sys.modules[__name__].__dict__ if __name__ in sys.modules else {}


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
_USAGE = """\
usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

  -n N, --number=N  how many times to execute 'statement'
  -r N, --repeat=N  how many times to repeat the timer (default 5)
  -s S, --setup=S   statement to be executed once initially (default 'pass');
                    several -s options are joined by newlines
  -p, --process     use time.process_time() (default is time.perf_counter())
  -v, --verbose     print raw timing results; repeat for more digits
  -u, --unit=U      unit of the timer output (nsec, usec, msec or sec)
  -h, --help        print this message and exit
"""
_WITH_VALUE = {'-n': 'number', '--number': 'number', '-r': 'repeat',
               '--repeat': 'repeat', '-s': 'setup', '--setup': 'setup',
               '-u': 'unit', '--unit': 'unit'}
_FLAGS = {'-p': 'process', '--process': 'process', '-v': 'verbose',
          '--verbose': 'verbose', '-h': 'help', '--help': 'help',
          '-t': 'ignored', '--time': 'ignored', '-c': 'ignored', '--clock': 'ignored'}


class _UsageError(Exception):
    pass


def _parse_command_line(argv):
    """[(option, value)], statement words -- in the manner of getopt."""
    options = []
    at = 0
    while at < len(argv):
        word = argv[at]
        if word == '--':
            at += 1
            break
        if not word.startswith('-') or word == '-':
            break
        name, eq, attached = word.partition('=') if word.startswith('--') else (word, '', '')
        if not word.startswith('--') and len(word) > 2:
            name, attached = word[:2], word[2:]
        if name in _WITH_VALUE:
            if attached or eq:
                value = attached
            elif at + 1 < len(argv):
                at += 1
                value = argv[at]
            else:
                raise _UsageError('option %s requires argument' % name)
            options.append((_WITH_VALUE[name], value))
        elif name in _FLAGS and not eq:
            options.append((_FLAGS[name], None))
            if attached and not word.startswith('--'):
                argv = argv[:at + 1] + ['-' + attached] + argv[at + 1:]
        else:
            raise _UsageError('option %s not recognized' % name)
        at += 1
    return options, argv[at:]


def main(args=None, *, _wrap_timer=None):
    """Command line: [-n N] [-r N] [-s S] [-u U] [-p] [-v] [-h] [statement ...]."""
    if args is None:
        args = sys.argv[1:]
    try:
        options, words = _parse_command_line(list(args))
    except _UsageError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    number = 0
    runs = default_repeat
    setup_lines = []
    unit = None
    verbose = 0
    digits = 3
    for option, value in options:
        if option == 'number':
            number = int(value)
        elif option == 'repeat':
            runs = max(int(value), 1)
        elif option == 'setup':
            setup_lines.append(value)
        elif option == 'unit':
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = value
        elif option == 'process':
            timer = time.process_time
        elif option == 'verbose':
            if verbose:
                digits += 1
            verbose += 1
        elif option == 'help':
            print(_USAGE, end=' ')
            return 0
    statement = '\n'.join(words) or 'pass'
    setup = '\n'.join(setup_lines) or 'pass'

    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    def show(seconds):
        if unit is not None:
            chosen, scale = unit, _UNITS[unit]
        else:
            chosen, scale = 'nsec', _UNITS['nsec']
            for name, size in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
                if seconds >= size:
                    chosen, scale = name, size
                    break
        return '%.*g %s' % (digits, seconds / scale, chosen)

    timer_obj = Timer(statement, setup, timer)
    if number == 0:
        def report(count, seconds):
            print('%d loop%s -> %.*g secs' % (count, '' if count == 1 else 's',
                                              digits, seconds))
        try:
            number, _ = timer_obj.autorange(report if verbose else None)
        except BaseException:
            timer_obj.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = timer_obj.repeat(runs, number)
    except BaseException:
        timer_obj.print_exc()
        return 1
    if verbose:
        print('raw times: %s' % ', '.join([show(t) for t in raw]))
        print()
    per_loop = [t / number for t in raw]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, '' if number == 1 else 's', runs, show(best)))
    if worst >= 4 * best:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time '
                               '(%s) was more than four times slower than the best '
                               'time (%s).' % (show(worst), show(best)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())

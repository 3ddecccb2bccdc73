"""Measure execution time of small code snippets: Timer (timeit, repeat,
autorange, print_exc), timeit(), repeat(), default_timer, and a
``python -m timeit`` style main().

pyrite's own implementation.  String statements are compiled into a timing
function with exec (the runtime must support it); callables are timed
directly.  The garbage collector is disabled while timing, as in CPython.
"""

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indent(text, spaces):
    return text.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # Check the statement on its own (with setup's names known).
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(_it, _timer%s):\n'
               '    %s\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        %s\n'
               '        pass\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n' % (init, setup, stmt))
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Helper to print a traceback from the timed code."""
        try:
            import traceback
        except ImportError:
            exc = sys.exc_info()[1]
            print('%s: %s' % (type(exc).__name__, exc), file=file or sys.stderr)
            return
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement (seconds, float)."""
        it = [None] * number
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times; returns a list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """Command-line interface: [-n N] [-r N] [-s S] [-u U] [-v] [statement ...]."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    verbose = 0
    time_unit = None
    units = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
    stmt_parts = []
    i = 0
    while i < len(args):
        arg = args[i]
        value = args[i + 1] if i + 1 < len(args) else None
        if arg in ('-n', '--number'):
            number = int(value)
            i += 2
        elif arg in ('-r', '--repeat'):
            repeat_count = max(int(value), 1)
            i += 2
        elif arg in ('-s', '--setup'):
            setup.append(value)
            i += 2
        elif arg in ('-u', '--unit'):
            if value not in units:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            time_unit = value
            i += 2
        elif arg in ('-v', '--verbose'):
            verbose += 1
            i += 1
        elif arg in ('-p', '--process'):
            i += 1
        elif arg in ('-h', '--help'):
            print(main.__doc__)
            return 0
        else:
            stmt_parts = args[i:]
            break
    stmt = '\n'.join(stmt_parts) or 'pass'
    setup = '\n'.join(setup) or 'pass'
    t = Timer(stmt, setup, default_timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = '{num} loop{s} -> {secs:.{prec}g} secs'
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '', secs=time_taken,
                                 prec=3))
        number, _ = t.autorange(callback)
        if verbose:
            print()
    raw_timings = t.repeat(repeat_count, number)

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = sorted(((s, u) for u, s in units.items()), reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return '%.*g %s' % (3, dt / scale, unit)

    if verbose:
        print('raw times: %s' % ', '.join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print('%d loop%s, best of %d: %s per loop' % (number, 's' if number != 1 else '',
                                                  repeat_count, format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time '
                               '(%s) was more than four times slower than the best '
                               'time (%s).' % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())

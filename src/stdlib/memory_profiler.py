"""memory_profiler (built into pyrite): line-by-line memory usage.

Behaves like memory_profiler 0.61: `@profile` traces the decorated function
with `sys.settrace`, samples the process's resident set size (from
/proc/self/statm, what psutil reports) at every line event, and prints the
line table when the function returns; `memory_usage()` samples RSS over time;
`python -m memory_profiler script.py` runs a script with `profile` as a
builtin.
"""

import os
import sys
import time

import _psutil

__version__ = "0.61.0"

_TWO_20 = float(2 ** 20)
_PID = os.getpid()


def choose_backend(new_backend=None):
    """Only the psutil backend exists here (it reads /proc directly)."""
    if new_backend not in (None, "psutil", "psutil_pss", "psutil_uss", "posix", "tracemalloc"):
        raise NotImplementedError("Unknown backend '%s'" % new_backend)
    return "psutil"


def _get_memory(pid, backend=None, timestamps=False, include_children=False, filename=None):
    """RSS of `pid` (-1: this process) in MiB, optionally with a timestamp."""
    if pid == -1:
        pid = _PID
    mem = _psutil.statm(pid)[1] / _TWO_20
    if include_children:
        mem += sum(_psutil.statm(c)[1] for c in _children(pid)) / _TWO_20
    if timestamps:
        return mem, time.time()
    return mem


def _children(pid):
    out = []
    for p in _psutil.pids():
        try:
            if _psutil.proc_stat(p)[2] == pid:
                out.append(p)
        except OSError:
            pass
    return out


# ---- memory_usage -------------------------------------------------------


class _Sampler:
    """Samples RSS every `interval` seconds while a callable runs, from the
    trace function's events (pyrite has no child process to do it)."""

    def __init__(self, interval, include_children, timestamps, max_usage):
        self.interval = interval
        self.include_children = include_children
        self.timestamps = timestamps
        self.max_usage = max_usage
        self.samples = []
        self.next_at = 0.0
        self.previous = None

    def sample(self):
        m = _get_memory(-1, include_children=self.include_children, timestamps=self.timestamps)
        self.samples.append(m)
        self.next_at = time.monotonic() + self.interval

    def trace(self, frame, event, arg):
        if time.monotonic() >= self.next_at:
            self.sample()
        if self.previous is not None:
            self.previous(frame, event, arg)
        return self.trace

    def run(self, f, args, kw):
        self.previous = sys.gettrace()
        self.sample()
        sys.settrace(self.trace)
        try:
            value = f(*args, **kw)
        finally:
            sys.settrace(self.previous)
        self.sample()
        return value


def memory_usage(proc=-1, interval=.1, timeout=None, timestamps=False,
                 include_children=False, multiprocess=False, max_usage=False,
                 retval=False, stream=None, backend=None, max_iterations=None):
    """Memory usage (MiB) of a process (pid, -1 for this one) sampled every
    `interval` seconds, or of running `proc` given as `f` or `(f, args, kw)`."""
    backend = choose_backend(backend)
    ret = [] if not max_usage else -1
    if timeout is not None:
        max_iter = int(round(timeout / interval))
    elif isinstance(proc, int):
        max_iter = 1
    else:
        max_iter = float("inf")
    if max_iterations is not None:
        max_iter = max_iterations

    if callable(proc):
        proc = (proc, (), {})
    if isinstance(proc, (list, tuple)):
        if len(proc) == 1:
            f, args, kw = (proc[0], (), {})
        elif len(proc) == 2:
            f, args, kw = (proc[0], proc[1], {})
        elif len(proc) == 3:
            f, args, kw = (proc[0], proc[1], proc[2])
        else:
            raise ValueError
        sampler = _Sampler(interval, include_children, timestamps, max_usage)
        returned = sampler.run(f, args, kw)
        samples = sampler.samples
        if stream is not None:
            for m in samples:
                if timestamps:
                    stream.write("MEM {0:.6f} {1:.4f}\n".format(*m))
                else:
                    stream.write("MEM {0:.6f}\n".format(m))
            ret = []
        elif max_usage:
            ret = max(m[0] if timestamps else m for m in samples)
        else:
            ret = samples
        if retval:
            return ret, returned
        return ret

    if not isinstance(proc, int):
        raise TypeError("memory_usage() needs a pid, a callable or a (f, args, kw) tuple")
    if proc != -1 and not _psutil.pid_exists(proc):
        raise ValueError("process %s does not exist" % proc)
    counter = 0
    while counter < max_iter:
        counter += 1
        mem = _get_memory(proc, backend, include_children=include_children, timestamps=timestamps)
        if stream is not None:
            if timestamps:
                stream.write("MEM {0:.6f} {1:.4f}\n".format(*mem))
            else:
                stream.write("MEM {0:.6f}\n".format(mem))
        elif max_usage:
            ret = max(ret, mem)
        else:
            ret.append(mem)
        time.sleep(interval)
        if stream is not None and counter % 50 == 0:
            stream.flush()
    return ret


# ---- source lines ---------------------------------------------------------

_line_cache = {}


def _getlines(filename):
    """The file's lines, each ending in a newline (as linecache gives them)."""
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8", errors="replace") as f:
                lines = f.readlines()
        except OSError:
            lines = []
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        _line_cache[filename] = lines
    return lines


def _scan(line, state):
    """Advances the (brackets, quote) state over one line; returns the code
    part of the line with strings and comments blanked out."""
    depth, quote = state
    code = []
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                code.append("s")
                continue
            i += 1
            continue
        if c == "#":
            break
        if c in "'\"":
            q = line[i:i + 3] if line[i:i + 3] in ("'''", '"""') else c
            quote = q
            i += len(q)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        code.append(c)
        i += 1
    if quote in ("'", '"'):
        quote = None  # an unterminated one-quote string ends with its line
    state[0], state[1] = depth, quote
    return "".join(code)


def _getblock(lines, start):
    """Lines of the def/class block starting at index `start` (its first
    decorator), ended like inspect.getblock ends it: at the first code line
    indented no deeper than the header; comments count when indented like
    the body."""
    first = lines[start]
    base = len(first) - len(first.lstrip())
    state = [0, None]
    i = start
    # The header: decorators, then the def line, up to the ':' that ends it.
    while i < len(lines):
        code = _scan(lines[i], state).rstrip()
        cont = state[0] > 0 or state[1] is not None or code.endswith("\\")
        stripped = lines[i].strip()
        i += 1
        if cont:
            continue
        if stripped.startswith("@") or not stripped:
            continue
        if code.endswith(":"):
            break
        return lines[start:i]  # a one-line body: `def f(): return 1`
    last = i - 1
    body_col = None
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if not stripped:
            i += 1
            continue
        if stripped.startswith("#"):
            if body_col is not None and indent >= body_col:
                last = i
            i += 1
            continue
        if indent <= base:
            break
        if body_col is None:
            body_col = indent
        last = i
        code = _scan(line, state).rstrip()
        i += 1
        while (state[0] > 0 or state[1] is not None or code.endswith("\\")) and i < len(lines):
            code = _scan(lines[i], state).rstrip()
            last = i
            i += 1
    return lines[start:last + 1]


# ---- line profiler ----------------------------------------------------------


def _is_code(x):
    return type(x).__name__ == "code"


class CodeMap(dict):
    """code object -> {lineno: (increment, memory, occurrences)}; code nested
    in a profiled function shares that function's table."""

    def __init__(self, include_children, backend):
        self.include_children = include_children
        self._toplevel = []
        self.backend = backend
        self._not_nested = set()

    def add(self, code, toplevel_code=None):
        if code in self:
            return
        if toplevel_code is None:
            filename = code.co_filename
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            if not os.path.exists(filename):
                print("ERROR: Could not find file " + filename)
                if filename.startswith(("ipython-input", "<ipython-input")):
                    print("NOTE: %mprun can only be used on functions defined in"
                          " physical files, and not in the IPython environment.")
                return
            lines = _getlines(filename)
            start = code.co_firstlineno
            sub_lines = _getblock(lines, start - 1) if 0 < start <= len(lines) else []
            linenos = range(start, start + len(sub_lines))
            self._toplevel.append((filename, code, linenos))
            self[code] = {}
        else:
            self[code] = self[toplevel_code]
        for sub in filter(_is_code, getattr(code, "co_consts", ())):
            self.add(sub, toplevel_code=toplevel_code if toplevel_code is not None else code)

    def nested(self, code):
        """Whether `code` (not yet known) lies inside a profiled function's
        source lines: its comprehensions, lambdas and inner functions, when
        code objects do not list their constants."""
        if code in self._not_nested:
            return False
        for filename, top, linenos in self._toplevel:
            if code.co_filename == top.co_filename and code.co_firstlineno in linenos and code is not top:
                self[code] = self[top]
                return True
        self._not_nested.add(code)
        return False

    def trace(self, code, lineno, prev_lineno):
        memory = _get_memory(-1, self.backend, include_children=self.include_children,
                             filename=code.co_filename)
        table = self[code]
        prev_value = table.get(lineno, None)
        previous_memory = prev_value[1] if prev_value else 0
        previous_inc = prev_value[0] if prev_value else 0
        prev_line_value = table.get(prev_lineno, None) if prev_lineno else None
        prev_line_memory = prev_line_value[1] if prev_line_value else 0
        occ_count = prev_value[2] + 1 if prev_value else 1
        table[lineno] = (
            previous_inc + (memory - prev_line_memory),
            max(memory, previous_memory),
            occ_count,
        )

    def items(self):
        """(filename, iterator of (lineno, measure or None)) per profiled function."""
        for (filename, code, linenos) in self._toplevel:
            measures = self[code]
            if not measures:
                continue
            line_iterator = ((line, measures.get(line)) for line in linenos)
            yield (filename, line_iterator)


class LineProfiler(object):
    """A profiler that records the amount of memory for each line."""

    def __init__(self, **kw):
        include_children = kw.get("include_children", False)
        backend = kw.get("backend", "psutil")
        self.code_map = CodeMap(include_children=include_children, backend=backend)
        self.enable_count = 0
        self.max_mem = kw.get("max_mem", None)
        self.prevlines = []
        self.backend = choose_backend(kw.get("backend", None))
        self.prev_lineno = None
        self._original_trace_function = None

    def __call__(self, func=None, precision=1):
        if func is not None:
            self.add_function(func)
            f = self.wrap_function(func)
            f.__module__ = func.__module__
            f.__name__ = func.__name__
            f.__doc__ = func.__doc__
            f.__dict__.update(getattr(func, "__dict__", {}))
            return f

        def inner_partial(f):
            return self.__call__(f, precision=precision)
        return inner_partial

    def add_function(self, func):
        """Record line profiling information for the given Python function."""
        try:
            code = func.__code__
        except AttributeError:
            import warnings
            warnings.warn("Could not extract a code object for the object %r" % (func,))
        else:
            self.code_map.add(code)

    def add(self, func):
        self.add_function(func)

    def wrap_function(self, func):
        """Wrap a function to profile it."""
        def f(*args, **kwds):
            self.enable_by_count()
            try:
                return func(*args, **kwds)
            finally:
                self.disable_by_count()
        return f

    def runctx(self, cmd, globals, locals):
        self.enable_by_count()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable_by_count()
        return self

    def enable_by_count(self):
        if self.enable_count == 0:
            self.enable()
        self.enable_count += 1

    def disable_by_count(self):
        if self.enable_count > 0:
            self.enable_count -= 1
            if self.enable_count == 0:
                self.disable()

    def _known(self, code):
        return code in self.code_map or self.code_map.nested(code)

    def trace_memory_usage(self, frame, event, arg):
        """Callback for sys.settrace: each line's memory is measured when the
        next line (or the return) of the same function starts."""
        if self._known(frame.f_code):
            if event == "call":
                self.prevlines.append(frame.f_lineno)
            elif event == "line":
                self.code_map.trace(frame.f_code, self.prevlines[-1], self.prev_lineno)
                self.prev_lineno = self.prevlines[-1]
                self.prevlines[-1] = frame.f_lineno
            elif event == "return":
                lineno = self.prevlines.pop()
                self.code_map.trace(frame.f_code, lineno, self.prev_lineno)
                self.prev_lineno = lineno
        if self._original_trace_function is not None:
            self._original_trace_function(frame, event, arg)
        return self.trace_memory_usage

    def trace_max_mem(self, frame, event, arg):
        if event in ("line", "return") and self._known(frame.f_code):
            c = _get_memory(-1, self.backend, filename=frame.f_code.co_filename)
            if c >= self.max_mem:
                t = ("Current memory {0:.2f} MiB exceeded the maximum of {1:.2f} MiB\n"
                     .format(c, self.max_mem))
                # (memory_profiler then starts pdb, which pyrite does not have.)
                sys.stdout.write(t)
                self.max_mem = float("inf")
        if self._original_trace_function is not None:
            self._original_trace_function(frame, event, arg)
        return self.trace_max_mem

    def __enter__(self):
        self.enable_by_count()

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.disable_by_count()

    def enable(self):
        self._original_trace_function = sys.gettrace()
        if self.max_mem is not None:
            sys.settrace(self.trace_max_mem)
        else:
            sys.settrace(self.trace_memory_usage)

    def disable(self):
        sys.settrace(self._original_trace_function)


def show_results(prof, stream=None, precision=1):
    """Writes the line table of every profiled function that ran."""
    if stream is None:
        stream = sys.stdout
    template = "{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}"
    for (filename, lines) in prof.code_map.items():
        header = template.format("Line #", "Mem usage", "Increment", "Occurrences",
                                 "Line Contents")
        stream.write("Filename: " + filename + "\n\n")
        stream.write(header + "\n")
        stream.write("=" * len(header) + "\n")
        all_lines = _getlines(filename)
        float_format = "{0}.{1}f".format(precision + 4, precision)
        template_mem = "{0:" + float_format + "} MiB"
        for (lineno, mem) in lines:
            if mem:
                inc = template_mem.format(mem[0])
                total_mem = template_mem.format(mem[1])
                occurrences = mem[2]
            else:
                total_mem = ""
                inc = ""
                occurrences = ""
            text = all_lines[lineno - 1] if 0 < lineno <= len(all_lines) else "\n"
            stream.write(template.format(lineno, total_mem, inc, occurrences, text))
        stream.write("\n\n")


def _wraps(func, wrapper):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, name, getattr(func, name))
        except AttributeError:
            pass
    wrapper.__dict__.update(getattr(func, "__dict__", {}))
    wrapper.__wrapped__ = func
    return wrapper


def profile(func=None, stream=None, precision=1, backend="psutil"):
    """Decorator: prints the function's line-by-line memory table each time
    it returns (to `stream`, default stdout)."""
    backend = choose_backend(backend)
    if func is not None:
        def wrapper(*args, **kwargs):
            prof = LineProfiler(backend=backend)
            val = prof(func)(*args, **kwargs)
            show_results(prof, stream=stream, precision=precision)
            return val
        return _wraps(func, wrapper)

    def inner_wrapper(f):
        return profile(f, stream=stream, precision=precision, backend=backend)
    return inner_wrapper


class LogFile(object):
    """File-like object that sends writes to a logger (memory_profiler's API)."""

    def __init__(self, name="", reportIncrementFlag=False):
        import logging
        self.logger = logging.getLogger(name)
        self.reportIncrementFlag = reportIncrementFlag

    def write(self, msg, level=20):
        if self.reportIncrementFlag:
            if "MiB" in msg and float(msg.split("MiB")[1].strip()) > 0:
                self.logger.log(level, msg)
            elif msg.__contains__("Filename:") or msg.__contains__("Line Contents"):
                self.logger.log(level, msg)
        else:
            self.logger.log(level, msg)

    def flush(self):
        for handler in self.logger.handlers:
            handler.flush()


# ---- python -m memory_profiler script.py ------------------------------------

_USAGE = "usage: python -m memory_profiler script_file.py"


def _find_script(script_name):
    """Finds the script: as given, else on $PATH."""
    if os.path.isfile(script_name):
        return script_name
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        fn = os.path.join(folder, script_name)
        if os.path.isfile(fn):
            return fn
    sys.stderr.write("Could not find script {0}\n".format(script_name))
    raise SystemExit(1)


def exec_with_profiler(filename, profiler, backend, passed_args=[]):
    import builtins
    builtins.__dict__["profile"] = profiler
    ns = {"__name__": "__main__", "__file__": filename, "__builtins__": builtins,
          "__package__": None, "__doc__": None, "profile": profiler}
    sys.argv = [filename] + list(passed_args)
    with open(filename, encoding="utf-8") as f:
        source = f.read()
    exec(compile(source, filename, "exec"), ns, ns)


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    precision = 1
    out = None
    backend = None
    include_children = False
    while args and args[0].startswith("-") and args[0] != "-":
        opt = args.pop(0)
        if opt in ("-h", "--help"):
            print(_USAGE)
            return
        if opt == "--version":
            print(__version__)
            return
        if opt in ("--precision", "-o", "--outfile", "--backend", "--pdb-mmem") and args:
            val = args.pop(0)
            if opt == "--precision":
                precision = int(val)
            elif opt in ("-o", "--outfile"):
                out = val
            elif opt == "--backend":
                backend = val
        elif opt.startswith("--precision="):
            precision = int(opt.split("=", 1)[1])
        elif opt in ("--include-children", "-m", "-c"):
            include_children = include_children or opt == "--include-children"
        else:
            sys.stderr.write(_USAGE + "\n")
            sys.stderr.write("memory_profiler.py: error: unrecognized arguments: %s\n" % opt)
            raise SystemExit(2)
    if not args:
        sys.stderr.write(_USAGE + "\n")
        sys.stderr.write("memory_profiler.py: error: the following arguments are required: program\n")
        raise SystemExit(2)
    script = _find_script(args[0])
    prof = LineProfiler(backend=choose_backend(backend), include_children=include_children)
    try:
        exec_with_profiler(script, prof, backend, args[1:])
    finally:
        stream = open(out, "a") if out else None
        show_results(prof, stream=stream, precision=precision)
        if stream is not None:
            stream.close()


if __name__ == "__main__":
    main()

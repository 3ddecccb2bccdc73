"""Extract, format and print stack traces and exceptions: print_exc,
format_exc, print_exception, format_exception, format_exception_only,
extract_tb, extract_stack, format_tb, format_stack, print_tb, print_stack,
format_list, walk_tb, walk_stack, FrameSummary, StackSummary,
TracebackException, clear_frames.

pyrite's own implementation.  Whole-exception formatting (print_exc,
format_exc, print_exception, format_exception, format_exception_only)
delegates to the interpreter's sys.__excepthook__, captured, so the text is
exactly what an uncaught exception prints (chained exceptions, 3.11's ^^^
markers, "Did you mean" hints).  With a ``limit`` or ``chain=False``, and
for the frame-level functions, the text is built here without the markers.
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()

_cause_message = ('\nThe above exception was the direct cause of the following '
                  'exception:\n\n')
_context_message = ('\nDuring handling of the above exception, another exception '
                    'occurred:\n\n')


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


def _native_text(exc_type, value, tb):
    """What the interpreter's excepthook prints for this exception ('' if none)."""
    hook = getattr(sys, '__excepthook__', None)
    if hook is None:
        return ''
    capture = _Capture()
    saved = sys.stderr
    sys.stderr = capture
    try:
        hook(exc_type, value, tb)
    except Exception:
        return ''
    finally:
        sys.stderr = saved
    return capture.getvalue()


def _split_entries(text):
    """Split excepthook text into format_exception-style list entries."""
    entries = []
    for line in text.splitlines(True):
        if line.startswith('    ') and entries and entries[-1].startswith('  File '):
            entries[-1] += line
        else:
            entries.append(line)
    return entries


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return type(exc), exc, exc.__traceback__
            raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
        return None, None, None
    return exc, value, tb


################################################################################
# Frame summaries
################################################################################

try:
    import _pyrite_tb
except ImportError:
    _pyrite_tb = None


def _getline(filename, lineno):
    if _pyrite_tb is not None and filename.startswith('<pyrite-stdlib>'):
        lines = _pyrite_tb.getlines(filename)
        return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''
    import linecache
    return linecache.getline(filename, lineno)


def _hidden(filename):
    return _pyrite_tb is not None and _pyrite_tb.hidden(filename)


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        if not _hidden(f.f_code.co_filename):
            yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        if not _hidden(tb.tb_frame.f_code.co_filename):
            yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for i, pos in enumerate(code.co_positions()):
        if i == instruction_index // 2:
            return pos
    return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    # The frame, and the position (line, end line, columns) of its instruction.
    while tb is not None:
        f = tb.tb_frame
        if not _hidden(f.f_code.co_filename):
            positions = _get_code_position(f.f_code, tb.tb_lasti)
            if positions[0] is None:
                yield f, (tb.tb_lineno,) + positions[1:]
            else:
                yield f, positions
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = []
        if limit is not None and limit >= 0:
            for item in frame_gen:
                if len(frames) >= limit:
                    break
                frames.append(item)
        else:
            frames = list(frame_gen)
            if limit is not None:
                frames = frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            if (frame_summary.colno is not None and frame_summary.end_colno is not None
                    and _pyrite_tb is not None):
                row.append(_pyrite_tb.carets(
                    frame_summary._original_line, frame_summary.colno,
                    frame_summary.end_colno,
                    frame_summary.lineno != frame_summary.end_lineno))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing (repeated frames are collapsed)."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(formatted)
        if count > 3:
            count -= 3
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary of the frames of traceback tb."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is None:
        getframe = getattr(sys, '_getframe', None)
        f = getframe(1) if getframe is not None else None
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        getframe = getattr(sys, '_getframe', None)
        f = getframe(1) if getframe is not None else None
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        getframe = getattr(sys, '_getframe', None)
        f = getframe(1) if getframe is not None else None
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


################################################################################
# Exceptions
################################################################################

def _exception_name(etype):
    name = getattr(etype, '__qualname__', None) or etype.__name__
    module = getattr(etype, '__module__', None)
    if module not in ('__main__', 'builtins', None):
        name = module + '.' + name
    return name


def _format_final_exc_line(etype_name, value):
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    if value is None or not text:
        return '%s\n' % etype_name
    return '%s: %s\n' % (etype_name, text)


def _format_syntax_error(etype_name, value):
    """The File/source/caret lines and message of a SyntaxError."""
    filename_suffix = ''
    lineno = getattr(value, 'lineno', None)
    filename = getattr(value, 'filename', None)
    if lineno is not None:
        yield '  File "{}", line {}\n'.format(filename or '<string>', lineno)
    elif filename is not None:
        filename_suffix = ' ({})'.format(filename)
    text = getattr(value, 'text', None)
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        yield '    {}\n'.format(ltext)
        offset = getattr(value, 'offset', None)
        if offset is not None:
            end_offset = getattr(value, 'end_offset', None)
            if end_offset in (None, 0):
                end_offset = offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = ''.join(ch if ch.isspace() else ' ' for ch in ltext[:colno])
                yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
    msg = getattr(value, 'msg', None) or '<no detail available>'
    yield '{}: {}{}\n'.format(etype_name, msg, filename_suffix)


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback (the last line(s))."""
    if value is _sentinel:
        value = exc
        exc = type(value) if value is not None else None
    if exc is None:
        return ['NoneType: None\n']
    name = _exception_name(exc)
    if isinstance(value, SyntaxError):
        lines = list(_format_syntax_error(name, value))
    else:
        lines = [_format_final_exc_line(name, value)]
    for note in getattr(value, '__notes__', None) or ():
        lines.append(str(note) + '\n')
    return lines


class TracebackException:
    """An exception ready for rendering (type, value, stack, cause/context)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._limit = limit
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = str(exc_value) if exc_value is not None else 'None'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        yield from format_exception_only(self.exc_type, self._exc_value)

    def format(self, *, chain=True):
        """Format the exception (with its chain) as lines."""
        output = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information as a list of strings."""
    exc_type, value, tb = _parse_value_tb(exc, value, tb)
    if exc_type is None and value is None:
        return ['NoneType: None\n']
    if limit is None and chain and getattr(sys, 'tracebacklimit', None) is None:
        text = _native_text(exc_type, value, tb)
        if text:
            return _split_entries(text)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value,
    sys.last_traceback, limit, file)'."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit,
                    file=file, chain=chain)

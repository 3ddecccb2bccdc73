# pyrite's `traceback` module.
#
# Everything is built from one structured model: TracebackException (the
# exception, its StackSummary, its cause/context chain and the members of an
# exception group), rendered to the exact text CPython 3.11 prints.  The
# caret lines under source lines come from the interpreter itself
# (`_pyrite_tb.carets`, the code the native traceback printer uses), so the
# two never disagree; `_pyrite_tb` also supplies the sources of embedded
# stdlib modules and tells which frames CPython would not show.  Without
# `_pyrite_tb` (the module running on CPython, for tests) the carets are
# computed here.

import sys

__all__ = '''extract_stack extract_tb format_exception format_exception_only
    format_list format_stack format_tb print_exc format_exc print_exception
    print_last print_stack print_tb clear_frames FrameSummary StackSummary
    TracebackException walk_stack walk_tb'''.split()

try:
    import _pyrite_tb
except ImportError:
    _pyrite_tb = None

_CAUSE = ('\nThe above exception was the direct cause of the following '
          'exception:\n\n')
_CONTEXT = ('\nDuring handling of the above exception, another exception '
            'occurred:\n\n')
_HEADER = 'Traceback (most recent call last):\n'
_GROUP_HEADER = 'Exception Group Traceback (most recent call last):\n'

_MISSING = object()  # "argument not given"


def _to_text(obj, what, conv=str):
    try:
        return conv(obj)
    except Exception:
        return '<%s %s() failed>' % (what, conv.__name__)


def _source_line(filename, lineno):
    if _pyrite_tb is not None and filename.startswith('<pyrite-stdlib>'):
        lines = _pyrite_tb.getlines(filename)
        if 0 < lineno <= len(lines):
            return lines[lineno - 1]
        return ''
    import linecache
    return linecache.getline(filename, lineno)


def _shown(filename):
    return _pyrite_tb is None or not _pyrite_tb.hidden(filename)


# ------------------------------------------------------------------ frames

class FrameSummary:
    __slots__ = tuple('filename lineno end_lineno colno end_colno name '
                      '_line locals'.split())

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self.locals = None
        if locals:
            self.locals = {k: _to_text(v, 'local', repr) for k, v in locals.items()}
        if lookup_line:
            self.line  # read the source now, not when formatting

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if type(other) is tuple or isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (
            self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        # The caller of whoever called us (this is a generator: its first
        # step runs below the consumer's frames).
        f = _up(sys._getframe(), 4)
    while f is not None:
        if _shown(f.f_code.co_filename):
            yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        frame = tb.tb_frame
        if _shown(frame.f_code.co_filename):
            yield frame, tb.tb_lineno
        tb = tb.tb_next


def _position(code, lasti):
    # (line, end line, column, end column) of the instruction at byte
    # offset `lasti` (instructions are two bytes wide).
    if lasti >= 0:
        want = lasti // 2
        for index, pos in enumerate(code.co_positions()):
            if index == want:
                return pos
    return (None,) * 4


def _walk_tb_positions(tb):
    while tb is not None:
        frame = tb.tb_frame
        if _shown(frame.f_code.co_filename):
            pos = _position(frame.f_code, tb.tb_lasti)
            if pos[0] is None:
                pos = (tb.tb_lineno,) + tuple(pos[1:])
            yield frame, pos
        tb = tb.tb_next


# ----------------------------------------------------------- caret markers

def _char_col(line, byte_col):
    # Columns in code positions count UTF-8 bytes.
    return len(line.encode('utf-8')[:byte_col].decode('utf-8', 'replace'))


def _anchors(segment):
    # For a one-line expression: (start, stop) of the part drawn with '^'
    # when the rest is drawn with '~' (a binary operator, or a subscript's
    # brackets), else None.
    try:
        import ast
        tree = ast.parse('(\n' + segment + '\n)')
    except Exception:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    node = tree.body[0].value
    rows = segment.split('\n')

    def offset(lineno, col):
        # ast positions are relative to the wrapped text (segment on line 2)
        row = lineno - 2
        before = sum(len(r) + 1 for r in rows[:row])
        return before + len(rows[row].encode('utf-8')[:col].decode('utf-8', 'replace'))

    if isinstance(node, ast.BinOp):
        i = offset(node.left.end_lineno, node.left.end_col_offset)
        while i < len(segment) and (segment[i].isspace() or segment[i] in ')\\#'):
            if segment[i] == '#':
                while i < len(segment) and segment[i] != '\n':
                    i += 1
            else:
                i += 1
        width = 2 if segment[i:i + 2] in ('//', '**', '<<', '>>') else 1
        return i, i + width
    if isinstance(node, ast.Subscript):
        i = offset(node.value.end_lineno, node.value.end_col_offset)
        while i < len(segment) and segment[i] != '[':
            i += 1
        j = offset(node.slice.end_lineno, node.slice.end_col_offset)
        while j < len(segment) and segment[j] != ']':
            j += 1
        return i, j + 1
    return None


def _caret_line(original, colno, end_colno, multiline):
    if _pyrite_tb is not None:
        return _pyrite_tb.carets(original, colno, end_colno, multiline)
    text = original.rstrip('\r\n')
    body = text.lstrip()
    indent = len(text) - len(body)
    start = _char_col(text, colno)
    stop = _char_col(text, end_colno)
    marks = None
    if multiline:
        stop = len(text)
    else:
        marks = _anchors(text[start:stop])
    if marks is None:
        if stop - start >= len(body):
            return ''  # the whole line: nothing to point at
        drawing = '^' * (stop - start)
    else:
        a, b = marks
        drawing = '~' * a + '^' * (b - a) + '~' * (stop - start - b)
    return '    ' + ' ' * (start - indent) + drawing + '\n'


# ------------------------------------------------------------------ stacks

class StackSummary(list):

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # Plain (frame, lineno) pairs: no columns, hence no carets.
        located = ((f, (n, None, None, None)) for f, n in frame_gen)
        return klass._extract_from_extended_frame_gen(
            located, limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None:
                limit = max(limit, 0)
        if limit is None:
            picked = list(frame_gen)
        elif limit >= 0:
            picked = []
            for item in frame_gen:
                if len(picked) == limit:
                    break
                picked.append(item)
        else:
            picked = list(frame_gen)[limit:]  # the innermost -limit frames
        out = klass()
        files = set()
        for frame, (lineno, end_lineno, col, end_col) in picked:
            code = frame.f_code
            files.add(code.co_filename)
            out.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=col, end_colno=end_col))
        if lookup_lines:
            import linecache
            for name in files:
                linecache.checkcache(name)
            for entry in out:
                entry.line
        return out

    @classmethod
    def from_list(klass, a_list):
        out = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            out.append(item)
        return out

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        text = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
        source = fs.line
        if source:
            text += '    %s\n' % source
            if fs.colno is not None and fs.end_colno is not None:
                text += _caret_line(fs._original_line, fs.colno, fs.end_colno,
                                    fs.lineno != fs.end_lineno)
        if fs.locals:
            for key in sorted(fs.locals):
                text += '    %s = %s\n' % (key, fs.locals[key])
        return text

    def format(self):
        out = []
        previous = None
        repeats = 0

        def flush():
            extra = repeats - 3
            if extra > 0:
                out.append('  [Previous line repeated %d more time%s]\n'
                           % (extra, '' if extra == 1 else 's'))

        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if key != previous or None in key:
                flush()
                previous, repeats = key, 0
            repeats += 1
            if repeats <= 3:
                out.append(text)
        flush()
        return out


def _up(frame, levels):
    for _ in range(levels):
        frame = frame.f_back
    return frame


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_positions(tb),
                                                         limit=limit)


def format_tb(tb, limit=None):
    return StackSummary.format(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)


def format_list(extracted_list):
    return StackSummary.format(StackSummary.from_list(extracted_list))


def _write(chunks, file):
    out = sys.stderr if file is None else file
    for chunk in chunks:
        print(chunk, file=out, end='')


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def extract_stack(f=None, limit=None):
    start = _up(sys._getframe(), 1) if f is None else f
    frames = StackSummary.extract(walk_stack(start), limit=limit)
    frames.reverse()  # outermost first
    return frames


def format_stack(f=None, limit=None):
    start = _up(sys._getframe(), 1) if f is None else f
    return format_list(extract_stack(start, limit))


def print_stack(f=None, limit=None, file=None):
    start = _up(sys._getframe(), 1) if f is None else f
    _write(format_list(extract_stack(start, limit)), file)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # still executing
        tb = tb.tb_next


# -------------------------------------------------------------- exceptions

def _syntax_details(err):
    # The fields a SyntaxError built from Python arguments carries, for a
    # runtime that does not unpack them into attributes itself.
    args = getattr(err, 'args', ())
    found = {'msg': args[0] if args else None}
    if len(args) == 2 and isinstance(args[1], tuple):
        names = ('filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset')
        found.update(zip(names, args[1]))
    return found


def _type_label(cls):
    label = cls.__qualname__
    mod = cls.__module__
    if mod in ('__main__', 'builtins'):
        return label
    if not isinstance(mod, str):
        mod = '<unknown>'
    return mod + '.' + label


class TracebackException:

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _to_text(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            # Line numbers are kept as text, the rest as given.
            known = _syntax_details(exc_value)
            for attr in ('filename', 'text', 'offset', 'end_offset', 'msg',
                         'lineno', 'end_lineno'):
                val = getattr(exc_value, attr, known.get(attr))
                if attr.endswith('lineno') and val is not None:
                    val = str(val)
                setattr(self, attr, val)
        if lookup_lines:
            self._load_lines()

        def follow(other):
            if other is None or id(other) in seen:
                return None
            return TracebackException(
                type(other), other, other.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                compact=compact, max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=seen)

        self.__suppress_context__ = False
        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if exc_value is None:
            return
        self.__suppress_context__ = exc_value.__suppress_context__
        self.__cause__ = follow(exc_value.__cause__)
        # A compact object skips a context that would not be printed.
        if not compact or (self.__cause__ is None and not self.__suppress_context__):
            self.__context__ = follow(exc_value.__context__)
        if isinstance(exc_value, BaseExceptionGroup):
            members = []
            for member in exc_value.exceptions:
                te = follow(member)
                if te is not None:
                    members.append(te)
            self.exceptions = members

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        tb = exc.__traceback__
        return cls(type(exc), exc, tb, *args, **kwargs)

    def _load_lines(self):
        for fs in self.stack:
            fs.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        label = _type_label(self.exc_type)
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(label)
        else:
            yield _final_line(label, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if isinstance(notes, (list, tuple, str)) or _is_sequence(notes):
            for note in notes:
                for piece in _to_text(note, 'note').split('\n'):
                    yield piece + '\n'
        else:
            yield _to_text(notes, '__notes__', repr)

    def _syntax_error_lines(self, label):
        where = ''
        if self.lineno is None:
            if self.filename is not None:
                where = ' (%s)' % self.filename
        else:
            yield '  File "%s", line %s\n' % (self.filename or '<string>', self.lineno)
        if self.text is not None:
            raw = self.text.rstrip('\n')
            shown = raw.lstrip(' \n\f')
            yield '    %s\n' % shown
            first = self.offset
            if first is not None:
                cut = len(raw) - len(shown)
                last = self.end_offset
                if last in (None, 0):
                    last = first
                if last == first or last == -1:
                    last = first + 1
                lo, hi = first - 1 - cut, last - 1 - cut
                if lo >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:lo])
                    yield '    %s%s\n' % (pad, '^' * (hi - lo))
        yield '%s: %s%s\n' % (label, self.msg or '<no detail available>', where)

    def format(self, *, chain=True):
        lines, _ = self._render_chain(chain, 0)
        return iter(lines)

    def print(self, *, file=None, chain=True):
        _write(self.format(chain=chain), file)

    # Rendering.  _render_chain gives the text of this exception preceded by
    # its cause/context chain as a list of lines, plus whether an exception
    # group box was drawn in it (which decides where boxes get closed).
    # `depth` counts the enclosing groups; inside a group, plain lines carry
    # the "| " margin and nested groups bring their own box.

    def _render_chain(self, chain, depth):
        links = [(self, None)]
        if chain:
            seen_here = {id(self)}
            te = self
            while True:
                if te.__cause__ is not None:
                    te, why = te.__cause__, _CAUSE
                elif te.__context__ is not None and not te.__suppress_context__:
                    te, why = te.__context__, _CONTEXT
                else:
                    break
                if id(te) in seen_here:
                    break
                seen_here.add(id(te))
                links.append((te, why))
        margin = '| ' if depth else ''
        lines = []
        had_group = False
        # Oldest first, each followed by the message leading to the newer one.
        for index in range(len(links) - 1, -1, -1):
            te, why = links[index]
            body, group = te._render_one(chain, depth)
            if not group:
                body = [margin + line for line in body]
            lines += body
            had_group = had_group or group
            if index:
                lines += [margin + line for line in why.splitlines(True)]
        return lines, had_group

    def _render_one(self, chain, depth):
        if self.exceptions is None:
            out = []
            if self.stack:
                out.append(_HEADER)
                out += self.stack.format()
            out += self.format_exception_only()
            return _lines(out), False
        # CPython counts a member of the outermost group as two levels deep.
        if (depth + 1 if depth else 0) > self.max_group_depth:
            return ['... (max_group_depth is %d)\n' % self.max_group_depth], False
        return self._render_group(chain, depth), True

    def _render_group(self, chain, depth):
        own = []
        if self.stack:
            own.append(_GROUP_HEADER)
            own += self.stack.format()
        own += self.format_exception_only()
        own = _lines(own)
        box = ['| ' + line for line in own]
        if self.stack and depth == 0:
            box[0] = '+ ' + own[0]
        members = self.exceptions
        width = self.max_group_width
        slots = min(len(members), width + 1)
        inner = []
        for i in range(slots):
            if i:
                inner.append('+%s\n' % _rule(i + 1 if i < width else '...'))
            if i < width:
                sub, nested = members[i]._render_chain(chain, depth + 1)
            else:
                more = len(members) - width
                sub = ['| and %d more exception%s\n' % (more, 's' if more > 1 else '')]
                nested = False
            inner += sub
            # The last member closes the box unless a nested box did.
            if i == slots - 1 and not nested:
                inner.append('+' + '-' * 36 + '\n')
        box.append('+-+%s\n' % _rule(1))
        box += ['  ' + line for line in inner]
        if depth == 0:
            box = ['  ' + line for line in box]
        return box


def _rule(title):
    return '---------------- %s ----------------' % (title,)


def _lines(chunks):
    # Frame entries hold several lines; margins go in front of each.
    out = []
    for chunk in chunks:
        out += chunk.splitlines(True)
    return out


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)


def _final_line(label, text):
    if text:
        return '%s: %s\n' % (label, text)
    return '%s\n' % (label,)


# ---------------------------------------------------------- entry points

def _unpack(exc, value, tb):
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _MISSING:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found'
                        % type(exc).__name__)
    return exc, exc.__traceback__


def _model(exc, value, tb, limit):
    value, tb = _unpack(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    return list(_model(exc, value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None,
                    chain=True):
    _write(_model(exc, value, tb, limit).format(chain=chain), file)


def format_exception_only(exc, /, value=_MISSING):
    target = exc if value is _MISSING else value
    te = TracebackException(type(target), target, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    kind, val, tb = sys.exc_info()
    return ''.join(format_exception(kind, val, tb, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    kind, val, tb = sys.exc_info()
    print_exception(kind, val, tb, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    try:
        kind, val, tb = sys.last_type, sys.last_value, sys.last_traceback
    except AttributeError:
        raise ValueError('no last exception') from None
    print_exception(kind, val, tb, limit=limit, file=file, chain=chain)

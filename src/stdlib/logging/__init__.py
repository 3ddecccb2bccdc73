# logging -- pyrite's implementation of the `logging` package (3.11 behaviour).
#
# Layout of this file:
#   levels            numeric levels and their names
#   records           LogRecord and the record factory
#   formatting        the three format styles, Formatter, BufferingFormatter
#   filtering         Filter, Filterer
#   handlers          Handler, StreamHandler, FileHandler, NullHandler, lastResort
#   loggers           PlaceHolder, Manager, Logger, RootLogger, LoggerAdapter
#   configuration     basicConfig, getLogger, module-level shortcuts, shutdown,
#                     captureWarnings
#
# pyrite has no `re`, so format validation is done by small hand-written
# scanners that accept exactly what CPython's patterns accept.  Caller
# information comes from sys._getframe when the runtime has it.

import sys
import time
import os

try:
    from _thread import RLock as _make_lock
except ImportError:  # a runtime without threads: handlers run unlocked
    _make_lock = None

try:
    import weakref as _weakref
except ImportError:
    _weakref = None

__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler
    Filter Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET
    NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal
    getLevelName getLogger getLoggerClass info log makeLogRecord
    setLoggerClass shutdown warn warning getLogRecordFactory
    setLogRecordFactory lastResort raiseExceptions getLevelNamesMapping
""".split()

# Module switches users may flip.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()

# The code file of this module: frames running it are logging's own and are
# skipped when looking for the caller of a logging call.
_srcfile = (lambda: None).__code__.co_filename


def _internal(frame):
    where = frame.f_code.co_filename
    if where == _srcfile:
        return True
    return 'importlib' in where and '_bootstrap' in where


def currentframe():
    getter = getattr(sys, '_getframe', None)
    return getter(1) if getter is not None else None


# One re-entrant lock guards the logger tree and the handler registry.
_lock = _make_lock() if _make_lock is not None else None


def _acquireLock():
    if _lock is not None:
        _lock.acquire()


def _releaseLock():
    if _lock is not None:
        _lock.release()


# ===================================================================== levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_nameToLevel = dict(CRITICAL=CRITICAL, FATAL=FATAL, ERROR=ERROR, WARN=WARN,
                    WARNING=WARNING, INFO=INFO, DEBUG=DEBUG, NOTSET=NOTSET)
# FATAL and WARN are aliases: a level prints under its canonical name.
_levelToName = {num: label for label, num in _nameToLevel.items()
                if label not in ('FATAL', 'WARN')}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    # A number gives its name, a registered name gives its number.
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return 'Level %s' % level


def addLevelName(level, levelName):
    with _Locked():
        _levelToName.update({level: levelName})
        _nameToLevel.update({levelName: level})


def _level_value(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError('Unknown level: %r' % level) from None


_checkLevel = _level_value     # the name other logging code knows it by


class _Locked:
    # `with _Locked():` holds the module lock.
    def __enter__(self):
        _acquireLock()

    def __exit__(self, *exc):
        _releaseLock()


# ==================================================================== records

def _current_thread_name():
    threading = sys.modules.get('threading')
    if threading is None:
        return 'MainThread'
    try:
        return threading.current_thread().name
    except Exception:
        return 'MainThread'


def _current_thread_id():
    try:
        import _thread
    except ImportError:
        return None
    return _thread.get_ident()


def _current_process_name():
    name = 'MainProcess'
    multi = sys.modules.get('multiprocessing')
    if multi is not None:
        try:
            name = multi.current_process().name
        except Exception:
            pass
    return name


class LogRecord:
    # Everything known about one logging event.  Formatters read the
    # attributes through %(name)s-style fields.

    def __init__(self, name, level, pathname, lineno, msg, args,
                 exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # A lone non-empty mapping argument is used for %(key)s lookups.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.name = name
        self.msg = msg
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            self.filename = base
            self.module = os.path.splitext(base)[0]
        except (AttributeError, TypeError, ValueError):
            self.filename = pathname
            self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = _current_thread_id() if logThreads else None
        self.threadName = _current_thread_name() if logThreads else None
        self.processName = _current_process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


def _is_mapping(obj):
    abc = sys.modules.get('collections.abc')
    if abc is not None:
        return isinstance(obj, abc.Mapping)
    return isinstance(obj, dict)


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    record = _record_factory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ================================================================= formatting

def _wordchar(ch):
    return ch == '_' or ch.isalnum()


def _skip_word(text, i):
    n = len(text)
    while i < n and _wordchar(text[i]):
        i += 1
    return i


def _skip_digits(text, i):
    n = len(text)
    while i < n and text[i].isdecimal():
        i += 1
    return i


def _percent_field_at(fmt, start):
    # Does a %(name)<flags><width>.<precision><conversion> field begin at
    # `start` (which points at '%')?
    n = len(fmt)
    if fmt[start + 1:start + 2] != '(':
        return False
    pos = _skip_word(fmt, start + 2)
    if pos == start + 2 or fmt[pos:pos + 1] != ')':
        return False
    pos += 1
    while pos < n and fmt[pos] in '#0+ -':
        pos += 1
    if fmt[pos:pos + 1] == '*':
        pos += 1
    else:
        pos = _skip_digits(fmt, pos)
    if fmt[pos:pos + 1] == '.':
        after = fmt[pos + 1:pos + 2]
        if after == '*':
            pos += 2
        elif after.isdecimal():
            pos = _skip_digits(fmt, pos + 1)
    return pos < n and fmt[pos] in 'diouxefgcrsaDIOUXEFGCRSA%'


def _valid_field_name(name):
    # word, then any number of .word or [anything-but-bracket] parts
    pos = _skip_word(name, 0)
    if pos == 0:
        return False
    while pos < len(name):
        if name[pos] == '.':
            end = _skip_word(name, pos + 1)
            if end == pos + 1:
                return False
        elif name[pos] == '[':
            close = name.find(']', pos + 1)
            if close <= pos + 1:
                return False
            end = close + 1
        else:
            return False
        pos = end
    return True


def _skip_width(spec, i):
    # digits, or {word}; returns i unchanged when neither is there
    if spec[i:i + 1].isdecimal():
        return _skip_digits(spec, i)
    if spec[i:i + 1] == '{':
        end = _skip_word(spec, i + 1)
        if end > i + 1 and spec[end:end + 1] == '}':
            return end + 1
    return i


def _spec_tail_ok(spec, i):
    if spec[i:i + 1] in ('+', ' ', '-') and i < len(spec):
        i += 1
    for optional in ('#', '0'):
        if spec[i:i + 1] == optional:
            i += 1
    i = _skip_width(spec, i)
    if spec[i:i + 1] in (',', '_') and i < len(spec):
        i += 1
    if spec[i:i + 1] == '.':
        end = _skip_width(spec, i + 1)
        if end > i + 1:
            i = end
    if i < len(spec) and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == len(spec)


def _valid_format_spec(spec):
    # [[fill]align][sign][#][0][width][,|_][.precision][type], where width
    # and precision may also be a nested {field}
    aligns = '<>=^'
    if _spec_tail_ok(spec, 0):
        return True
    if spec[:1] and spec[0] in aligns and _spec_tail_ok(spec, 1):
        return True
    return len(spec) > 1 and spec[1] in aligns and _spec_tail_ok(spec, 2)


def _template_ident_end(text, i):
    # end of an ASCII identifier starting at i (i itself when there is none)
    def ident_char(ch, first):
        if not ch.isascii():
            return False
        return ch == '_' or ch.isalpha() or (not first and ch.isdigit())
    if i >= len(text) or not ident_char(text[i], True):
        return i
    i += 1
    while i < len(text) and ident_char(text[i], False):
        i += 1
    return i


class PercentStyle:
    # the default format, the field basicConfig-style formats use for the
    # time, and the text whose presence means the time is needed
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def validate(self):
        fmt = self._fmt
        pos = fmt.find('%')
        while pos >= 0:
            if _percent_field_at(fmt, pos):
                return
            pos = fmt.find('%', pos + 1)
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (fmt, self.default_format[0]))

    def _render(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._render(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _render(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        import string
        seen = 0
        try:
            for _text, field, spec, conv in string.Formatter().parse(self._fmt):
                if field:
                    if not _valid_field_name(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    seen += 1
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and not _valid_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        fmt = self._fmt
        seen = False
        pos = fmt.find('$')
        while pos >= 0:
            nxt = fmt[pos + 1:pos + 2]
            end = _template_ident_end(fmt, pos + 1)
            if nxt == '$':
                end = pos + 2
            elif end > pos + 1:
                seen = True
            else:
                close = _template_ident_end(fmt, pos + 2)
                if nxt != '{' or close == pos + 2 or fmt[close:close + 1] != '}':
                    raise ValueError("invalid format: bare '$' not allowed")
                seen = True
                end = close + 1
            pos = fmt.find('$', end)
        if not seen:
            raise ValueError('invalid format: no fields')

    def _render(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# style character -> (style class, basicConfig's default format)
_STYLES = {}
_STYLES['%'] = PercentStyle, BASIC_FORMAT
_STYLES['{'] = StrFormatStyle, BASIC_FORMAT.replace('%(', '{').replace(')s', '}')
_STYLES['$'] = StringTemplateStyle, BASIC_FORMAT.replace('%(', '${').replace(')s', '}')


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style]


class _TextSink:
    # Collects writes; stands in for a file while capturing hook output.
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.chunks)


def _exception_text(etype, value, tb):
    # Full traceback text (with a trailing newline) as an uncaught
    # exception would print it.
    try:
        import traceback
        return ''.join(traceback.format_exception(etype, value, tb))
    except ImportError:
        pass
    hook = getattr(sys, '__excepthook__', None)
    if hook is not None and value is not None:
        sink = _TextSink()
        saved, sys.stderr = sys.stderr, sink
        try:
            hook(etype, value, tb)
        except Exception:
            pass
        finally:
            sys.stderr = saved
        if sink.chunks:
            return sink.text()
    if value is None:
        return 'NoneType: None\n'
    detail = str(value)
    head = etype.__name__ if etype.__module__ in ('builtins', '__main__') \
        else etype.__module__ + '.' + etype.__qualname__
    return head + (': ' + detail if detail else '') + '\n'


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno).strip()
    except ImportError:
        pass
    try:
        with open(filename, encoding='utf-8') as src:
            for number, line in enumerate(src, 1):
                if number == lineno:
                    return line.strip()
    except Exception:
        pass
    return ''


def _stack_text(frame):
    # "File ..., line ..., in ..." entries from the outermost frame down to
    # `frame`, collapsing runs of identical entries after three, as
    # traceback.print_stack does.
    chain = []
    while frame is not None:
        chain.append(frame)
        frame = frame.f_back
    chain.reverse()
    out = []
    previous = None
    repeats = 0

    def flush_repeats():
        extra = repeats - 3
        if extra > 0:
            out.append('  [Previous line repeated %d more time%s]\n'
                       % (extra, 's' if extra > 1 else ''))

    for fr in chain:
        code = fr.f_code
        key = (code.co_filename, fr.f_lineno, code.co_name)
        if key == previous:
            repeats += 1
            if repeats > 3:
                continue
        else:
            flush_repeats()
            previous = key
            repeats = 1
        out.append('  File "%s", line %s, in %s\n' % key)
        line = _source_line(code.co_filename, fr.f_lineno)
        if line:
            out.append('    %s\n' % line)
    flush_repeats()
    return ''.join(out)


class Formatter:
    # Turns a LogRecord into text using one of the three styles.
    converter = staticmethod(time.localtime)
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        style_cls = _style_class(style)[0]
        chosen = style_cls(fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style = chosen
        self._fmt = chosen._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        stamp = time.strftime(self.default_time_format, when)
        with_msecs = self.default_msec_format
        return with_msecs % (stamp, record.msecs) if with_msecs else stamp

    def formatException(self, ei):
        text = _exception_text(ei[0], ei[1], ei[2])
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        pieces = [self.formatMessage(record)]
        # The exception text is computed once and cached on the record.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not pieces[-1].endswith('\n'):
                    pieces.append('\n')
                pieces.append(extra)
        return ''.join(pieces)


_plain_formatter = Formatter()
_defaultFormatter = _plain_formatter


class BufferingFormatter:
    # Formats a batch of records, with an optional header and footer.
    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _plain_formatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        body = ''.join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ================================================================== filtering

class Filter:
    # Passes records of the logger called `name` and of its descendants.
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == '.'


class Filterer:
    # Shared by loggers and handlers: a list of filters (objects with a
    # filter() method, or plain callables); a record must pass all of them.
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        current = self.filters
        if filter not in current:
            current.append(filter)

    def removeFilter(self, filter):
        current = self.filters
        if filter in current:
            current.remove(filter)

    def filter(self, record):
        for flt in self.filters:
            check = flt.filter if hasattr(flt, 'filter') else flt
            if not check(record):
                return False
        return True


# =================================================================== handlers

# Handlers by name, and (weak) references to every handler for shutdown().
_handlers = {}
_handlerList = []


def _forget_handler(ref):
    # A weakref callback: it may run while the interpreter is tearing the
    # module down, when these globals have already become None.
    refs, lock = _handlerList, _lock
    if refs is None:
        return
    if lock is not None:
        lock.acquire()
    try:
        if ref in refs:
            refs.remove(ref)
    finally:
        if lock is not None:
            lock.release()


def _track_handler(handler):
    ref = None
    if _weakref is not None:
        try:
            ref = _weakref.ref(handler, _forget_handler)
        except TypeError:
            ref = None
    if ref is None:
        ref = lambda: handler
    with _Locked():
        _handlerList.append(ref)


class Handler(Filterer):
    # Base class of the places records go to; subclasses define emit().
    def __init__(self, level=NOTSET):
        super().__init__()
        self._name = None
        self.level = _level_value(level)
        self.formatter = None
        self._closed = False
        _track_handler(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _Locked():
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _make_lock() if _make_lock is not None else None

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_value(level)

    def format(self, record):
        chosen = self.formatter or _plain_formatter
        return chosen.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _Locked():
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        # Called from an except block in emit(): report the failure on
        # stderr (unless raiseExceptions is off) and carry on.
        err = sys.stderr
        if not (raiseExceptions and err):
            return
        etype, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            err.write(_exception_text(etype, value, tb))
            err.write('Call stack:\n')
            origin = tb.tb_frame if tb is not None else None
            while origin is not None and _internal(origin):
                origin = origin.f_back
            if origin is None:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            else:
                err.write(_stack_text(origin))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            etype = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    # Writes each formatted record plus `terminator` to a stream.
    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            out = self.stream
            if out and hasattr(out, 'flush'):
                out.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        self.acquire()
        try:
            old = self.stream
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label = label + ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    @classmethod
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class FileHandler(StreamHandler):
    # A StreamHandler on a file it opens itself (at once, or at the first
    # record when delay=True).
    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        if encoding is None and 'b' not in mode:
            encoding = 'locale'
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            super().__init__(self._open())

    def _open(self):
        enc = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=enc, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # A closed 'w' handler must not truncate the file again.
            if self.mode == 'w' and self._closed:
                return
            self.stream = self._open()
        super().emit(record)

    def close(self):
        self.acquire()
        try:
            try:
                out = self.stream
                if out:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(out, 'close'):
                            out.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # The handler of last resort: writes to whatever sys.stderr is now.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level=level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    # Swallows everything (for libraries that must not print by default).
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ==================================================================== loggers

class PlaceHolder:
    # Occupies a dotted name nobody has asked for yet but which has
    # loggers below it; remembers those loggers.
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _require_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: '
                        + klass.__name__)


_loggerClass = None   # set to Logger once it exists


def setLoggerClass(klass):
    global _loggerClass
    _require_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    # Owns the tree of loggers below one root.
    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _level_value(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _Locked():
            node = self.loggerDict.get(name)
            if node is not None and not isinstance(node, PlaceHolder):
                return node
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if node is not None:
                self._adopt(node, made)
            self._link_to_parent(made)
            return made

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_to_parent(self, alogger):
        # Walk the dotted prefixes from the longest: the first real logger
        # is the parent; missing prefixes get placeholders on the way.
        name = alogger.name
        found = None
        cut = name.rfind('.')
        while cut > 0 and found is None:
            prefix = name[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, PlaceHolder):
                node.append(alogger)
            else:
                found = node
            cut = name.rfind('.', 0, cut - 1)
        alogger.parent = self.root if found is None else found

    def _adopt(self, ph, alogger):
        # The new logger slots in between each waiting descendant and that
        # descendant's current (higher) parent.
        prefix = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _forget_levels(self):
        with _Locked():
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _deprecated_warn(what):
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % what,
                  DeprecationWarning, 3)


# The per-level methods (debug, info, ...) of loggers, adapters and the
# module are generated from one table; each gets its public name.
_LEVEL_METHODS = (('debug', DEBUG), ('info', INFO), ('warning', WARNING),
                  ('error', ERROR), ('critical', CRITICAL))


def _named(fn, name, owner=None):
    fn.__name__ = name
    fn.__qualname__ = name if owner is None else owner + '.' + name
    return fn


def _logger_level_method(name, lvl):
    def at_level(self, msg, *args, **kwargs):
        if self.isEnabledFor(lvl):
            self._log(lvl, msg, args, **kwargs)
    return _named(at_level, name, 'Logger')


def _triple(exc):
    return type(exc), exc, exc.__traceback__


class Logger(Filterer):
    # A named source of records; passes them to its handlers and (while
    # `propagate` is set) to those of its ancestors.
    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _level_value(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        return self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        return self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            enabled = self.isEnabledFor(level)
        elif raiseExceptions:
            raise TypeError('level must be an integer')
        else:
            enabled = False
        if enabled:
            self._log(level, msg, args, **kwargs)

    def setLevel(self, level):
        self.level = _level_value(level)
        self.manager._forget_levels()

    def getEffectiveLevel(self):
        for node in self._ancestry():
            if node.level:
                return node.level
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        answer = self._cache.get(level)
        if answer is None:
            with _Locked():
                answer = (self.manager.disable < level
                          and level >= self.getEffectiveLevel())
                self._cache[level] = answer
        return answer

    def findCaller(self, stack_info=False, stacklevel=1):
        frame = currentframe()
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        # Step outwards; only frames outside logging count as levels.  If
        # the stack runs out, the outermost frame is the answer.
        todo = stacklevel
        while todo > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _internal(frame):
                todo -= 1
        where = frame.f_code
        stack = None
        if stack_info:
            stack = 'Stack (most recent call last):\n' + _stack_text(frame)
            if stack.endswith('\n'):
                stack = stack[:-1]
        return where.co_filename, frame.f_lineno, where.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        made = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra if extra is not None else ()):
            if key in ('message', 'asctime') or key in made.__dict__:
                raise KeyError('Attempt to overwrite %r in LogRecord' % key)
            made.__dict__[key] = extra[key]
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        try:
            caller = self.findCaller(stack_info, stacklevel)
        except ValueError:
            caller = ('(unknown file)', 0, '(unknown function)', None)
        if isinstance(exc_info, BaseException):
            exc_info = _triple(exc_info)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        filename, line, func, stack = caller
        self.handle(self.makeRecord(self.name, level, filename, line, msg, args,
                                    exc_info, func, extra, stack))

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _Locked():
            attached = self.handlers
            if hdlr not in attached:
                attached.append(hdlr)

    def removeHandler(self, hdlr):
        with _Locked():
            attached = self.handlers
            if hdlr in attached:
                attached.remove(hdlr)

    def _ancestry(self):
        node = self
        while node:
            yield node
            node = node.parent

    def _lineage(self):
        # this logger, then its ancestors while records propagate upwards
        for node in self._ancestry():
            yield node
            if not node.propagate:
                return

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        level = record.levelno
        seen = 0
        for node in self._lineage():
            for hdlr in node.handlers:
                seen += 1
                if level >= hdlr.level:
                    hdlr.handle(record)
        if seen:
            return
        fallback = lastResort
        if fallback:
            if level >= fallback.level:
                fallback.handle(record)
            return
        tree = self.manager
        if raiseExceptions and not tree.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            tree.emittedNoHandlerWarning = True

    def getChild(self, suffix):
        if self is not self.root:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name,)


for _meth, _lvl in _LEVEL_METHODS:
    setattr(Logger, _meth, _logger_level_method(_meth, _lvl))
Logger.fatal = Logger.critical


class RootLogger(Logger):
    # The top of the tree; its name is "root".
    def __init__(self, level):
        super().__init__('root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapter_level_method(name, lvl):
    def at_level(self, msg, *args, **kwargs):
        return self.log(lvl, msg, *args, **kwargs)
    return _named(at_level, name, 'LoggerAdapter')


class LoggerAdapter:
    # Wraps a logger and adds contextual `extra` data to every call;
    # override process() to change how.
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        return self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        return self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        new_msg, new_kwargs = self.process(msg, kwargs)
        self.logger.log(level, new_msg, *args, **new_kwargs)

    # Level queries and settings go straight to the wrapped logger.
    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        return self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        inner = self.logger
        return inner._log(level, msg, args, exc_info=exc_info, extra=extra,
                          stack_info=stack_info)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    @classmethod
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


for _meth, _lvl in _LEVEL_METHODS:
    setattr(LoggerAdapter, _meth, _adapter_level_method(_meth, _lvl))
del _meth, _lvl

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ============================================================== configuration

def _take(options, key, default=None):
    return options.pop(key, default)


def _handlers_from_options(options, encoding, errors):
    # The handler basicConfig builds when none is passed in.
    filename = _take(options, 'filename')
    mode = _take(options, 'filemode', 'a')
    if not filename:
        return StreamHandler(_take(options, 'stream'))
    if 'b' in mode:
        errors = None
    elif encoding is None:
        encoding = 'locale'
    return FileHandler(filename, mode, encoding=encoding, errors=errors)


def basicConfig(**kwargs):
    # One-shot setup of the root logger: does nothing if the root already
    # has handlers, unless force=True removes (and closes) them first.
    with _Locked():
        force = _take(kwargs, 'force', False)
        encoding = _take(kwargs, 'encoding')
        errors = _take(kwargs, 'errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = _take(kwargs, 'handlers')
        has_stream = 'stream' in kwargs
        has_file = 'filename' in kwargs
        if handlers is None:
            if has_stream and has_file:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
            handlers = [_handlers_from_options(kwargs, encoding, errors)]
        elif has_stream or has_file:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        datefmt = _take(kwargs, 'datefmt')
        style = _take(kwargs, 'style', '%')
        default_fmt = _style_class(style)[1]
        shared = Formatter(_take(kwargs, 'format', default_fmt), datefmt, style)
        for hdlr in handlers:
            if hdlr.formatter is None:
                hdlr.setFormatter(shared)
            root.addHandler(hdlr)
        level = _take(kwargs, 'level')
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return root.manager.getLogger(name)


# The module-level shortcuts log through the root logger, configuring it
# first if nobody has.

def _root_ready():
    if not root.handlers:
        basicConfig()
    return root


def _module_level_function(name):
    def shortcut(msg, *args, **kwargs):
        return getattr(_root_ready(), name)(msg, *args, **kwargs)
    return _named(shortcut, name)


for _meth, _lvl in _LEVEL_METHODS:
    globals()[_meth] = _module_level_function(_meth)
del _meth, _lvl
fatal = critical


def exception(msg, *args, exc_info=True, **kwargs):
    return _root_ready().error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    return _root_ready().warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    return _root_ready().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    tree = root.manager
    tree.disable = level
    tree._forget_levels()


def shutdown(handlerList=_handlerList):
    # Flush and close every live handler, newest first (runs at exit).
    for ref in reversed(list(handlerList)):
        try:
            hdlr = ref()
            if not hdlr:
                continue
            hdlr.acquire()
            try:
                if getattr(hdlr, 'flushOnClose', True):
                    hdlr.flush()
                hdlr.close()
            except (ValueError, OSError):
                pass
            finally:
                hdlr.release()
        except BaseException:
            if raiseExceptions:
                raise


try:
    import atexit
except ImportError:
    pass
else:
    atexit.register(shutdown)


# captureWarnings(True) routes warnings.showwarning into the "py.warnings"
# logger; the original function is kept here to be put back.
_saved_showwarning = None


def _log_warning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        # An explicit file bypasses logging.
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning(str(text))


def captureWarnings(capture):
    global _saved_showwarning
    import warnings
    if capture and _saved_showwarning is None:
        _saved_showwarning = warnings.showwarning
        warnings.showwarning = _log_warning
    elif not capture and _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None

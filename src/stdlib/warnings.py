# warnings -- pyrite's warning machinery (Python 3.11 behaviour).
#
# A warning goes through three steps: find who issued it (the frame
# `stacklevel` levels up), decide what to do with it (the first matching
# entry of `filters`, else `defaultaction`, remembering what was already
# shown in per-module registries), then show it through showwarning().
#
# Message and module patterns in `filters` are regular expressions (`re`
# is imported when the first pattern is compiled).

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# Same defaults as CPython's C accelerator installs (module names here are
# plain strings that must match exactly).
filters = [('default', None, DeprecationWarning, '__main__', 0)]
filters += [('ignore', None, cat, None, 0) for cat in
            (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
             ResourceWarning)]
defaultaction = 'default'
onceregistry = {}

# Bumped whenever `filters` changes; registries remember the version they
# were filled under and are emptied when it no longer matches.
_version = [0]


def _filters_mutated():
    _version[0] += 1


# ------------------------------------------------------------- patterns

def _compile(pattern, ignorecase):
    import re
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


def _escape(text):
    # re.escape: backslash before every character with a regex meaning
    special = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
    return ''.join('\\' + ch if ch in special else ch for ch in text)


def _fits(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):    # the default filters hold plain names
        return pattern == text
    return bool(pattern.match(text))


# --------------------------------------------------------------- filters

def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    checks = ((action in _ACTIONS, 'invalid action: %r' % (action,)),
              (isinstance(message, str), 'message must be a string'),
              (isinstance(category, type), 'category must be a class'))
    for ok, complaint in checks:
        if not ok:
            raise AssertionError(complaint)
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    _check_lineno(lineno)
    text_re = _compile(message, True) if message else None
    module_re = _compile(module, False) if module else None
    _insert_filter((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    _check_lineno(lineno)
    _insert_filter((action, None, category, None, lineno), append)


def _check_lineno(lineno):
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')


def _insert_filter(entry, at_end):
    # A new entry goes first (replacing an identical one further down);
    # appended entries are not duplicated.
    if at_end:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    del filters[:]
    _filters_mutated()


# ------------------------------------------------------- -W command options

class _BadOption(Exception):
    pass


def _processoptions(args):
    for option in args:
        try:
            _setoption(option)
        except _BadOption as problem:
            print('Invalid -W option ignored:', problem, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(':')
    if len(fields) > 5:
        raise _BadOption('too many fields (max 5): %r' % (arg,))
    fields = [f.strip() for f in fields] + [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _action_named(action)
    category = _category_named(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if not lineno:
        number = 0
    else:
        try:
            number = int(lineno)
        except (OverflowError, ValueError):
            raise _BadOption('invalid lineno %r' % (lineno,)) from None
        if number < 0:
            raise _BadOption('invalid lineno %r' % (number,))
    filterwarnings(action, message, category, module, number)


def _action_named(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for known in _ACTIONS:
        if known.startswith(action):
            return known
    raise _BadOption('invalid action: %r' % (action,))


def _category_named(category):
    if not category:
        return Warning
    modname, dot, clsname = category.rpartition('.')
    if not dot:
        import builtins as owner
    else:
        try:
            owner = __import__(modname, None, None, [clsname])
        except ImportError:
            raise _BadOption('invalid module name: %r' % (modname,)) from None
    found = getattr(owner, clsname, None)
    if found is None:
        raise _BadOption('unknown warning category: %r' % (category,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _BadOption('invalid warning category: %r' % (category,))
    return found


# ------------------------------------------------------------- showing

def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except ImportError:
        pass
    try:
        with open(filename, encoding='utf-8') as src:
            for number, text in enumerate(src, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return ''


class WarningMessage:
    # One warning as handed to showwarning (and kept by catch_warnings).
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename,
                   self.lineno, self.line))


def _allocation_note(msg):
    # For warnings about an object (source=...): where it was allocated, if
    # tracemalloc knows, or a hint to turn tracemalloc on.
    try:
        import tracemalloc
        tracing = tracemalloc.is_tracing()
        try:
            where = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            where = None
    except Exception:
        tracing, where = True, None
    if where is None:
        if tracing:
            return ''
        return ('%s: Enable tracemalloc to get the object allocation traceback\n'
                % msg.category.__name__)
    parts = ['Object allocated at (most recent call last):\n']
    for frame in where:
        parts.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        text = _source_line(frame.filename, frame.lineno)
        if text:
            parts.append('    %s\n' % text.strip())
    return ''.join(parts)


def _default_format(msg):
    out = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, msg.category.__name__,
                               msg.message)
    text = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if text:
        out += '  %s\n' % text.strip()
    if msg.source is not None:
        out += _allocation_note(msg)
    return out


def _default_show(msg):
    target = msg.file if msg.file is not None else sys.stderr
    if target is None:
        return          # no stderr (e.g. pythonw): nowhere to show it
    try:
        target.write(_format_message(msg))
    except OSError:
        pass


# catch_warnings(record=True) swaps this hook for list.append.
_show_hook = _default_show


def showwarning(message, category, filename, lineno, file=None, line=None):
    _show_hook(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    return _default_format(WarningMessage(message, category, filename, lineno,
                                          None, line))


_original_showwarning = showwarning
_original_formatwarning = formatwarning
# (CPython's names for the two originals, which test helpers use)
_showwarning_orig, _formatwarning_orig = showwarning, formatwarning


def _format_message(msg):
    # Honour a user's replacement of formatwarning().
    if formatwarning is _original_formatwarning:
        return _default_format(msg)
    return formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                         msg.line)


def _showwarnmsg(msg):
    # Honour a user's replacement of showwarning().
    user_hook = showwarning
    if user_hook is _original_showwarning:
        _show_hook(msg)
        return
    if not callable(user_hook):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    user_hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
              msg.line)


# ---------------------------------------------------------- issuing

def _bootstrap_frame(frame):
    name = frame.f_code.co_filename
    return 'importlib' in name and '_bootstrap' in name


def _issuer(stacklevel):
    # The frame `stacklevel` levels above warn()'s caller's caller, skipping
    # import machinery frames when counting beyond the first level.
    getter = getattr(sys, '_getframe', None)
    if getter is None:
        return None
    try:
        frame = getter(2)
    except ValueError:
        return None
    skip = stacklevel > 1 and not _bootstrap_frame(frame)
    while stacklevel > 1 and frame is not None:
        frame = frame.f_back
        while skip and frame is not None and _bootstrap_frame(frame):
            frame = frame.f_back
        stacklevel -= 1
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    frame = _issuer(stacklevel)
    if frame is None:
        namespace, filename, lineno = sys.__dict__, 'sys', 1
    else:
        namespace = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = namespace.get('__name__', '<string>')
    registry = namespace.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  namespace, source)


def _first_matching_action(text, category, module, lineno):
    for entry in filters:
        action, text_re, cat, module_re, only_line = entry
        if (_fits(text_re, text) and issubclass(category, cat)
                and _fits(module_re, module) and only_line in (0, lineno)):
            return action, entry
    return defaultaction, None


def _seen(registry, key):
    # Has `key` been recorded in `registry` under the current filters?  A
    # registry filled under older filters is emptied first.
    stamp = registry.get('version')
    if type(stamp) is not int or stamp != _version[0]:
        registry.clear()
        registry['version'] = _version[0]
        return False
    return bool(registry.get(key))


def _as_lineno(value):
    if isinstance(value, int):
        return int(value)
    to_index = getattr(type(value), '__index__', None)
    if to_index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return to_index(value)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    if not isinstance(filename, str):
        what = 'None' if filename is None else type(filename).__name__
        raise TypeError('warn_explicit() argument 3 must be str, not %s' % what)
    lineno = _as_lineno(lineno)
    if module is None:
        if not filename:
            module = '<unknown>'
        else:
            module = filename[:-3] if filename.endswith('.py') else filename
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key):
        return
    action, entry = _first_matching_action(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        # 'once' is per (text, category) in the module's registry (or the
        # global one); 'module' likewise but only with a registry.
        if action == 'once' or action == 'module':
            book = registry
            if book is None and action == 'once':
                book = onceregistry
            if book is not None:
                short = (text, category)
                if _seen(book, short):
                    return
                book[short] = True
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r'
                               % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                 source=source))


# ------------------------------------------------------ catch_warnings

class catch_warnings:
    # Context manager: saves the filters and showwarning on entry and puts
    # them back on exit; with record=True the shown warnings are collected
    # in the list __enter__ returns instead of being printed.

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules[__name__] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules[__name__]:
            shown.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._show_hook)
        mod.filters = list(mod.filters)
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        seen = []
        mod._show_hook = seen.append
        mod.showwarning = mod._original_showwarning
        return seen

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._show_hook = self._saved
        mod._filters_mutated()


_processoptions(getattr(sys, 'warnoptions', ()))

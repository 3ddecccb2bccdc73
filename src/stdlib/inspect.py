"""Get information about live objects: frames and the call stack
(currentframe, stack, trace, getframeinfo, getouterframes, getinnerframes),
type predicates (isfunction, isclass, isframe, ...), members, source lines
and docstrings.

pyrite's own implementation of the commonly used part of CPython's inspect.
"""

import sys
from collections import namedtuple

__all__ = ['currentframe', 'stack', 'trace', 'getframeinfo', 'getouterframes',
           'getinnerframes', 'FrameInfo', 'Traceback', 'ismodule', 'isclass',
           'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
           'iscoroutinefunction', 'isframe', 'istraceback', 'iscode', 'isbuiltin',
           'isroutine', 'getmembers', 'getmodule', 'getfile', 'getsourcefile',
           'getsourcelines', 'getsource', 'getdoc', 'cleandoc', 'getmro',
           'unwrap', 'getattr_static']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40


# ----- predicates -------------------------------------------------------------

def ismodule(object):
    return isinstance(object, type(sys))


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return type(object).__name__ == 'method'


def isfunction(object):
    return type(object).__name__ == 'function'


def isgeneratorfunction(object):
    while ismethod(object):
        object = object.__func__
    return isfunction(object) and bool(object.__code__.co_flags & CO_GENERATOR)


def iscoroutinefunction(object):
    return False


def isgenerator(object):
    return type(object).__name__ == 'generator'


def iscoroutine(object):
    return False


def isframe(object):
    return type(object).__name__ == 'frame'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def iscode(object):
    return type(object).__name__ == 'code'


def isbuiltin(object):
    return type(object).__name__ == 'builtin_function_or_method'


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


# ----- members ----------------------------------------------------------------

def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getattr_static(obj, attr, default=None):
    for klass in (type(obj).__mro__ if not isinstance(obj, type) else ()):
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    try:
        return object.__getattribute__(obj, '__dict__')[attr]
    except (AttributeError, KeyError, TypeError):
        pass
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if attr in klass.__dict__:
                return klass.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


# ----- docstrings -------------------------------------------------------------

def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ----- source -----------------------------------------------------------------

def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def _code_of(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.py'):
        return filename
    return None


def getsourcelines(object):
    import linecache
    filename = getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find class definition')
    start = code.co_firstlineno - 1
    if isframe(object) and object.f_code.co_name == '<module>':
        return lines, 0
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    # Decorators, then the def line, then the indented block.
    while end < len(lines) and lines[start].lstrip().startswith('@') and not lines[end - 1].lstrip().startswith(('def ', 'async def ', 'class ')):
        end += 1
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= indent and not stripped.startswith(('#', ')', ']', '}')):
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end], start + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ----- the stack --------------------------------------------------------------

_Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')


class Positions(_Positions):
    pass


Positions.__qualname__ = 'Positions'
Positions.__name__ = 'Positions'

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _position(code, lasti):
    if lasti < 0:
        return None, None, None, None
    for i, pos in enumerate(code.co_positions()):
        if i == lasti // 2:
            return pos
    return None, None, None, None


def _info(frame, lineno, lasti, context):
    code = frame.f_code
    pos = _position(code, lasti)
    if pos[0] is None:
        pos = (lineno,) + tuple(pos[1:])
    filename = code.co_filename
    if context > 0:
        import linecache
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            code_context = lines[start:start + context]
            index = lineno - 1 - start
        else:
            code_context = index = None
    else:
        code_context = index = None
    return filename, code.co_name, code_context, index, Positions(*pos)


def getframeinfo(frame, context=1):
    """Information about a frame or traceback object: a Traceback."""
    if istraceback(frame):
        lineno, lasti, frame = frame.tb_lineno, frame.tb_lasti, frame.tb_frame
    elif isframe(frame):
        lineno, lasti = frame.f_lineno, frame.f_lasti
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename, name, code_context, index, positions = _info(frame, lineno, lasti, context)
    return Traceback(filename, lineno, name, code_context, index, positions=positions)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all its callers (innermost first)."""
    result = []
    while frame:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and the frames below it."""
    result = []
    while tb:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return result


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """FrameInfo records for the caller's stack (innermost first)."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the current exception's traceback."""
    return getinnerframes(sys.exc_info()[2], context)

# inspect -- pyrite's introspection helpers (Python 3.11 behaviour).
#
# Sections: kind tests (isfunction, ...), members and attribute lookup,
# docstrings, source files and lines, the call stack (FrameInfo, stack,
# trace), signatures (Signature, Parameter, BoundArguments, signature,
# getfullargspec) and generator states.
#
# pyrite has no `tokenize`, so the extent of a def/class block is found by
# a small line scanner (_Lines) that knows about strings, brackets and
# backslash continuations, and then follows indentation.

import sys
import types
from collections import namedtuple

__all__ = ['currentframe', 'stack', 'trace', 'getframeinfo', 'getouterframes',
           'getinnerframes', 'FrameInfo', 'Traceback', 'ismodule', 'isclass',
           'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
           'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
           'isasyncgen', 'isawaitable', 'isframe', 'istraceback', 'iscode',
           'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor',
           'isdatadescriptor', 'getmembers', 'getmodule', 'getfile',
           'getsourcefile', 'getsourcelines', 'getsource', 'findsource',
           'getblock', 'getdoc', 'cleandoc', 'getmro', 'unwrap',
           'getattr_static', 'getlineno', 'getmodulename', 'indentsize',
           'signature', 'Signature', 'Parameter', 'BoundArguments',
           'getfullargspec', 'FullArgSpec', 'formatannotation',
           'getgeneratorstate', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
           'GEN_CLOSED', 'get_annotations', 'getargvalues', 'ArgInfo',
           'getgeneratorlocals', 'ismemberdescriptor', 'isgetsetdescriptor']

# code object flags (co_flags)
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 0x10, 0x20, 0x40
CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x80, 0x100, 0x200

_MISSING = object()


def _type_named(name):
    # a type from `types`, or a placeholder no object is an instance of
    found = getattr(types, name, None)
    return found if found is not None else type('_absent_' + name, (), {})


_FunctionType = _type_named('FunctionType')
_MethodType = _type_named('MethodType')
_ModuleType = type(sys)
_CodeType = _type_named('CodeType')
_FrameType = _type_named('FrameType')
_TracebackType = _type_named('TracebackType')
_GeneratorType = _type_named('GeneratorType')
_CoroutineType = _type_named('CoroutineType')
_AsyncGeneratorType = _type_named('AsyncGeneratorType')
_BuiltinType = type(len)


# ================================================================ kind tests

def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def _flagged(obj, flag):
    # Does the function behind obj (through bound methods and partials)
    # have `flag` in its code flags?
    while ismethod(obj):
        obj = obj.__func__
    functools = sys.modules.get('functools')
    partial = getattr(functools, 'partial', None)
    while partial is not None and isinstance(obj, partial):
        obj = obj.func
    if not isfunction(obj):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(object):
    return _flagged(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return _flagged(object, CO_COROUTINE)


def isasyncgenfunction(object):
    return _flagged(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    return isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    if isinstance(object, (_CoroutineType,)):
        return True
    if isinstance(object, _GeneratorType):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), '__await__')


def isframe(object):
    return isinstance(object, _FrameType)


def istraceback(object):
    return isinstance(object, _TracebackType)


def iscode(object):
    return isinstance(object, _CodeType)


def isbuiltin(object):
    return isinstance(object, _BuiltinType)


_PLAIN_CALLABLES = (type, _MethodType, _FunctionType)


def ismethoddescriptor(object):
    if isinstance(object, _PLAIN_CALLABLES):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    if isinstance(object, _PLAIN_CALLABLES):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


_MemberDescriptor = _type_named('MemberDescriptorType')
_GetSetDescriptor = _type_named('GetSetDescriptorType')


def ismemberdescriptor(object):
    return isinstance(object, _MemberDescriptor)


def isgetsetdescriptor(object):
    return isinstance(object, _GetSetDescriptor)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


# ============================================== members and attribute lookup

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    # (name, value) pairs for dir(object), sorted by name; for a class,
    # names getattr cannot produce are looked up in the MRO's __dict__s.
    chain = getmro(object) if isclass(object) else ()
    found = {}
    for name in dir(object):
        if name in found:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            for klass in chain:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


def unwrap(func, *, stop=None):
    # Follow __wrapped__ links (as set by functools.wraps) to the end.
    current = func
    visited = {id(current)}
    limit = sys.getrecursionlimit() if hasattr(sys, 'getrecursionlimit') else 1000
    while hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        visited.add(id(current))
    return current


def _class_dict_lookup(klass, name):
    for entry in getmro(klass):
        namespace = entry.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


def getattr_static(obj, attr, default=_MISSING):
    # Attribute lookup without running descriptors, __getattr__ or
    # __getattribute__: instance dict, then the class MRO (a data
    # descriptor there wins over the instance), then the metaclass.
    is_type = isinstance(obj, type)
    klass = obj if is_type else type(obj)
    from_instance = _MISSING
    if not is_type:
        try:
            own = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            own = None
        if isinstance(own, dict) and attr in own:
            from_instance = own[attr]
    from_class = _class_dict_lookup(klass, attr)
    if from_instance is not _MISSING:
        if from_class is not _MISSING:
            kind = type(from_class)
            is_data = (_class_dict_lookup(kind, '__get__') is not _MISSING and
                       (_class_dict_lookup(kind, '__set__') is not _MISSING or
                        _class_dict_lookup(kind, '__delete__') is not _MISSING))
            if is_data:
                return from_class
        return from_instance
    if from_class is not _MISSING:
        return from_class
    if is_type:
        from_meta = _class_dict_lookup(type(obj), attr)
        if from_meta is not _MISSING:
            return from_meta
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


# ================================================================ docstrings

def cleandoc(doc):
    # Remove the common indentation of all lines after the first, the
    # first line's leading whitespace, and blank lines at both ends.
    rows = doc.expandtabs().split('\n')
    widths = [len(r) - len(r.lstrip()) for r in rows[1:] if r.lstrip()]
    cut = min(widths) if widths else 0
    rows = [rows[0].lstrip()] + [r[cut:] for r in rows[1:]]
    while rows and not rows[-1]:
        rows.pop()
    first = 0
    while first < len(rows) and not rows[first]:
        first += 1
    return '\n'.join(rows[first:])


def _inherited_doc(obj):
    # The docstring of the same attribute further up the class hierarchy.
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        func = obj.__func__
        name = func.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
    elif type(obj) is property or isinstance(obj, property):
        fget = obj.fget
        name = getattr(fget, '__name__', None)
        owner = _owner_class(fget) if isfunction(fget) else None
    else:
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        candidate = base.__dict__.get(name)
        doc = getattr(candidate, '__doc__', None)
        if doc is not None:
            return doc
    return None


def _owner_class(func):
    # the class whose body defined func, found through __qualname__
    path = func.__qualname__.split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    target = sys.modules.get(func.__module__)
    for part in path:
        target = getattr(target, part, None)
    return target if isclass(target) else None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (TypeError, AttributeError):
            return None
    return cleandoc(doc) if isinstance(doc, str) else None


# ===================================================== source files and lines

def getmodulename(path):
    name = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.pyw'):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return None


def _code_of(obj):
    # method -> function -> code; traceback -> frame -> code
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    return obj


def getfile(object):
    if ismodule(object):
        where = getattr(object, '__file__', None)
        if where:
            return where
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        home = sys.modules.get(getattr(object, '__module__', None))
        where = getattr(home, '__file__', None)
        if where:
            return where
        if getattr(object, '__module__', None) == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _exists(path):
    try:
        import os
        return os.path.exists(path)
    except (ImportError, AttributeError):
        pass
    try:
        open(path).close()
        return True
    except OSError:
        return False


def getsourcefile(object):
    path = getfile(object)
    if path.endswith(('.pyc', '.pyo')):
        path = path[:-1]
    elif path.endswith(('.so', '.pyd')):
        return None
    if _exists(path):
        return path
    # not on disk: still a source if a loader or linecache can supply it
    home = getmodule(object, path)
    spec = getattr(home, '__spec__', None)
    if getattr(home, '__loader__', None) is not None or getattr(spec, 'loader', None) is not None:
        return path
    linecache = sys.modules.get('linecache')
    if linecache is not None and path in getattr(linecache, 'cache', {}):
        return path
    return None


def getabsfile(object, _filename=None):
    name = _filename or getsourcefile(object) or getfile(object)
    try:
        import os
        return os.path.normcase(os.path.abspath(name))
    except (ImportError, AttributeError):
        return name


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    owner = getattr(object, '__module__', _MISSING)
    if owner is not _MISSING:
        return sys.modules.get(owner)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == _filename:
            return module
    name = getattr(object, '__name__', None)
    for candidate in ('__main__', 'builtins'):
        home = sys.modules.get(candidate)
        if name is not None and getattr(home, name, _MISSING) is object:
            return home
    return None


def _source_lines(obj):
    # all lines of the file obj lives in, or OSError
    import linecache
    path = getsourcefile(obj)
    if path:
        linecache.checkcache(path)
    else:
        path = getfile(obj)
        if not (path.startswith('<') and path.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(obj, path)
    if module is not None:
        lines = linecache.getlines(path, module.__dict__)
    else:
        lines = linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    return lines


class _Lines:
    # For each physical line: does a new logical line start there (rather
    # than continue an open bracket, string or backslash), and is it only
    # blank/comment?
    def __init__(self, lines):
        self.starts = []
        self.empty = []
        self.code = []        # each line without its comment
        depth = 0
        quote = None          # the open string's delimiter, if any
        continued = False
        for line in lines:
            self.starts.append(depth == 0 and quote is None and not continued)
            stripped = line.strip()
            self.empty.append(quote is None and depth == 0 and not continued
                              and (not stripped or stripped.startswith('#')))
            continued = False
            i, n = 0, len(line)
            cut = n
            while i < n:
                ch = line[i]
                if quote is not None:
                    if ch == '\\':
                        i += 2
                        continue
                    if line.startswith(quote, i):
                        i += len(quote)
                        quote = None
                        continue
                    i += 1
                    continue
                if ch == '#':
                    cut = i
                    break
                if ch in '\'"':
                    quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else ch
                    i += len(quote)
                    continue
                if ch in '([{':
                    depth += 1
                elif ch in ')]}':
                    depth = max(depth - 1, 0)
                elif ch == '\\' and line[i + 1:].strip() == '':
                    continued = True
                i += 1
            if quote in ('"', "'"):
                quote = None      # an unterminated one-line string ends here
            self.code.append(line[:cut])


def _indent(line):
    return len(line) - len(line.lstrip())


def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getblock(lines):
    # The lines of the def/class (with decorators) or lambda statement
    # that starts at lines[0].
    scan = _Lines(lines)
    pos = 0
    while pos < len(lines) and lines[pos].lstrip().startswith('@'):
        pos += 1
        while pos < len(lines) and not scan.starts[pos]:
            pos += 1
    head_end = pos
    while head_end + 1 < len(lines) and not scan.starts[head_end + 1]:
        head_end += 1
    head = ''.join(scan.code[pos:head_end + 1]).rstrip()
    keyword = lines[pos].lstrip() if pos < len(lines) else ''
    if not keyword.startswith(('def ', 'class ', 'async def ')) or not head.endswith(':'):
        # a lambda or a one-line compound statement: one logical line
        return lines[:head_end + 1]
    base = _indent(lines[pos])
    last = head_end
    i = head_end + 1
    while i < len(lines):
        if scan.starts[i] and not scan.empty[i]:
            if _indent(lines[i]) <= base:
                break
            last = i
        elif not scan.starts[i]:
            last = i
        i += 1
    return lines[:last + 1]


def _class_start(lines, cls):
    # line index of `class Name` for cls (nested classes through qualname)
    wanted = cls.__qualname__.split('.')
    scan = _Lines(lines)
    open_scopes = []          # (indent, name) of enclosing class/def lines
    for i, line in enumerate(lines):
        if not scan.starts[i] or scan.empty[i]:
            continue
        depth = _indent(line)
        while open_scopes and open_scopes[-1][0] >= depth:
            open_scopes.pop()
        text = line.lstrip()
        for word in ('class ', 'def ', 'async def '):
            if text.startswith(word):
                name = text[len(word):].lstrip()
                end = 0
                while end < len(name) and (name[end].isalnum() or name[end] == '_'):
                    end += 1
                name = name[:end]
                path = [n if w == 'class ' else n + '.<locals>'
                        for _, n, w in open_scopes]
                if word == 'class ' and '.'.join(path + [name]) == '.'.join(
                        p for p in wanted):
                    start = i
                    while start > 0 and lines[start - 1].lstrip().startswith('@'):
                        start -= 1
                    return start
                open_scopes.append((depth, name, word))
                break
    return None


def findsource(object):
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    code = _code_of(object)
    if not iscode(code):
        raise TypeError('module, class, method, function, traceback, frame, or '
                        'code object was expected, got {}'.format(type(object).__name__))
    first = getattr(code, 'co_firstlineno', None)
    if first is None:
        raise OSError('could not find function definition')
    if first - 1 >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, first - 1


def getsourcelines(object):
    object = unwrap(object)
    lines, start = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[start:]), start + 1


def getsource(object):
    return ''.join(getsourcelines(object)[0])


# ============================================================ the call stack

_PositionsBase = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                            defaults=(None,) * 4)
Positions = _PositionsBase

_TracebackBase = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_TracebackBase):
    # getframeinfo's result: a 5-tuple with an extra `positions` attribute
    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        made = super().__new__(cls, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        shown = ', '.join('%s=%r' % (f, getattr(self, f))
                          for f in self._fields + ('positions',))
        return 'Traceback(%s)' % shown


_FrameInfoBase = namedtuple('_FrameInfo', ('frame',) + _TracebackBase._fields)


class FrameInfo(_FrameInfoBase):
    # one entry of stack()/trace(): the frame plus its Traceback fields
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        made = super().__new__(cls, frame, filename, lineno, function,
                               code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        shown = ', '.join('%s=%r' % (f, getattr(self, f))
                          for f in self._fields + ('positions',))
        return 'FrameInfo(%s)' % shown


def _positions_at(code, lasti):
    # the source span of the instruction at byte offset lasti
    if lasti < 0 or not hasattr(code, 'co_positions'):
        return None
    wanted = lasti // 2
    for index, span in enumerate(code.co_positions()):
        if index == wanted:
            return span
    return None


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno, lasti, frame = frame.tb_lineno, frame.tb_lasti, frame.tb_frame
    elif isframe(frame):
        lineno, lasti = frame.f_lineno, frame.f_lasti
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    code = frame.f_code
    span = _positions_at(code, lasti)
    if span is None or span[0] is None:
        span = (lineno,) + tuple(span[1:] if span else (None, None, None))
    where = getsourcefile(frame) or getfile(frame)
    shown = index = None
    if context > 0:
        import linecache
        lines = linecache.getlines(where)
        if lines:
            first = max(0, min(lineno - 1 - context // 2, len(lines) - context))
            shown = lines[first:first + context]
            index = lineno - 1 - first
    return Traceback(where, lineno, code.co_name, shown, index,
                     positions=Positions(*span))


def getlineno(frame):
    return frame.f_lineno


def _frame_infos(start, step, context, pick_frame):
    records = []
    while start is not None:
        info = getframeinfo(start, context)
        records.append(FrameInfo(pick_frame(start), *info, positions=info.positions))
        start = step(start)
    return records


def getouterframes(frame, context=1):
    return _frame_infos(frame, lambda f: f.f_back, context, lambda f: f)


def getinnerframes(tb, context=1):
    return _frame_infos(tb, lambda t: t.tb_next, context, lambda t: t.tb_frame)


def currentframe():
    getter = getattr(sys, '_getframe', None)
    return getter(1) if getter is not None else None


def stack(context=1):
    caller = sys._getframe(1)
    return getouterframes(caller, context)


def trace(context=1):
    tb = sys.exc_info()[2]
    return getinnerframes(tb, context)


# ================================================================ signatures

def _strip_typing_prefixes(text):
    # drop "typing." at the start of every dotted name in text
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j > i:
            word = text[i:j]
            out.append(word[7:] if word.startswith('typing.') else word)
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def formatannotation(annotation, base_module=None):
    # typing objects: their repr without "typing."; plain classes: the
    # qualified name, prefixed by the module unless builtins/base_module
    owner = getattr(annotation, '__module__', None)
    if owner == 'typing':
        return _strip_typing_prefixes(repr(annotation))
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    name = annotation.__qualname__
    return name if owner in ('builtins', base_module) else owner + '.' + name


class _empty:
    # marks "no default" / "no annotation"
    pass


class _void:
    # marks "argument not given" in replace()
    pass


import enum as _enum


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_TEXT[self]


_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_OR_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_STAR_ARGS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_STAR_KWARGS = _ParameterKind.VAR_KEYWORD
_KIND_TEXT = {
    _POS_ONLY: 'positional-only',
    _POS_OR_KW: 'positional or keyword',
    _STAR_ARGS: 'variadic positional',
    _KW_ONLY: 'keyword-only',
    _STAR_KWARGS: 'variadic keyword',
}


class Parameter:
    # One parameter of a Signature: name, kind, default, annotation.
    __slots__ = ('_pname', '_pkind', '_pdefault', '_pnote')

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _STAR_ARGS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _STAR_KWARGS
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._pkind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._pkind in (_STAR_ARGS, _STAR_KWARGS):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._pkind.description))
        self._pdefault = default
        self._pnote = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # the hidden argument of a comprehension's code object
            if self._pkind != _POS_OR_KW:
                raise ValueError('implicit arguments must be passed as '
                                 'positional or keyword arguments, not {}'
                                 .format(self._pkind.description))
            self._pkind = _POS_ONLY
            name = 'implicit' + name[1:]
        import keyword
        reserved = keyword.iskeyword(name) and self._pkind is not _POS_ONLY
        if reserved or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._pname = name

    name = property(lambda self: self._pname)
    default = property(lambda self: self._pdefault)
    annotation = property(lambda self: self._pnote)
    kind = property(lambda self: self._pkind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        pick = lambda new, old: old if new is _void else new
        return type(self)(pick(name, self._pname), pick(kind, self._pkind),
                          default=pick(default, self._pdefault),
                          annotation=pick(annotation, self._pnote))

    def __str__(self):
        text = self._pname
        if self._pnote is not _empty:
            text += ': ' + formatannotation(self._pnote)
        if self._pdefault is not _empty:
            joiner = ' = ' if self._pnote is not _empty else '='
            text += joiner + repr(self._pdefault)
        prefix = {_STAR_ARGS: '*', _STAR_KWARGS: '**'}.get(self._pkind, '')
        return prefix + text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._pname, self._pkind, self._pnote, self._pdefault))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return (self._pname, self._pkind, self._pdefault, self._pnote) == \
            (other._pname, other._pkind, other._pdefault, other._pnote)
        return NotImplemented


class BoundArguments:
    # The result of Signature.bind(): parameter name -> value.
    __slots__ = ('arguments', '_sig', '__weakref__')

    def __init__(self, signature, arguments):
        self._sig, self.arguments = signature, arguments

    signature = property(lambda self: self._sig)

    @property
    def args(self):
        collected = []
        for param in self._sig.parameters.values():
            if param.kind in (_STAR_KWARGS, _KW_ONLY):
                break
            if param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _STAR_ARGS:
                collected.extend(value)
            else:
                collected.append(value)
        return tuple(collected)

    @property
    def kwargs(self):
        collected = {}
        positional_done = False
        for param in self._sig.parameters.values():
            if not positional_done:
                if param.kind in (_STAR_KWARGS, _KW_ONLY):
                    positional_done = True
                elif param.name not in self.arguments:
                    positional_done = True
                    continue
            if not positional_done or param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _STAR_KWARGS:
                collected.update(value)
            else:
                collected[param.name] = value
        return collected

    def apply_defaults(self):
        given = self.arguments
        complete = []
        for name, param in self._sig.parameters.items():
            if name in given:
                complete.append((name, given[name]))
            elif param.default is not _empty:
                complete.append((name, param.default))
            elif param.kind == _STAR_ARGS:
                complete.append((name, ()))
            elif param.kind == _STAR_KWARGS:
                complete.append((name, {}))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return (self.signature == other.signature
                    and self.arguments == other.arguments)
        return NotImplemented

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


class Signature:
    # The parameters and return annotation of a callable.
    __slots__ = ('_returns', '_params')

    _parameter_cls, _bound_arguments_cls = Parameter, BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        from collections import OrderedDict
        table = OrderedDict()
        order = _OrderCheck() if __validate_parameters__ else None
        for param in (parameters if parameters is not None else ()):
            if order is not None:
                order.add(param)
                if param.name in table:
                    raise ValueError('duplicate parameter name: {!r}'.format(param.name))
            table[param.name] = param
        self._params = types.MappingProxyType(table) \
            if hasattr(types, 'MappingProxyType') else table
        self._returns = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        evaluate = (globals, locals) if eval_str else None
        return _signature_of(obj, cls, follow_wrapped, evaluate=evaluate)

    parameters = property(lambda self: self._params)
    return_annotation = property(lambda self: self._returns)

    def replace(self, *, parameters=_void, return_annotation=_void):
        params = self._params.values() if parameters is _void else parameters
        returns = self._returns if return_annotation is _void else return_annotation
        return type(self)(params, return_annotation=returns)

    def _key(self):
        keyword_only = frozenset(p for p in self._params.values()
                                 if p.kind == _KW_ONLY)
        ordered = tuple(p for p in self._params.values()
                        if p.kind != _KW_ONLY)
        return ordered, keyword_only, self._returns

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._key() == other._key()
        return NotImplemented

    def _bind(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        bound = {}
        params = list(self._params.values())
        at = 0
        # 1. positional arguments fill the parameters in order
        for count, value in enumerate(args):
            if at >= len(params) or params[at].kind in (_KW_ONLY, _STAR_KWARGS):
                raise TypeError('too many positional arguments') from None
            param = params[at]
            if param.kind == _STAR_ARGS:
                bound[param.name] = tuple(args[count:])
                at += 1
                break
            if param.kind != _POS_ONLY and param.name in kwargs:
                raise TypeError('multiple values for argument {!r}'
                                .format(param.name)) from None
            bound[param.name] = value
            at += 1
        # 2. the other parameters take keywords, defaults, or are missing
        catch_all = None
        for param in params[at:]:
            if param.kind == _STAR_KWARGS:
                catch_all = param
                continue
            if param.kind == _STAR_ARGS:
                continue
            if param.name in kwargs:
                if param.kind == _POS_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was '
                                    'passed as a keyword'.format(param.name))
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'
                                .format(param.name)) from None
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        pieces = []
        slash_pending = False
        star_needed = True
        for param in self._params.values():
            kind = param.kind
            if kind == _POS_ONLY:
                slash_pending = True
            elif slash_pending:
                pieces.append('/')
                slash_pending = False
            if kind == _STAR_ARGS:
                star_needed = False
            elif kind == _KW_ONLY and star_needed:
                pieces.append('*')
                star_needed = False
            pieces.append(str(param))
        if slash_pending:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._returns is not _empty:
            text += ' -> ' + formatannotation(self._returns)
        return text


class _OrderCheck:
    # Parameters must come in kind order, and a positional parameter
    # without a default may not follow one with a default.
    def __init__(self):
        self.top = _POS_ONLY
        self.seen_default = False

    def add(self, param):
        kind = param.kind
        if kind < self.top:
            raise ValueError('wrong parameter order: {} parameter before {} '
                             'parameter'.format(self.top.description, kind.description))
        self.top = max(self.top, kind)
        if kind in (_POS_ONLY, _POS_OR_KW):
            if param.default is not _empty:
                self.seen_default = True
            elif self.seen_default:
                raise ValueError('non-default argument follows default argument')


def _from_function(cls, func, evaluate=None):
    code = func.__code__
    names = code.co_varnames
    n_pos = code.co_argcount
    n_posonly = getattr(code, 'co_posonlyargcount', 0)
    n_kwonly = code.co_kwonlyargcount
    if evaluate is not None:
        notes = get_annotations(func, globals=evaluate[0], locals=evaluate[1],
                                eval_str=True)
    else:
        notes = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_pos - len(defaults)
    made = []
    for i in range(n_pos):
        kind = _POS_ONLY if i < n_posonly else _POS_OR_KW
        default = defaults[i - first_default] if i >= first_default else _empty
        made.append(Parameter(names[i], kind, default=default,
                              annotation=notes.get(names[i], _empty)))
    slot = n_pos + n_kwonly
    if code.co_flags & CO_VARARGS:
        made.append(Parameter(names[slot], _STAR_ARGS,
                              annotation=notes.get(names[slot], _empty)))
        slot += 1
    for name in names[n_pos:n_pos + n_kwonly]:
        made.append(Parameter(name, _KW_ONLY, default=kwdefaults.get(name, _empty),
                              annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        made.append(Parameter(names[slot], _STAR_KWARGS,
                              annotation=notes.get(names[slot], _empty)))
    return cls(made, return_annotation=notes.get('return', _empty),
               __validate_parameters__=False)


def _without_first(sig):
    # the signature of a bound method: the first parameter is supplied
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_STAR_KWARGS, _KW_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _STAR_ARGS:
        return sig
    return sig.replace(parameters=params[1:])


def _user_method(cls, name):
    # cls.<name> when it is Python code (not inherited from a builtin)
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    return found if (isfunction(found) or ismethod(found)) else None


def _partial_signature(sig, partial):
    try:
        fixed = sig.bind_partial(*partial.args, **partial.keywords).arguments
    except TypeError as problem:
        raise ValueError('partial object {!r} has incorrect arguments'
                         .format(partial)) from problem
    kept = {}
    keyword_tail = {}
    to_keyword = False
    for name, param in sig.parameters.items():
        if name in fixed:
            if param.kind == _POS_ONLY:
                continue
            if param.kind == _POS_OR_KW:
                if name not in partial.keywords:
                    continue
                to_keyword = True
                param = param.replace(default=fixed[name])
            elif param.kind == _KW_ONLY:
                param = param.replace(default=fixed[name])
        if to_keyword:
            if param.kind == _POS_OR_KW:
                keyword_tail[name] = param.replace(kind=_KW_ONLY)
            elif param.kind in (_KW_ONLY, _STAR_KWARGS):
                keyword_tail[name] = param
            continue          # a *args after a fixed keyword disappears
        kept[name] = param
    return sig.replace(parameters=list(kept.values()) + list(keyword_tail.values()))


def _signature_of(obj, cls=None, follow_wrapped=True, skip_bound=True, evaluate=None):
    # evaluate: None, or (globals, locals) to eval string annotations with
    cls = cls or Signature
    again = lambda target: _signature_of(target, cls, follow_wrapped, skip_bound, evaluate)
    bound = _without_first if skip_bound else (lambda sig: sig)
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return bound(again(obj.__func__))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return again(obj)
    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError('unexpected object {!r} in __signature__ '
                            'attribute'.format(declared))
        return declared
    if isfunction(obj):
        return _from_function(cls, obj, evaluate)
    functools = sys.modules.get('functools')
    partial = getattr(functools, 'partial', None)
    if partial is not None and isinstance(obj, partial):
        return _partial_signature(again(obj.func), obj)
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, type):
        maker = _user_method(type(obj), '__call__')
        if getattr(maker, '__module__', None) == 'abc':
            maker = None      # pyrite's ABCMeta.__call__ is an implementation detail
        if maker is None:
            # the first class in the MRO defining a Python __new__ or
            # __init__ decides which one describes the call
            makers = [(n, _user_method(obj, n)) for n in ('__new__', '__init__')]
            for base in obj.__mro__:
                found = [m for n, m in makers if m is not None and n in base.__dict__]
                if found:
                    maker = found[0]
                    break
        if maker is not None:
            return bound(again(maker))
        plain = obj.__init__ is object.__init__ and obj.__new__ is object.__new__
        if plain and not issubclass(obj, type):
            return cls()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return bound(again(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    evaluate = (globals, locals) if eval_str else None
    return _signature_of(obj, Signature, follow_wrapped, evaluate=evaluate)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, '
                         'kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_of(func, Signature, follow_wrapped=False, skip_bound=False)
    except Exception as problem:
        raise TypeError('unsupported callable') from problem
    args, kwonly, defaults, notes = [], [], [], {}
    varargs = varkw = None
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if param.annotation is not _empty:
            notes[name] = param.annotation
        if kind in (_POS_ONLY, _POS_OR_KW):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _STAR_ARGS:
            varargs = name
        elif kind == _KW_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults.update({name: param.default})
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)


# ========================================================= generator states

GEN_CREATED, GEN_RUNNING = 'GEN_CREATED', 'GEN_RUNNING'
GEN_SUSPENDED, GEN_CLOSED = 'GEN_SUSPENDED', 'GEN_CLOSED'


def getgeneratorstate(generator):
    if getattr(generator, 'gi_running', False):
        return GEN_RUNNING
    suspended = getattr(generator, 'gi_suspended', None)
    if suspended:
        return GEN_SUSPENDED
    frame = getattr(generator, 'gi_frame', None)
    if frame is None:
        return GEN_CLOSED
    if suspended is None and getattr(frame, 'f_lasti', -1) >= 0:
        return GEN_SUSPENDED      # no gi_suspended: judge by the frame
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    return frame.f_locals if frame is not None else {}


# ====================================================== annotations, frames

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    # A fresh dict of obj's own annotations; with eval_str, string values
    # are evaluated in the namespace obj was defined in.
    if isinstance(obj, type):
        namespace = getattr(obj, '__dict__', None)
        found = namespace.get('__annotations__') if hasattr(namespace, 'get') else None
        if found is not None and not isinstance(found, dict) and \
                type(found).__name__ == 'getset_descriptor':
            found = None
        home = sys.modules.get(getattr(obj, '__module__', None) or '')
        scope_globals = getattr(home, '__dict__', None)
        scope_locals = dict(vars(obj))
        origin = obj
    elif ismodule(obj):
        found = getattr(obj, '__annotations__', None)
        scope_globals, scope_locals, origin = obj.__dict__, None, None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        scope_globals = getattr(obj, '__globals__', None)
        scope_locals, origin = None, obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not found or not eval_str:
        return dict(found)
    if origin is not None:
        # the globals of the innermost wrapped function win
        functools = sys.modules.get('functools')
        partial = getattr(functools, 'partial', ())
        while True:
            if hasattr(origin, '__wrapped__'):
                origin = origin.__wrapped__
            elif partial and isinstance(origin, partial):
                origin = origin.func
            else:
                break
        scope_globals = getattr(origin, '__globals__', scope_globals)
    if globals is None:
        globals = scope_globals
    if locals is None:
        locals = scope_locals
    return {name: eval(value, globals, locals) if isinstance(value, str) else value
            for name, value in found.items()}


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    code = frame.f_code
    names = code.co_varnames
    count = code.co_argcount + code.co_kwonlyargcount
    star = starstar = None
    if code.co_flags & CO_VARARGS:
        star = names[count]
        count += 1
    if code.co_flags & CO_VARKEYWORDS:
        starstar = names[count]
    return ArgInfo(list(names[:code.co_argcount + code.co_kwonlyargcount]),
                   star, starstar, frame.f_locals)

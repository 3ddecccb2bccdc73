"""CSV file reading and writing: reader, writer, DictReader, DictWriter,
Dialect (excel, excel_tab, unix_dialect), register_dialect/get_dialect/
unregister_dialect/list_dialects, field_size_limit, QUOTE_* and Error.

pyrite's own implementation in plain Python of the _csv state machine
(parsing and quoting rules as in CPython 3.11).  Sniffer is not provided.
"""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = [128 * 1024]


class Error(Exception):
    pass


Error.__module__ = '_csv'

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                  'quotechar', 'quoting', 'skipinitialspace', 'strict')


class _ParsedDialect:
    """A validated, immutable set of formatting parameters."""

    __slots__ = _DIALECT_ATTRS

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        delimiter = pick('delimiter', ',')
        doublequote = pick('doublequote', True)
        escapechar = pick('escapechar', None)
        lineterminator = pick('lineterminator', '\r\n')
        quotechar = pick('quotechar', '"')
        # As in CPython, only an explicit quoting= argument counts here.
        quoting_given = 'quoting' in kwargs
        quoting = pick('quoting', QUOTE_MINIMAL)
        skipinitialspace = pick('skipinitialspace', False)
        strict = pick('strict', False)

        if not isinstance(delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(delimiter).__name__)
        if len(delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        for name, value in (('quotechar', quotechar), ('escapechar', escapechar)):
            if value is None:
                continue
            if not isinstance(value, str):
                raise TypeError('"%s" must be string or None, not %s'
                                % (name, type(value).__name__))
            if len(value) != 1:
                raise TypeError('"%s" must be a 1-character string' % name)
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if quotechar is None and not quoting_given:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        object.__setattr__(self, 'delimiter', delimiter)
        object.__setattr__(self, 'doublequote', bool(doublequote))
        object.__setattr__(self, 'escapechar', escapechar)
        object.__setattr__(self, 'lineterminator', lineterminator)
        object.__setattr__(self, 'quotechar', quotechar)
        object.__setattr__(self, 'quoting', quoting)
        object.__setattr__(self, 'skipinitialspace', bool(skipinitialspace))
        object.__setattr__(self, 'strict', bool(strict))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                             % name)


_ParsedDialect.__name__ = _ParsedDialect.__qualname__ = 'Dialect'
_ParsedDialect.__module__ = '_csv'

_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _ParsedDialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit[0] = args[0]
    return old


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting, strict."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _ParsedDialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


################################################################################
# reader
################################################################################

# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # the end-of-line marker fed after each input line


class _Reader:
    """CSV reader: iterates over rows (lists of strings) of the input lines."""

    def __init__(self, iterable, dialect='excel', **fmtparams):
        self._input = iter(iterable)
        self.dialect = _ParsedDialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def _parse_line(self, line):
        """Run the _csv state machine over one input line plus the end-of-line
        marker.  Fields completed are appended to self._fields; the state and
        the partial field carry over to the next line (quoted newlines).
        Runs of ordinary characters inside a field are copied as one slice."""
        d = self.dialect
        delimiter = d.delimiter
        quotechar = d.quotechar if d.quoting != QUOTE_NONE else None
        escapechar = d.escapechar
        skipspace = d.skipinitialspace
        nonnumeric = d.quoting == QUOTE_NONNUMERIC
        limit = _field_limit[0]
        state = self._state
        field = self._field
        field_len = sum(map(len, field))
        fields = self._fields
        numeric = self._numeric
        plain_stops = [ch for ch in (delimiter, escapechar, '\n', '\r') if ch is not None]
        quoted_stops = [ch for ch in (quotechar, escapechar) if ch is not None]
        n = len(line)

        def next_stop(i, stops):
            j = n
            for ch in stops:
                k = line.find(ch, i, j)
                if k >= 0:
                    j = k
            return j

        def save():
            nonlocal field, field_len, numeric
            text = ''.join(field)
            field = []
            field_len = 0
            if numeric:
                numeric = False
                text = float(text)
            fields.append(text)

        def add(chunk):
            nonlocal field_len
            if field_len + len(chunk) > limit:
                raise Error('field larger than field limit (%d)' % limit)
            field.append(chunk)
            field_len += len(chunk)

        i = 0
        try:
            while i <= n:
                c = line[i] if i < n else _EOL
                i += 1
                if state == _START_RECORD:
                    if c is _EOL:
                        continue
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c is _EOL or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if c is _EOL else _EAT_CRNL
                    elif c == quotechar:
                        state = _IN_QUOTED_FIELD
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and skipspace:
                        pass
                    elif c == delimiter:
                        save()
                    else:
                        if nonnumeric:
                            numeric = True
                        j = next_stop(i, plain_stops)
                        add(line[i - 1:j])
                        i = j
                        state = _IN_FIELD
                    continue
                if state == _AFTER_ESCAPED_CRNL:
                    if c is _EOL:
                        continue
                    state = _IN_FIELD
                if state == _IN_FIELD:
                    if c is _EOL or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if c is _EOL else _EAT_CRNL
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == delimiter:
                        save()
                        state = _START_FIELD
                    else:
                        j = next_stop(i, plain_stops)
                        add(line[i - 1:j])
                        i = j
                elif state == _IN_QUOTED_FIELD:
                    if c is _EOL:
                        pass
                    elif c == escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        j = next_stop(i, quoted_stops)
                        add(line[i - 1:j])
                        i = j
                elif state == _ESCAPED_CHAR:
                    if c == '\n' or c == '\r':
                        add(c)
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        add('\n' if c is _EOL else c)
                        state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    add('\n' if c is _EOL else c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quotechar:
                        add(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delimiter:
                        save()
                        state = _START_FIELD
                    elif c is _EOL or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if c is _EOL else _EAT_CRNL
                    elif not d.strict:
                        add(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pass
                    elif c is _EOL:
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - do you "
                                    "need to open the file with newline=''?")
        finally:
            self._state = state
            self._field = field
            self._numeric = numeric

    def _finish_field(self):
        """Save the partial field at end of input (non-strict mode)."""
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _fast_split(self, line):
        """Split a line with no quoting, escapes or embedded newlines directly
        (what the state machine would produce); None if it needs the slow path."""
        d = self.dialect
        if (d.skipinitialspace or d.quoting == QUOTE_NONNUMERIC
                or len(line) >= _field_limit[0]):
            return None
        if d.quoting != QUOTE_NONE and d.quotechar is not None and d.quotechar in line:
            return None
        if d.escapechar is not None and d.escapechar in line:
            return None
        if line.endswith('\r\n'):
            body = line[:-2]
        elif line.endswith('\n') or line.endswith('\r'):
            body = line[:-1]
        else:
            body = line
        if '\n' in body or '\r' in body:
            return None
        if not body:
            return []
        return body.split(d.delimiter)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._finish_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should '
                            'be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._fast_split(line)
                if fields is not None:
                    return fields
            self._parse_line(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])

    Return a reader object iterating over the rows of the input lines."""
    return _Reader(csvfile, dialect, **fmtparams)


################################################################################
# writer
################################################################################

def _is_number(value):
    # PyNumber_Check: anything convertible with __index__/__float__ (or complex).
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return hasattr(cls, '__float__') or hasattr(cls, '__index__')


class _Writer:
    """CSV writer: formats rows and writes them to the file object."""

    def __init__(self, fileobj, dialect='excel', **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _ParsedDialect(dialect, **fmtparams)
        d = self.dialect
        self._specials = frozenset(c for c in (d.delimiter, d.escapechar, d.quotechar)
                                   if c is not None) | frozenset(d.lineterminator)

    def _join_field(self, field, quoted):
        d = self.dialect
        if self._specials.isdisjoint(field):
            # Nothing to escape: only the quoting decision remains.
            if quoted:
                return d.quotechar + field + d.quotechar
            return field
        out = []
        lineterminator = d.lineterminator
        for c in field:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE or d.quotechar is None:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Construct and write a CSV record from an iterable of fields."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        quoting = d.quoting
        quote_all = quoting == QUOTE_ALL and d.quotechar is not None
        nonnumeric = quoting == QUOTE_NONNUMERIC and d.quotechar is not None
        join_field = self._join_field
        parts = []
        for field in fields:
            cls = type(field)
            if cls is str:
                text = field
            elif field is None:
                text = ''
            elif cls is float:
                text = repr(field)
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            if nonnumeric:
                quoted = field is None or not _is_number(field)
            else:
                quoted = quote_all
            parts.append(join_field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Construct and write a series of iterables to a csv file."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])

    Return a writer object that formats rows and writes them to fileobj."""
    return _Writer(fileobj, dialect, **fmtparams)


################################################################################
# DictReader / DictWriter
################################################################################

class DictReader:
    """Read rows as dicts keyed by the header row (or by fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reading the header row (if any) before the first data row.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


class DictWriter:
    """Write dicts as rows, in the order given by fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))

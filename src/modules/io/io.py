"""pyrite's io module: FileIO over the native raw files of `posix`, thin
Buffered* wrappers, TextIOWrapper (UTF-8 by default, universal newlines on
read, buffered writes), StringIO and BytesIO. `open()` is the builtin."""

import posix

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError('I/O operation on closed file.')


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


RawIOBase = BufferedIOBase = TextIOBase = IOBase


class FileIO(IOBase):
    def __init__(self, file, mode='r', closefd=True):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        self.name = file
        m = mode.replace('b', '')
        self._raw = posix._open_raw(file, m, closefd)
        self._readable = 'r' in m or '+' in m
        self._writable = 'r' not in m or '+' in m
        if m[0] == 'r':
            self.mode = 'rb+' if '+' in m else 'rb'
        elif m[0] == 'a':
            self.mode = 'ab+' if '+' in m else 'ab'
        elif m[0] == 'x':
            self.mode = 'xb+' if '+' in m else 'xb'
        else:
            # FileIO names a 'w+' file by what it can do: read and write.
            self.mode = 'rb+' if '+' in m else 'wb'
        self.closed = False
        self.closefd = closefd

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self.closefd)

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        return self._raw.read(size)

    def readall(self):
        return self.read()

    def readline(self, size=-1):
        self._check_closed()
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self._raw.read(1)
            if not b:
                break
            out += b
            if b == b'\n':
                break
        return bytes(out)

    def write(self, b):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return self._raw.write(b)

    def seek(self, pos, whence=0):
        self._check_closed()
        return self._raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._raw.tell()

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self.tell()
        return self._raw.truncate(size)

    def fileno(self):
        self._check_closed()
        return self._raw.fileno()

    def isatty(self):
        self._check_closed()
        return self._raw.isatty()

    def close(self):
        if not self.closed:
            self.closed = True
            self._raw.close()


class _Buffered(IOBase):
    _kind = 'BufferedReader'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._rbuf = b''
        self._wbuf = []
        self._wlen = 0

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def __repr__(self):
        if self.closed:
            return '<_io.%s [closed]>' % self._kind
        return '<_io.%s name=%r>' % (self._kind, self.name)

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _flush_w(self):
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self.raw.write(data)

    def flush(self):
        self._check_closed()
        self._flush_w()

    def _fill(self):
        chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
        self._rbuf += chunk
        return chunk

    def read(self, size=-1):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation('read')
        self._flush_w()
        if size is None or size < 0:
            data = self._rbuf + self.raw.read()
            self._rbuf = b''
            return data
        while len(self._rbuf) < size and self._fill():
            pass
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check_closed()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readline(self, size=-1):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation('readline')
        self._flush_w()
        start = 0
        while True:
            i = self._rbuf.find(b'\n', start)
            if i >= 0:
                end = i + 1
                break
            start = len(self._rbuf)
            if size >= 0 and start >= size:
                end = size
                break
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def write(self, b):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        b = bytes(b)
        self._wbuf.append(b)
        self._wlen += len(b)
        if self._wlen >= DEFAULT_BUFFER_SIZE:
            self._flush_w()
        return len(b)

    def seek(self, pos, whence=0):
        self._check_closed()
        self._flush_w()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() + self._wlen - len(self._rbuf)

    def truncate(self, size=None):
        self._check_closed()
        self._flush_w()
        if size is None:
            size = self.tell()
        self._rbuf = b''
        return self.raw.truncate(size)

    def detach(self):
        self._flush_w()
        raw = self.raw
        return raw

    def close(self):
        if not self.raw.closed:
            try:
                self._flush_w()
            finally:
                self.raw.close()


class BufferedReader(_Buffered):
    _kind = 'BufferedReader'


class BufferedWriter(_Buffered):
    _kind = 'BufferedWriter'


class BufferedRandom(_Buffered):
    _kind = 'BufferedRandom'


def _split_incomplete(data):
    # Keeps a trailing incomplete UTF-8 sequence for the next chunk.
    n = len(data)
    for back in (1, 2, 3):
        if back > n:
            break
        c = data[n - back]
        if c & 0xC0 == 0x80:
            continue
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            if need > back:
                return data[:n - back], data[n - back:]
        break
    return data, b''


class TextIOWrapper(IOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self.buffer = buffer
        if encoding == 'locale':
            # io.text_encoding()'s answer: the locale's encoding (UTF-8 here).
            encoding = None
        self._explicit_encoding = encoding is not None
        self.encoding = encoding if encoding is not None else 'UTF-8'
        self.errors = errors if errors is not None else 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._dec = ''
        self._dpos = 0
        self._pending = b''
        self._w = []
        self._wlen = 0
        self._eof = False
        self._utf8 = self.encoding.lower().replace('-', '').replace('_', '') in ('utf8',)
        # The innermost object whose `closed` is a plain attribute (fast checks).
        self._rawf = getattr(buffer, 'raw', buffer)
        self._can_write = buffer.writable()
        self._plain_nl = newline in (None, '', '\n')

    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self._rawf.closed)

    def __next__(self):
        # Fast path: a whole line is already decoded.
        pos = self._dpos
        i = self._dec.find('\n', pos)
        if i >= 0 and self._plain_nl and not self._w and not self._rawf.closed:
            self._dpos = i + 1
            return self._dec[pos:i + 1]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def mode(self):
        return self._mode

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self._mode, self.encoding)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _flush_w(self):
        if self._w:
            s = ''.join(self._w)
            self._w = []
            self._wlen = 0
            self.buffer.write(s.encode(self.encoding, self.errors))
            self.buffer.flush()

    def flush(self):
        self._check_closed()
        self._flush_w()

    def write(self, s):
        if self._rawf.closed:
            raise _closed_error()
        if s.__class__ is not str and not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self._can_write:
            raise UnsupportedOperation('not writable')
        if self._dec or self._pending:
            self._discard_read()
        n = len(s)
        if not self._plain_nl and '\n' in s:
            s = s.replace('\n', self._newline)
        self._w.append(s)
        self._wlen += n
        if self._wlen >= DEFAULT_BUFFER_SIZE or (self.line_buffering and '\n' in s):
            self._flush_w()
        return n

    def _compact(self):
        # Drops the consumed prefix of the decoded buffer (readline only advances _dpos).
        if self._dpos:
            self._dec = self._dec[self._dpos:]
            self._dpos = 0

    def _discard_read(self):
        self._compact()
        if self._dec or self._pending:
            back = len(self._dec.encode(self.encoding, self.errors)) + len(self._pending)
            self._dec = ''
            self._pending = b''
            self.buffer.seek(-back, 1)
        self._eof = False

    def _read_chunk(self):
        if self._eof:
            return False
        self._compact()
        data = self.buffer.read(DEFAULT_BUFFER_SIZE)
        if not data:
            self._eof = True
            data = self._pending
            self._pending = b''
            if data:
                self._dec += self._decode(data)
            return False
        data = self._pending + data
        if self._utf8:
            data, self._pending = _split_incomplete(data)
        text = self._decode(data)
        # A '\r' at the end of a chunk may be followed by '\n' in the next one.
        if self._newline is None and text.endswith('\r'):
            more = self.buffer.read(1)
            if more == b'\n':
                text += '\n'
            elif more:
                self._pending = more + self._pending
        self._dec += text
        return True

    def _decode(self, data):
        s = data.decode(self.encoding, self.errors)
        if self._newline is None or self._newline == '':
            self._note_newlines(s)
        if self._newline is None and '\r' in s:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        return s

    # stdfs helper: `newlines`, the line endings met so far while reading in
    # universal-newlines mode (bit 1: '\r', 2: '\n', 4: '\r\n').
    def _note_newlines(self, s):
        crlf = s.count('\r\n')
        seen = (1 if s.count('\r') > crlf else 0) | (2 if s.count('\n') > crlf else 0) | (4 if crlf else 0)
        if seen:
            self._seen_newlines = getattr(self, '_seen_newlines', 0) | seen

    @property
    def newlines(self):
        seen = getattr(self, '_seen_newlines', 0)
        kinds = tuple(k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if seen & bit)
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else kinds

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        self._flush_w()
        if size is None or size < 0:
            while self._read_chunk():
                pass
            self._compact()
            s = self._dec
            self._dec = ''
            return s
        while len(self._dec) - self._dpos < size and self._read_chunk():
            pass
        end = self._dpos + size
        s = self._dec[self._dpos:end]
        self._dpos = min(end, len(self._dec))
        return s

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        self._flush_w()
        nl = '\n' if self._newline in (None, '', '\n') else self._newline
        start = self._dpos
        while True:
            i = self._dec.find(nl, start)
            if i >= 0:
                end = i + len(nl)
                break
            if 0 <= size <= len(self._dec) - self._dpos:
                end = self._dpos + size
                break
            before = len(self._dec) - self._dpos
            if not self._read_chunk():
                end = len(self._dec)
                break
            # _read_chunk compacted the buffer: continue the search near the old end.
            start = max(0, before - len(nl) + 1)
        if 0 <= size < end - self._dpos:
            end = self._dpos + size
        line = self._dec[self._dpos:end]
        self._dpos = end
        return line

    def seek(self, cookie, whence=0):
        self._check_closed()
        self._flush_w()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._dec = ''
        self._dpos = 0
        self._pending = b''
        self._eof = False
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._check_closed()
        self._flush_w()
        pos = self.buffer.tell()
        self._compact()
        if self._dec or self._pending:
            pos -= len(self._dec.encode(self.encoding, self.errors)) + len(self._pending)
        return pos

    def truncate(self, pos=None):
        self._check_closed()
        self._flush_w()
        if pos is None:
            pos = self.tell()
        self._dec = ''
        self._dpos = 0
        self._pending = b''
        return self.buffer.truncate(pos)

    def detach(self):
        self._flush_w()
        return self.buffer

    def close(self):
        if not self.buffer.closed:
            try:
                self._flush_w()
            finally:
                self.buffer.close()


class StringIO(IOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline = newline
        initial_value = self._translate(initial_value)
        self._chunks = [initial_value] if initial_value else []
        self._v = None
        self._len = len(initial_value)
        self._pos = 0
        self.closed = False

    def _translate(self, s):
        # newline=None: every \r\n and \r is stored as \n; '\r' / '\r\n':
        # every \n written is stored as that ending; '' and '\n': unchanged.
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n') and '\n' in s:
            s = s.replace('\n', nl)
        return s

    def _line_end(self, v, start):
        # Index just past the end of the line that starts at `start`.
        nl = self._newline
        if nl == '':
            i = v.find('\n', start)
            j = v.find('\r', start)
            if j >= 0 and (i < 0 or j < i):
                return j + 2 if v.startswith('\r\n', j) else j + 1
            return self._len if i < 0 else i + 1
        sep = '\n' if nl is None else nl
        i = v.find(sep, start)
        return self._len if i < 0 else i + len(sep)

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

    def _value(self):
        if self._v is None:
            self._v = ''.join(self._chunks)
            self._chunks = [self._v]
        return self._v

    def readable(self):
        self._check_closed()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if self._pos == self._len:
            self._chunks.append(s)
            self._v = None
        else:
            v = self._value()
            if self._pos > self._len:
                v += '\0' * (self._pos - self._len)
            v = v[:self._pos] + s + v[self._pos + len(s):]
            self._chunks = [v]
            self._v = v
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return n

    def read(self, size=-1):
        self._check_closed()
        v = self._value()
        if size is None or size < 0:
            end = self._len
        else:
            end = min(self._len, self._pos + size)
        s = v[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readline(self, size=-1):
        self._check_closed()
        v = self._value()
        end = self._line_end(v, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = v[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._len:
            v = self._value()[:size]
            self._chunks = [v]
            self._v = v
            self._len = size
        return size

    def close(self):
        self.closed = True
        self._chunks = []
        self._v = None

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def __del__(self):
        pass


class BytesIO(IOBase):
    def __init__(self, initial_bytes=b''):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._b = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0
        self.closed = False

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)

    def readable(self):
        self._check_closed()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check_closed()
        return bytes(self._b)

    def getbuffer(self):
        self._check_closed()
        return self._b

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if self._pos > len(self._b):
            self._b += b'\0' * (self._pos - len(self._b))
        self._b[self._pos:self._pos + n] = b
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._b)
        else:
            end = min(len(self._b), self._pos + size)
        s = bytes(self._b[self._pos:end])
        self._pos = max(self._pos, end)
        return s

    read1 = read

    def readinto(self, buffer):
        self._check_closed()
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def readline(self, size=-1):
        self._check_closed()
        i = self._b.find(b'\n', self._pos)
        end = len(self._b) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = bytes(self._b[self._pos:end])
        self._pos = max(self._pos, end)
        return s

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._b) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._b[size:]
        return size

    def close(self):
        self.closed = True

    def __del__(self):
        pass


for _c in (IOBase, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, StringIO, BytesIO):
    _c.__module__ = '_io'
del _c


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(file, (str, bytes, int)):
        file = posix.fspath(file) if hasattr(posix, 'fspath') else _fspath(file)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    kind = 'x' if creating else 'r' if reading else 'w' if writing else 'a'
    raw = FileIO(file, kind + ('+' if updating else ''), closefd)
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buf = BufferedRandom(raw)
    elif reading:
        buf = BufferedReader(raw)
    else:
        buf = BufferedWriter(raw)
    if binary:
        return buf
    t = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    t._mode = mode
    return t


def _fspath(p):
    import os
    return os.fspath(p)


def text_encoding(encoding, stacklevel=2):
    return encoding if encoding is not None else 'locale'

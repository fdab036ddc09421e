"""io: MicroPython's built-in io (open, StringIO, BytesIO, IOBase) with what
CPython scripts also take from it: TextIOWrapper to read or write text over
a binary stream (a member of an archive, a pipe, sys.stdout.buffer),
BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over raw
streams, the bases to subclass (RawIOBase, BufferedIOBase, TextIOBase),
SEEK_*, DEFAULT_BUFFER_SIZE, UnsupportedOperation, BlockingIOError,
open_code and text_encoding.

Not as in CPython: the built-in classes are not subclasses of these bases
(isinstance() says they are instances: io.IOBase), TextIOWrapper.tell() is
a byte position rather than an opaque cookie, and there is no FileIO."""
from uio import *
import uio as _u

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192
# the builtin, which CPython's io exports too (construct imports it from here)
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    # CPython gives "locale" outside UTF-8 mode; the locale here is UTF-8
    return 'locale' if encoding is None else encoding


def _unsupported(name):
    raise UnsupportedOperation(name)


def _native(t, names, cls):
    # one of the interpreter's own stream types (its files, the standard
    # streams, whose types differ from the files') or a subclass of cls
    return (getattr(t, '__module__', None) == 'builtins' and t.__name__ in names) or issubclass(t, cls)


def _text(t):
    return _native(t, ('TextIOWrapper',), StringIO)


def _binary(t):
    return _native(t, ('FileIO',), BytesIO)


class IOBase(_u.IOBase):
    """The base of every stream, as CPython's: the interpreter's own files,
    StringIO and BytesIO count as instances of it and of the base of their
    kind (a binary file as RawIOBase and BufferedIOBase, as a file opened
    'rb' is one or the other in CPython), though they do not derive from
    these classes."""

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # asked once t is known not to derive from cls (patch 0026)
        if cls is IOBase:
            return _text(t) or _binary(t)
        if cls is TextIOBase:
            return _text(t)
        if cls is RawIOBase:
            return _binary(t) and not issubclass(t, BytesIO)
        if cls is BufferedIOBase:
            return _binary(t)
        return False


class _Bases(IOBase):
    # what CPython's IOBase gives every stream: a closed flag, context
    # management, iteration by lines, and "unsupported" for the rest
    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            self.flush()
        self._closed = True

    def flush(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        _unsupported('fileno')

    def seek(self, pos, whence=0):
        _unsupported('seek')

    def tell(self):
        return self.seek(0, SEEK_CUR)

    def truncate(self, size=None):
        _unsupported('truncate')


class RawIOBase(_Bases):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        return None if n is None else bytes(buf[:n])

    def readall(self):
        chunks = []
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                return b''.join(chunks)
            chunks.append(chunk)

    def readline(self, size=-1):
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if b == b'\n':
                break
        return bytes(line)

    def readinto(self, buf):
        _unsupported('readinto')

    def write(self, data):
        _unsupported('write')


class BufferedIOBase(RawIOBase):
    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def detach(self):
        _unsupported('detach')


class TextIOBase(_Bases):
    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        _unsupported('read')

    def readline(self, size=-1):
        _unsupported('readline')

    def write(self, s):
        _unsupported('write')

    def detach(self):
        _unsupported('detach')


class BufferedReader(BufferedIOBase):
    """Reads a raw stream through a buffer, with peek()."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw, self._size, self._buf = raw, buffer_size, b''

    def _more(self):
        chunk = self.raw.read(self._size)
        self._buf += chunk or b''
        return bool(chunk)

    def peek(self, size=0):
        if not self._buf:
            self._more()
        return self._buf

    def read(self, size=-1):
        if size is None or size < 0:
            data, self._buf = self._buf + (self.raw.read() or b''), b''
            return data
        while len(self._buf) < size and self._more():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readline(self, size=-1):
        while b'\n' not in self._buf and (size < 0 or len(self._buf) < size) and self._more():
            pass
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        if size >= 0:
            end = min(end, size)
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def seek(self, pos, whence=0):
        if whence == SEEK_CUR:
            pos -= len(self._buf)
        self._buf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def close(self):
        self.raw.close()
        self._closed = True

    def readable(self):
        return True

    def seekable(self):
        return getattr(self.raw, 'seekable', lambda: False)()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


class BufferedWriter(BufferedIOBase):
    """Collects small writes for a raw stream, as CPython's: what would
    overflow the buffer flushes it first, and a write as large as the
    buffer goes straight through."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw, self._size, self._buf = raw, buffer_size, bytearray()

    def write(self, data):
        if len(self._buf) + len(data) > self._size:
            self._drain()
        if len(data) >= self._size:
            self.raw.write(data)
        else:
            self._buf += data
        return len(data)

    def _drain(self):
        if self._buf:
            self.raw.write(bytes(self._buf))
            self._buf = bytearray()

    def flush(self):
        self._drain()
        getattr(self.raw, 'flush', lambda: None)()

    def close(self):
        self.flush()
        self.raw.close()
        self._closed = True

    def writable(self):
        return True

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


class BufferedRandom(BufferedReader):
    """Reads and writes one seekable raw stream: reads go through the read
    buffer, a write first gives back what was read ahead (seeking the raw
    stream to the logical position), then goes straight to the stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not getattr(raw, 'seekable', lambda: True)():
            _unsupported('File or stream is not seekable.')
        BufferedReader.__init__(self, raw, buffer_size)

    def _unread(self):
        if self._buf:
            self.raw.seek(-len(self._buf), SEEK_CUR)
            self._buf = b''

    def write(self, data):
        self._unread()
        return self.raw.write(data)

    def truncate(self, pos=None):
        self._unread()
        return self.raw.truncate(pos)

    def flush(self):
        self._unread()
        getattr(self.raw, 'flush', lambda: None)()

    def writable(self):
        return True


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined (the two ends of a pipe, say): reads
    come from the one, writes go to the other."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, data):
        return self.writer.write(data)

    def flush(self):
        self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()
        self._closed = True


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decodes what it reads, encodes what it
    writes, and translates newlines as `newline` says (None: any of \\r\\n,
    \\r, \\n reads as \\n)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        self.buffer = buffer
        self._pending = ''  # decoded; what is not yet returned starts at _at
        self._at = self._end = 0  # _end: len(_pending), kept (len() of text walks it)
        self._cr = ''  # a '\r' held back until the next read says if '\n' follows
        self._decoder = self._encoder = None  # the codec's incremental coders, made on first use
        self._seen = 0  # the line endings read so far (newlines): 1 '\r', 2 '\n', 4 '\r\n'
        self.encoding = self.errors = None
        self.reconfigure(encoding=encoding or 'locale', errors=errors, newline=newline,
                         line_buffering=line_buffering, write_through=write_through)

    def reconfigure(self, *, encoding=None, errors=None, newline=0, line_buffering=None, write_through=None):
        if encoding is not None:
            self.encoding = 'utf-8' if encoding == 'locale' else encoding
            ''.encode(self.encoding)  # LookupError for an unknown encoding, now
        if errors is not None or encoding is not None:
            self.errors = errors or 'strict'
            self._decoder = self._encoder = None
        if newline != 0:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError('illegal newline value: %r' % (newline,))
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = bool(line_buffering)
        if write_through is not None:
            self.write_through = bool(write_through)

    @property
    def closed(self):
        return getattr(self.buffer, 'closed', False)

    @property
    def name(self):
        return self.buffer.name

    def _decode(self, data, final):
        # the codec's incremental decoder holds back a character split
        # between reads (and reads a BOM once)
        if self._decoder is None:
            import codecs
            self._decoder = codecs.getincrementaldecoder(self.encoding)(self.errors)
        text = self._cr + self._decoder.decode(data, final)
        self._cr = ''
        if self._newline is None and text.endswith('\r') and not final:
            text, self._cr = text[:-1], '\r'
        if self._newline in (None, '') and ('\r' in text or '\n' in text):
            crlf = text.count('\r\n')
            self._seen |= ((text.count('\r') > crlf) | (text.count('\n') > crlf) << 1 | (crlf > 0) << 2)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    @property
    def newlines(self):
        # CPython's: None, the one kind of line ending read, or a tuple of them
        kinds = tuple(k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit)
        return kinds[0] if len(kinds) == 1 else (kinds or None)

    def _raw(self):
        if self.buffer is None:
            raise ValueError('underlying buffer has been detached')
        return self.buffer

    def _ahead(self):
        return self._pending[self._at:] if self._at else self._pending

    def _fill(self):
        # Lines are returned by moving _at, not by cutting _pending: a cut
        # copies the rest of the chunk for every line.
        chunk = self._raw().read(DEFAULT_BUFFER_SIZE)
        self._pending = self._ahead() + self._decode(chunk or b'', not chunk)
        self._at, self._end = 0, len(self._pending)
        return bool(chunk)

    def _take(self, end):
        text = self._pending[self._at:end]
        self._at = end
        return text

    def read(self, size=-1):
        if size is None or size < 0:
            text = self._ahead() + self._decode(self._raw().read() or b'', True)
            self._pending, self._at, self._end = '', 0, 0
            return text
        while self._end - self._at < size and self._fill():
            pass
        return self._take(min(self._at + size, self._end))

    def _line_end(self):
        # the index just past the first line ending from _at on, or 0
        text, nl, at = self._pending, self._newline, self._at
        if nl is None or nl == '\n':
            return text.find('\n', at) + 1
        if nl:
            i = text.find(nl, at)
            return i + len(nl) if i >= 0 else 0
        # newline='': any ending, kept as it is
        n, r = text.find('\n', at), text.find('\r', at)
        if r < 0 or (0 <= n < r):
            return n + 1
        if r + 1 < self._end:
            return r + 2 if text[r + 1] == '\n' else r + 1
        return 0

    def readline(self, size=-1):
        while not self._line_end() and (size < 0 or self._end - self._at < size) and self._fill():
            pass
        end = self._line_end() or self._end
        if size is not None and size >= 0:
            end = min(end, self._at + size)
        return self._take(end)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        self._raw()
        text = s
        if self._newline and self._newline != '\n':
            text = text.replace('\n', self._newline)
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self.encoding)(self.errors)
            try:
                if self.buffer.tell() != 0:
                    self._encoder.setstate(0)  # not at the start: no BOM
            except (AttributeError, OSError):
                pass  # a pipe or terminal: at its start
        self.buffer.write(self._encoder.encode(text))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def flush(self):
        getattr(self.buffer, 'flush', lambda: None)()

    def close(self):
        if not self.closed:
            self.flush()
            self.buffer.close()

    def detach(self):
        self.flush()
        buffer, self.buffer = self.buffer, None
        return buffer

    def seek(self, pos, whence=0):
        self._pending, self._cr = '', ''
        self._at = self._end = 0
        self._decoder = self._encoder = None
        return self.buffer.seek(pos, whence)

    def tell(self):
        # the bytes read ahead: decoded text not yet returned (less the BOM
        # an encode of it adds) and what the decoder holds
        ahead = self._ahead() + self._cr
        held = self._decoder.getstate()[0] if self._decoder is not None else b''
        return (self.buffer.tell() - len(held)
                - (len(ahead.encode(self.encoding, self.errors)) - len(''.encode(self.encoding)) if ahead else 0))

    def readable(self):
        return getattr(self.buffer, 'readable', lambda: True)()

    def writable(self):
        return getattr(self.buffer, 'writable', lambda: True)()

    def seekable(self):
        return getattr(self.buffer, 'seekable', lambda: False)()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return getattr(self.buffer, 'isatty', lambda: False)()

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        for attr in ('name', 'mode'):
            value = getattr(self.buffer, attr, None)
            if value is not None:
                parts.append('%s=%r' % (attr, value))
        parts.append('encoding=%r>' % self.encoding)
        return ' '.join(parts)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'open_code text_encoding')
del as_builtins

"""The classes of pywasm's codecs module: CodecInfo, the Codec and
incremental encoder/decoder bases, and the stream reader/writer classes.
codecs re-exports them; see its docstring for what is covered."""


class CodecInfo:
    """What lookup() returns. It reads like CPython's 4-tuple (encode, decode,
    streamreader, streamwriter): pywasm cannot subclass tuple with a custom
    constructor, so this is a plain class with the sequence methods."""

    def __init__(self, encode, decode, streamreader=None, streamwriter=None,
                 incrementalencoder=None, incrementaldecoder=None, name=None,
                 *, _is_text_encoding=None):
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        self._is_text_encoding = True if _is_text_encoding is None else _is_text_encoding

    def _four(self):
        return (self.encode, self.decode, self.streamreader, self.streamwriter)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._four()[index]

    def __iter__(self):
        return iter(self._four())

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(self._four())

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s at 0x%x>' % (self.name, id(self))


class Codec:
    """Stateless coding: encode/decode return (output, length of input used)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class _Stepwise:
    """What incremental coders share: the error handler name, and (unless a
    subclass adds some) no state to reset or restore."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def reset(self):
        pass

    def setstate(self, state):
        pass


class IncrementalEncoder(_Stepwise):
    buffer = ''

    def getstate(self):
        return 0

    def encode(self, input, final=False):
        raise NotImplementedError


class IncrementalDecoder(_Stepwise):
    def getstate(self):
        return (b'', 0)

    def decode(self, input, final=False):
        raise NotImplementedError


def _joined(kept, new):
    # pywasm would glue str to bytes; CPython refuses
    if isinstance(new, str) and isinstance(kept, bytes):
        raise TypeError("can't concat str to bytes")
    return kept + new


class _Leftover:
    """Buffered coders: the part of the input a call could not use yet waits
    in self.buffer for the next call. The class attribute `buffer` is the
    empty default."""

    def _carry(self, chunk, final, work):
        # work(data, errors, final) -> (output, how much of data it used)
        pending = _joined(self.buffer, chunk)
        output, used = work(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        self.buffer = type(self).buffer


class BufferedIncrementalEncoder(_Leftover, IncrementalEncoder):
    """Subclasses supply _buffer_encode(input, errors, final) -> (output, used)."""

    def encode(self, input, final=False):
        return self._carry(input, final, self._buffer_encode)

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError


class BufferedIncrementalDecoder(_Leftover, IncrementalDecoder):
    """Subclasses supply _buffer_decode(input, errors, final) -> (output, used)."""
    buffer = b''

    def decode(self, input, final=False):
        return self._carry(input, final, self._buffer_decode)

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError


class _OverStream:
    """What the stream classes share: unknown attributes come from the
    stream, and leaving a with block closes it."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def __getattr__(self, name):
        if name == 'stream':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def _move_stream(self, offset, whence):
        """Seek the stream; True when that went back to its start."""
        self.stream.seek(offset, whence)
        return offset == 0 and whence == 0


class _LineIterator:
    """Iterating over a reader gives its lines, until one comes back empty."""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StreamWriter(Codec, _OverStream):
    def seek(self, offset, whence=0):
        if self._move_stream(offset, whence):
            self.reset()

    def reset(self):
        pass

    def writelines(self, list):
        self.write(''.join(list))

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])


# Line boundaries: str.splitlines() in CPython ends lines at all of these
# (pywasm's only at \n and \r); bytes lines end at \n, \r and \r\n only.
_STR_BREAKS = ('\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029')
_BYTES_BREAKS = (b'\r',)


def _ending_length(line):
    """Length of the line boundary line ends with (0 when it has none)."""
    if isinstance(line, str):
        cr, nl, others = '\r', '\n', _STR_BREAKS
    else:
        cr, nl, others = b'\r', b'\n', _BYTES_BREAKS
    last = line[-1:]
    if last == nl:
        return 2 if line[-2:-1] == cr else 1
    return 1 if last and last in others else 0


def _cut_at_breaks(piece, breaks, out):
    # piece holds at most one \n, at its end; cut it at the other boundaries
    start = 0
    while True:
        first = -1
        for mark in breaks:
            at = piece.find(mark, start, first if first >= 0 else len(piece))
            if at >= 0:
                first = at
        if first < 0:
            break
        stop = first + 1
        if piece[first:stop + 1] in ('\r\n', b'\r\n'):
            stop += 1
        out.append(piece[start:stop])
        start = stop
    if start < len(piece):
        out.append(piece[start:])


def split_lines(text):
    """text cut into lines that keep their boundaries, like CPython's
    splitlines(True). Splits on \n first (one fast pass) and looks for the
    other boundaries only in text that has them."""
    text_mode = isinstance(text, str)
    nl = '\n' if text_mode else b'\n'
    breaks = [b for b in (_STR_BREAKS if text_mode else _BYTES_BREAKS) if b in text]
    pieces = text.split(nl)
    last = len(pieces) - 1
    out = []
    for i, piece in enumerate(pieces):
        if i < last:
            piece += nl
        elif not piece:
            break
        if breaks:
            _cut_at_breaks(piece, breaks, out)
        else:
            out.append(piece)
    return out


def _without_ending(line, keepends):
    if keepends:
        return line
    cut = _ending_length(line)
    return line[:len(line) - cut] if cut else line


class StreamReader(Codec, _LineIterator, _OverStream):
    # what read() returns: str, or bytes for the bytes-to-bytes codecs
    _text_type = str

    def __init__(self, stream, errors='strict'):
        _OverStream.__init__(self, stream, errors)
        self._forget()

    def _forget(self):
        self._undecoded = b''
        self._text = self._text_type()  # decoded, not yet returned
        self._lines = []  # complete lines split off _text's front

    def _merge_lines(self):
        if self._lines:
            self._text = self._text_type().join(self._lines) + self._text
            self._lines = []

    def _pull(self, size, want, firstline=False):
        """Read and decode until at least `want` characters wait in _text
        (want < 0: until the stream ends). Reads `size` bytes a time, or all
        when size < 0. Bytes that do not decode yet stay for the next call.
        Returns whether the stream had anything to read."""
        have = len(self._text)
        got = False
        while want < 0 or have < want:
            new = self.stream.read() if size < 0 else self.stream.read(size)
            got = got or bool(new)
            data = _joined(self._undecoded, new)
            if not data:
                break
            try:
                chars, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                # keep what decodes before the error when it ends a line;
                # the error comes back on the next read
                chars, used = self.decode(data[:exc.start], self.errors)
                if len(split_lines(chars)) < 2:
                    raise
            self._undecoded = data[used:]
            self._text += chars
            have += len(chars)
            if not new:
                break
        return got

    def read(self, size=-1, chars=-1, firstline=False):
        self._merge_lines()
        if chars < 0 and size >= 0:
            chars = size
        self._pull(size, chars, firstline)
        if chars < 0 or chars >= len(self._text):
            result, self._text = self._text, self._text_type()
        else:
            result, self._text = self._text[:chars], self._text[chars:]
        return result

    def _take_lines(self):
        """Move the complete lines of _text to _lines. A final \\r is not
        complete yet: a \\n may follow in the next chunk."""
        lines = split_lines(self._text)
        if lines:
            tail = lines[-1]
            if _ending_length(tail) == 0 or tail[-1:] in ('\r', b'\r'):
                self._text = lines.pop()
            else:
                self._text = self._text_type()
            self._lines = lines

    def readline(self, size=None, keepends=True):
        if size is not None and size > 0:
            return self._readline_upto(size, keepends)
        chunk = 72
        while not self._lines:
            # as in CPython, the stream is read (and a decoding error raised)
            # before lines already decoded are looked at
            more = self._pull(chunk, len(self._text) + chunk, True)
            self._take_lines()
            if not self._lines and not more:
                line, self._text = self._text, self._text_type()
                return _without_ending(line, keepends)
            chunk = min(chunk * 2, 8000)
        return _without_ending(self._lines.pop(0), keepends)

    def _readline_upto(self, size, keepends):
        """readline(size): the line, or its first `size` characters."""
        self._merge_lines()
        self._pull(size, size, True)
        window = self._text[:size]
        lines = split_lines(window)
        line = lines[0] if lines else window
        if line == window and line[-1:] in ('\r', b'\r'):
            # a \r\n may be cut in two by the window
            self._pull(1, size + 1)
            if self._text[size:size + 1] in ('\n', b'\n'):
                line = self._text[:size + 1]
        self._text = self._text[len(line):]
        return _without_ending(line, keepends)

    def readlines(self, sizehint=None, keepends=True):
        return [_without_ending(line, keepends) for line in split_lines(self.read())]

    def seek(self, offset, whence=0):
        self._move_stream(offset, whence)
        self.reset()

    def reset(self):
        self._forget()


# StreamReaderWriter passes these to its reader and writer
_READING = ('read', 'readline', 'readlines')
_WRITING = ('write', 'writelines')


class StreamReaderWriter(_LineIterator, _OverStream):
    """A reader and a writer over one stream (what codecs.open returns):
    reading methods are the reader's, writing ones the writer's, any other
    attribute the stream's."""

    def __init__(self, stream, Reader, Writer, errors='strict'):
        _OverStream.__init__(self, stream, errors)
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def __getattr__(self, name):
        if name in _READING:
            return getattr(self.reader, name)
        if name in _WRITING:
            return getattr(self.writer, name)
        return _OverStream.__getattr__(self, name)

    def seek(self, offset, whence=0):
        back_to_start = self._move_stream(offset, whence)
        self.reader.reset()
        if back_to_start:
            self.writer.reset()

    def reset(self):
        self.reader.reset()
        self.writer.reset()

"""A text file over a binary one, for open() with an encoding other than
UTF-8 or an error handler other than strict (port/fileopen.c opens the file
in binary and calls TextFile). Decoding and encoding are bytes.decode and
str.encode (port/codecs.c, and the codecs layer for utf-16, cp1252, ...).
utf-8-sig, utf-16 and utf-32 write their BOM at the start of the file (in
mode 'a' when the file is empty) and read past the one they find; utf-16
and utf-32 refuse a file without one, as CPython does.

Reading decodes the rest of the file at the first read, so a decoding error
names its position in the file and a multi-byte character is never split
between two reads. As in CPython, newline=None (the default) reads '\\r\\n'
and '\\r' as '\\n'; newline='\\r' or '\\r\\n' writes that for each '\\n'.
"""

# The codecs with a BOM, by name (case, '-', '_' and ' ' dropped): the codec
# each BOM they read stands for; the first is what they write.
_UTF16 = (('utf-16-le', b'\xff\xfe'), ('utf-16-be', b'\xfe\xff'))
_UTF32 = (('utf-32-le', b'\xff\xfe\x00\x00'), ('utf-32-be', b'\x00\x00\xfe\xff'))
_BOMS = {'utf8sig': (('utf-8', b'\xef\xbb\xbf'),), 'utf16': _UTF16, 'u16': _UTF16, 'utf32': _UTF32, 'u32': _UTF32}


class TextFile:
    def __init__(self, raw, name, mode, encoding, errors, newline):
        self.buffer = raw
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._text = None  # decoded, not yet read
        self._pos = 0
        self._boms = _BOMS.get(encoding.lower().replace("-", "").replace("_", "").replace(" ", ""))
        # what reads and writes after the BOM, and whether a write still
        # owes one (at the start of the file)
        self._codec = self._boms[0][0] if self._boms else encoding
        self._bom = bool(self._boms) and ("a" not in mode or raw.seek(0, 2) == 0)
        self.closed = False

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return "r" in self.mode or "+" in self.mode

    def writable(self):
        self._check()
        return "r" not in self.mode or "+" in self.mode

    def seekable(self):
        self._check()
        return True

    def _loaded(self):
        self._check()
        if not self.readable():
            raise OSError("not readable")
        if self._text is None:
            self._start = self.buffer.tell()
            data = self.buffer.read()
            text = self._decode(data)
            # Where a '\r\n' became one '\n' (tell() counts its two bytes).
            self._collapsed = []
            if self._newline in (None, ""):
                # the kinds of line end seen, for the newlines attribute
                crlf = text.count("\r\n")
                seen = tuple(k for k, n in (("\r", text.count("\r") - crlf), ("\n", text.count("\n") - crlf),
                                            ("\r\n", crlf)) if n)
                self._seen = seen[0] if len(seen) == 1 else seen or None
            if self._newline is None and "\r" in text:
                parts = text.split("\r\n")
                at = 0
                for part in parts[:-1]:
                    at += len(part) + 1
                    self._collapsed.append(at)
                text = "\n".join(parts).replace("\r", "\n")
            self._text, self._pos = text, 0
        return self._text

    def _decode(self, data):
        self._skip = 0
        for codec, bom in self._boms or ():
            if data.startswith(bom):
                self._codec, self._skip = codec, len(bom)
        if self._skip or not self._boms or len(self._boms) == 1:
            return data.decode(self.encoding, self.errors)
        # utf-16 or utf-32 without a BOM: decoding errors come first
        text = data.decode(self._codec, self.errors)
        width = len(self._boms[0][1])
        if len(data) >= width:
            raise UnicodeError("UTF-%d stream does not start with BOM" % (width * 8))
        return text

    def read(self, size=-1):
        text = self._loaded()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        chunk = text[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        text = self._loaded()
        if self._newline == "":
            # untranslated, a line ends at '\n', '\r\n' or a lone '\r'
            end = text.find("\n", self._pos)
            end = len(text) if end < 0 else end + 1
            cr = text.find("\r", self._pos, end)
            if cr >= 0 and text[cr + 1:cr + 2] != "\n":
                end = cr + 1
        else:
            sep = self._newline if self._newline in ("\r", "\r\n") else "\n"
            end = text.find(sep, self._pos)
            end = len(text) if end < 0 else end + len(sep)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = text[self._pos:end]
        self._pos = end
        return line

    @property
    def newlines(self):
        return getattr(self, "_seen", None)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._text is not None:
            # Writing after a read continues where the reading stopped.
            self.seek(self.tell())
        text = s
        if self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        data = text.encode(self._codec, self.errors)
        if self._bom:
            self._bom = False
            data = self._boms[0][1] + data
        self.buffer.write(data)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        if self._text is None:
            return self.buffer.tell()
        # The bytes the text read so far came from (exact unless decoding
        # replaced or dropped bytes).
        read = self._text[:self._pos].encode(self._codec, "replace")
        return self._start + self._skip + len(read) + len([at for at in self._collapsed if at <= self._pos])

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1 and offset != 0:
            raise OSError("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise OSError("can't do nonzero end-relative seeks")
        position = self.tell() if whence == 1 else offset
        self._text = None
        self._bom = self._bom and position == 0
        return self.buffer.seek(position, whence if whence == 2 else 0)

    def flush(self):
        self._check()
        self.buffer.flush()

    def close(self):
        if not self.closed:
            self.closed = True
            self.buffer.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

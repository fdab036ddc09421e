"""A text file over a binary one, for open() with an encoding other than
UTF-8 or an error handler other than strict (port/fileopen.c opens the file
in binary and calls TextFile). Decoding and encoding are bytes.decode and
str.encode (port/codecs.c).

Reading decodes the rest of the file at the first read, so a decoding error
names its position in the file and a multi-byte character is never split
between two reads. As in CPython, newline=None (the default) reads '\\r\\n'
and '\\r' as '\\n'; newline='\\r' or '\\r\\n' writes that for each '\\n'.
"""


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
        # utf-8-sig writes its BOM once, at the start of a new file.
        sig = encoding.lower().replace("-", "").replace("_", "").replace(" ", "") == "utf8sig"
        self._codec = "utf-8" if sig else encoding
        self._bom = sig and "a" not in mode
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
            self._skip = 3 if self._codec != self.encoding and data.startswith(b"\xef\xbb\xbf") else 0
            text = data.decode(self.encoding, self.errors)
            # Where a '\r\n' became one '\n' (tell() counts its two bytes).
            self._collapsed = []
            if self._newline is None and "\r" in text:
                parts = text.split("\r\n")
                at = 0
                for part in parts[:-1]:
                    at += len(part) + 1
                    self._collapsed.append(at)
                text = "\n".join(parts).replace("\r", "\n")
            self._text, self._pos = text, 0
        return self._text

    def read(self, size=-1):
        text = self._loaded()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        chunk = text[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        text = self._loaded()
        sep = self._newline if self._newline in ("\r", "\r\n") else "\n"
        end = text.find(sep, self._pos)
        end = len(text) if end < 0 else end + len(sep)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = text[self._pos:end]
        self._pos = end
        return line

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
        if self._bom:
            self._bom = False
            data = text.encode("utf-8-sig", self.errors)
        else:
            data = text.encode(self._codec, self.errors)
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

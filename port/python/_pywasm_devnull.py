"""The null device for open(os.devnull) (port/fileopen.c), when the sandbox
has no /dev/null (no host /dev is mounted): what is written vanishes and a
read finds the end at once, in text or binary as the mode says. Common in
tools that silence a stream with open(os.devnull, "w")."""

import io


class NullFile(io.IOBase):
    def __init__(self, name, mode):
        self.name, self.mode = name, mode
        self._empty = b'' if 'b' in mode else ''
        self._reading = 'r' in mode or '+' in mode
        self._writing = any(c in mode for c in 'wax+')
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self, allowed, what):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if not allowed:
            raise io.UnsupportedOperation(what)

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return True

    def read(self, size=-1):
        self._check(self._reading, 'not readable')
        return self._empty

    def readline(self, size=-1):
        return self.read()

    def readlines(self, hint=-1):
        self.read()
        return []

    def write(self, data):
        self._check(self._writing, 'not writable')
        if not isinstance(data, type(self._empty)):
            raise TypeError('write() argument must be %s, not %s'
                            % ('a bytes-like object' if self._empty == b'' else 'str', type(data).__name__))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, offset, whence=0):
        self._check(True, '')
        return 0

    def tell(self):
        self._check(True, '')
        return 0

    def truncate(self, size=None):
        self._check(self._writing, 'not writable')
        return 0

    def flush(self):
        self._check(True, '')

    def isatty(self):
        return False

    def close(self):
        self._closed = True

    def __iter__(self):
        self._check(self._reading, 'not readable')
        return iter(())

    def __next__(self):
        raise StopIteration

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        kind = 'BufferedWriter' if self._empty == b'' else 'TextIOWrapper'
        return "<_io.%s name='%s' mode='%s'>" % (kind, self.name, self.mode)

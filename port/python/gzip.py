"""gzip: compress, decompress (several members), open() and GzipFile for
reading and writing whole files in binary or text mode ('rb', 'wb', 'ab',
'rt', 'wt', 'at', 'xb'), BadGzipFile. Built on the zlib module here, so
compressed bytes differ from CPython's (see zlib); reading works on any
gzip file. Not supported: seeking, and reading while writing."""
import builtins as _b
import io as _io
import struct as _struct
import zlib as _z

READ, WRITE = 'rb', 'wb'


class BadGzipFile(OSError):
    pass


def _header(level, mtime, fname=b''):
    # CPython's header: its mtime (now when None), XFL 2 for level 9 and 4
    # for level 1, OS 255 (unknown), and FNAME when there is a name
    if mtime is None:
        import time
        mtime = time.time()
    xfl = 2 if level == 9 else 4 if level == 1 else 0
    head = _struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, 8 if fname else 0, int(mtime) & 0xFFFFFFFF, xfl, 255)
    return head + fname + b'\x00' if fname else head


def compress(data, compresslevel=9, *, mtime=None):
    if mtime == 0:
        # CPython leaves this to zlib: a header with mtime 0, XFL as zlib
        # sets it (2 for level 9, 4 below 2) and OS 3 (Unix)
        return _z.compress(data, compresslevel, 31)
    data = bytes(data)
    return (_header(compresslevel, mtime) + _z.compress(data, compresslevel, -15)
            + _struct.pack('<II', _z.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF))


def _members(data, mtimes=None):
    out = []
    while data:
        if data[:2] != b'\x1f\x8b':
            if out and not data.strip(b'\x00'):
                break
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        if mtimes is not None and len(data) >= 8:
            mtimes.append(_struct.unpack('<I', data[4:8])[0])
        d = _z.decompressobj(31)
        d.decompress(data)
        out.append(d.flush())
        # the next member starts after this one's trailer: the CRC-32 and
        # length of what it held, 8 bytes found by one search (trying each
        # later magic number instead decompressed the data over and over)
        member = out[-1]
        trailer = _struct.pack('<II', _z.crc32(member) & 0xFFFFFFFF, len(member) & 0xFFFFFFFF)
        end = data.find(trailer, 10)
        if end < 0:
            break
        data = data[end + 8:]
    return b''.join(out)


def decompress(data, _mtimes=None):
    try:
        return _members(bytes(data), _mtimes)
    except _z.error as e:
        raise BadGzipFile(str(e))


class GzipFile:
    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        mode = (mode or 'rb').replace('t', '')
        if 'b' not in mode:
            mode += 'b'
        self.mode = mode
        self.name = filename or getattr(fileobj, 'name', '')
        if hasattr(self.name, '__fspath__'):
            self.name = self.name.__fspath__()
        self._path = filename if fileobj is None else None
        if not isinstance(self.name, (str, bytes)):
            self.name = ''
        self._fileobj = fileobj
        self._level = compresslevel
        self._write_mtime = mtime
        self.mtime = None  # read: the (last) member header's
        if mode[0] == 'r':
            if fileobj is None:
                with _b.open(filename, 'rb') as f:
                    raw = f.read()
            else:
                raw = fileobj.read()
            mtimes = []
            self._buf = _io.BytesIO(decompress(raw, mtimes))
            if mtimes:
                self.mtime = mtimes[-1]
        elif mode[0] in 'wax':
            self._buf = _io.BytesIO()
        else:
            raise ValueError('Invalid mode: %r' % mode)
        self._closed = False

    def read(self, size=-1):
        return self._buf.read() if size is None or size < 0 else self._buf.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        return self._buf.readline()

    def readlines(self):
        return list(self)

    def __iter__(self):
        while True:
            line = self._buf.readline()
            if not line:
                return
            yield line

    def write(self, data):
        return self._buf.write(data)

    def writelines(self, lines):
        for line in lines:
            self._buf.write(line)

    def flush(self):
        pass

    def tell(self):
        # the position in the uncompressed data, as CPython's
        return self._buf.tell()

    def seekable(self):
        return True

    def seek(self, offset, whence=0):
        if self.mode[0] != 'r':
            # CPython: forward only, the gap written as zeros
            if whence == 1:
                offset += self._buf.tell()
            elif whence != 0:
                raise ValueError('Seek from end not supported')
            if offset < self._buf.tell():
                raise OSError('Negative seek in write mode')
            self._buf.write(bytes(offset - self._buf.tell()))
            return self._buf.tell()
        return self._buf.seek(offset, whence)

    def peek(self, n=1):
        at = self._buf.tell()
        data = self._buf.read(max(n, 1))
        self._buf.seek(at)
        return data

    def readable(self):
        return self.mode[0] == 'r'

    def writable(self):
        return self.mode[0] != 'r'

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self.mode[0] in 'wax':
            # CPython's header: the file's name without .gz (FNAME)
            fname = self.name.rpartition(b'/' if isinstance(self.name, bytes) else '/')[2]
            if isinstance(fname, str):
                try:
                    fname = fname.encode('latin-1')
                except UnicodeError:
                    fname = b''
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            raw = self._buf.getvalue()
            data = (_header(self._level, self._write_mtime, fname) + _z.compress(raw, self._level, -15)
                    + _struct.pack('<II', _z.crc32(raw) & 0xFFFFFFFF, len(raw) & 0xFFFFFFFF))
            if self._fileobj is not None:
                self._fileobj.write(data)
            else:
                with _b.open(self._path, self.mode[0] + 'b') as f:
                    f.write(data)

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class _Text:
    def __init__(self, gz, encoding, newline):
        self._gz = gz
        self._enc = encoding or 'utf-8'
        if gz.mode[0] == 'r':
            self._s = _io.StringIO(gz.read().decode(self._enc))

    def read(self, n=-1):
        return self._s.read() if n is None or n < 0 else self._s.read(n)

    def readline(self):
        return self._s.readline()

    def readlines(self):
        return self._s.readlines() if hasattr(self._s, 'readlines') else list(self)

    def __iter__(self):
        while True:
            line = self._s.readline()
            if not line:
                return
            yield line

    def write(self, s):
        return self._gz.write(s.encode(self._enc))

    def close(self):
        self._gz.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    if hasattr(filename, 'read') or hasattr(filename, 'write'):
        gz = GzipFile(None, mode, compresslevel, fileobj=filename)
    else:
        gz = GzipFile(filename, mode, compresslevel)
    if 't' in mode:
        return _Text(gz, encoding, newline)
    return gz


def main():
    """`python -m gzip [--fast | --best | -d] [file ...]`, as python3: each file
    compressed to file.gz (or, with -d, file.gz back to file), the input kept;
    with no file or '-', stdin to stdout."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description='Compress files with gzip, or with -d decompress them; the input is kept.')
    how = parser.add_mutually_exclusive_group()
    how.add_argument('--fast', action='store_true', help='compress faster')
    how.add_argument('--best', action='store_true', help='compress smaller')
    how.add_argument('-d', '--decompress', action='store_true', help='decompress instead')
    parser.add_argument('args', nargs='*', default=['-'], metavar='file')
    options = parser.parse_args()
    level = 1 if options.fast else 9 if options.best else 6
    for name in options.args:
        if name == '-':
            data = sys.stdin.buffer.read()
            sys.stdout.buffer.write(decompress(data) if options.decompress else compress(data, level))
            continue
        if options.decompress:
            if not name.endswith('.gz'):
                sys.exit("filename doesn't end in .gz: %r" % name)
            target, data = name[:-3], decompress(_read(name))
        else:
            target, data = name + '.gz', compress(_read(name), level)
        with _b.open(target, 'wb') as f:
            f.write(data)


def _read(name):
    with _b.open(name, 'rb') as f:
        return f.read()


if __name__ == '__main__':
    main()

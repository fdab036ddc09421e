"""tarfile: read and write tar archives, plain or gzip-compressed.

Supported: open() / TarFile.open() with modes 'r', 'r:*', 'r:', 'r:gz',
'w', 'w:', 'w:gz', 'x', 'x:', 'x:gz', 'a', 'a:' and the stream forms 'r|*',
'r|', 'r|gz', 'w|', 'w|gz' (gzip is detected for 'r' and 'r:*');
is_tarfile; reading ustar, GNU (long names 'L'/'K', base-256 numbers) and
pax ('x' and global 'g' headers: path, linkpath, size, mtime, uid, gid,
uname, gname) members; getmember(s), getnames, iteration, next, list,
extractfile, extract and extractall with the 'data', 'tar' and
'fully_trusted' filters or a callable; add, addfile, gettarinfo. Archives
are written in PAX_FORMAT by default (a ustar header, after a pax 'x' header
only when a field does not fit), or GNU_FORMAT or USTAR_FORMAT, with the
same bytes as CPython's for the same members.

Not supported: bz2 and xz (CompressionError), sparse members, extracting
devices and fifos (ExtractError), changing ownership on extraction. Gzip
archives are compressed and decompressed whole in memory, and a stream mode
reads its whole stream first. Under WASI, which has no links, links are
extracted as copies of their target member."""
import builtins
import copy
import gzip
import io
import os
import stat
import struct
import time

NUL = b'\0'
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b'ustar  \0'
POSIX_MAGIC = b'ustar\x0000'
LENGTH_NAME, LENGTH_LINK, LENGTH_PREFIX = 100, 100, 155
REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE = b'0', b'\0', b'1', b'2'
CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, CONTTYPE = b'3', b'4', b'5', b'6', b'7'
GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE = b'L', b'K', b'S'
XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE = b'x', b'g', b'X'
USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = PAX_FORMAT
ENCODING = 'utf-8'
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
EXTENSION_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE)
SUPPORTED_TYPES = REGULAR_TYPES + EXTENSION_TYPES + (LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CHRTYPE, BLKTYPE)


class TarError(Exception):
    pass


# CPython's error classes. The HeaderError family stays inside next(), which
# turns a bad first header into ReadError and a bad later one into the end.
class ExtractError(TarError): pass
class ReadError(TarError): pass
class CompressionError(TarError): pass
class StreamError(TarError): pass
class HeaderError(TarError): pass
class EmptyHeaderError(HeaderError): pass
class TruncatedHeaderError(HeaderError): pass
class EOFHeaderError(HeaderError): pass
class InvalidHeaderError(HeaderError): pass
class SubsequentHeaderError(HeaderError): pass


class FilterError(TarError):
    """An extraction filter refused a member (kept as .tarinfo)."""
    _msg = '%r is refused by the filter'

    def __init__(self, tarinfo, path=None):
        self.tarinfo, self._path = tarinfo, path
        super().__init__(self._msg % ((tarinfo.name, path) if path is not None else tarinfo.name))


class AbsolutePathError(FilterError):
    _msg = 'member %r has an absolute path'


class OutsideDestinationError(FilterError):
    _msg = '%r would be extracted to %r, which is outside the destination'


class SpecialFileError(FilterError):
    _msg = '%r is a special file'


class AbsoluteLinkError(FilterError):
    _msg = '%r is a link to an absolute path'


class LinkOutsideDestinationError(FilterError):
    _msg = '%r would link to %r, which is outside the destination'


# -- header fields: NUL-padded strings, octal (or GNU base-256) numbers --

def _str_field(s, n, encoding, errors):
    b = s.encode(encoding, errors)
    return b[:n] + NUL * (n - len(b))


def _decode(b, encoding):
    if NUL in b:
        b = b[:b.find(NUL)]
    try:
        return b.decode(encoding)
    except UnicodeError:  # keep an undecodable name readable rather than fail
        return b.decode('latin-1')


def _num_field(n, digits, fmt):
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return (('%0' + str(digits - 1) + 'o') % n).encode() + NUL
    if fmt == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        # base-256: a marker byte, then the two's complement value
        return (b'\x80' if n >= 0 else b'\xff') + (n % 256 ** (digits - 1)).to_bytes(digits - 1, 'big')
    raise ValueError('overflow in number field')


def _num(b):
    if b[:1] in (b'\x80', b'\xff'):
        n = int.from_bytes(b[1:], 'big')
        return n - 256 ** (len(b) - 1) if b[0] == 0xff else n
    try:
        return int(_decode(b, 'ascii').strip() or '0', 8)
    except ValueError:
        raise InvalidHeaderError('invalid header') from None


def _checksums(buf):
    # The checksum field counts as eight spaces (256). Old tars summed
    # signed chars, so both sums are accepted.
    return (256 + sum(struct.unpack_from('148B8x356B', buf)),
            256 + sum(struct.unpack_from('148b8x356b', buf)))


def _header(info, fmt, encoding, errors):
    """One 512-byte header block for a dict of TarInfo fields."""
    num = lambda k, n: _num_field(info.get(k, 0), n, fmt)
    text = lambda k, n: _str_field(info.get(k, ''), n, encoding, errors)
    dev = info.get('type') in (CHRTYPE, BLKTYPE)
    buf = b''.join([text('name', 100), _num_field(info.get('mode', 0) & 0o7777, 8, fmt),
                    num('uid', 8), num('gid', 8), num('size', 12), num('mtime', 12),
                    b' ' * 8, info.get('type', REGTYPE), text('linkname', 100),
                    info.get('magic', POSIX_MAGIC), text('uname', 32), text('gname', 32),
                    num('devmajor', 8) if dev else NUL * 8, num('devminor', 8) if dev else NUL * 8,
                    text('prefix', 155)])
    buf += NUL * (BLOCKSIZE - len(buf))
    # six octal digits and a NUL; the field's last space stays
    return buf[:148] + ('%06o\0' % _checksums(buf)[0]).encode() + buf[155:]


def _pad(data):
    return data + NUL * (-len(data) % BLOCKSIZE)


def _ext_header(name, type, data, magic):
    """A header whose data describes the next member (pax or GNU long name)."""
    info = {'name': name, 'type': type, 'size': len(data), 'magic': magic}
    return _header(info, USTAR_FORMAT, 'utf-8', 'strict') + _pad(data)


def _pax_block(headers, type):
    recs = []
    for k, v in headers.items():
        body = b' ' + k.encode() + b'=' + v.encode() + b'\n'
        n = len(body)  # a record starts with its own length, digits included
        while n != len(body) + len(str(n)):
            n = len(body) + len(str(n))
        recs.append(str(n).encode() + body)
    return _ext_header('././@PaxHeader', type, b''.join(recs), POSIX_MAGIC)


def _parse_pax(data):
    out, pos = {}, 0
    while pos < len(data) and data[pos] != 0:
        sp = data.find(b' ', pos)
        n = int(data[pos:sp]) if sp > pos else 0
        if n <= sp - pos:
            raise ReadError('invalid header')
        k, _, v = data[sp + 1:pos + n - 1].partition(b'=')
        out[k.decode()] = _decode(v, 'utf-8')
        pos += n
    return out


class TarInfo:
    """One archive member: its header fields and where its data lies."""
    # (attribute, start, end) of the fields frombuf reads; True marks text
    _FIELDS = (('name', 0, 100, True), ('mode', 100, 108, False), ('uid', 108, 116, False),
               ('gid', 116, 124, False), ('size', 124, 136, False), ('mtime', 136, 148, False),
               ('linkname', 157, 257, True), ('uname', 265, 297, True), ('gname', 297, 329, True),
               ('devmajor', 329, 337, False), ('devminor', 337, 345, False))

    def __init__(self, name=''):
        self.name, self.mode, self.uid, self.gid, self.size, self.mtime = name, 0o644, 0, 0, 0, 0
        self.chksum, self.type, self.linkname, self.uname, self.gname = 0, REGTYPE, '', '', ''
        self.devmajor = self.devminor = self.offset = self.offset_data = 0
        self.sparse, self.pax_headers = None, {}

    path = property(lambda s: s.name, lambda s, v: setattr(s, 'name', v))
    linkpath = property(lambda s: s.linkname, lambda s, v: setattr(s, 'linkname', v))
    isreg = isfile = lambda s: s.type in REGULAR_TYPES
    isdir = lambda s: s.type == DIRTYPE
    issym = lambda s: s.type == SYMTYPE
    islnk = lambda s: s.type == LNKTYPE
    ischr = lambda s: s.type == CHRTYPE
    isblk = lambda s: s.type == BLKTYPE
    isfifo = lambda s: s.type == FIFOTYPE
    isdev = lambda s: s.type in (CHRTYPE, BLKTYPE, FIFOTYPE)
    issparse = lambda s: s.sparse is not None

    def __repr__(self):
        return '<%s %r at %#x>' % (type(self).__name__, self.name, id(self))

    def replace(self, *, deep=True, **kw):
        new = copy.copy(self)
        if deep:
            new.pax_headers = dict(self.pax_headers)
        for k, v in kw.items():
            setattr(new, k, v)
        return new

    def get_info(self):
        info = {k: getattr(self, k) for k in ('name', 'mode', 'uid', 'gid', 'size', 'mtime', 'chksum',
                                               'type', 'linkname', 'uname', 'gname', 'devmajor', 'devminor')}
        if info['type'] == DIRTYPE and not info['name'].endswith('/'):
            info['name'] += '/'
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors='surrogateescape'):
        info = self.get_info()
        for k, v in info.items():
            if v is None:
                raise ValueError('%s may not be None' % k)
        size = lambda s: len(s.encode(encoding, errors))
        if format == PAX_FORMAT:
            # a pax record for each field the ustar header cannot hold
            pax = dict(self.pax_headers)
            for k, pk, n in (('name', 'path', 100), ('linkname', 'linkpath', 100), ('uname', 'uname', 32), ('gname', 'gname', 32)):
                if pk not in pax and (not info[k].isascii() or len(info[k]) > n):
                    pax[pk] = info[k]
            for k, digits in (('uid', 8), ('gid', 8), ('size', 12), ('mtime', 12)):
                v = info[k]
                iv = round(v) if isinstance(v, float) else v
                if not 0 <= iv < 8 ** (digits - 1) or isinstance(v, float):
                    info[k] = iv if 0 <= iv < 8 ** (digits - 1) else 0
                    pax.setdefault(k, str(v))  # too big, or a fraction to keep
            return (_pax_block(pax, XHDTYPE) if pax else b'') + _header(info, USTAR_FORMAT, 'ascii', 'replace')
        if format == GNU_FORMAT:
            info['magic'], head = GNU_MAGIC, b''
            for k, t in (('linkname', GNUTYPE_LONGLINK), ('name', GNUTYPE_LONGNAME)):
                if size(info[k]) > 100:
                    head += _ext_header('././@LongLink', t, info[k].encode(encoding, errors) + NUL, GNU_MAGIC)
            return head + _header(info, GNU_FORMAT, encoding, errors)
        if format != USTAR_FORMAT:
            raise ValueError('invalid format')
        if size(info['linkname']) > LENGTH_LINK:
            raise ValueError('linkname is too long')
        if size(info['name']) > LENGTH_NAME:
            # ustar's own long names: split at a slash into prefix and name
            parts = info['name'].split('/')
            for i in range(1, len(parts)):
                pre, rest = '/'.join(parts[:i]), '/'.join(parts[i:])
                if size(pre) <= LENGTH_PREFIX and size(rest) <= LENGTH_NAME:
                    info['prefix'], info['name'] = pre, rest
                    break
            else:
                raise ValueError('name is too long')
        return _header(info, USTAR_FORMAT, encoding, errors)

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return _pax_block(pax_headers, XGLTYPE)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        if not buf:
            raise EmptyHeaderError('empty header')
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError('truncated header')
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError('end of file header')
        t = cls()
        t.chksum = _num(buf[148:156])
        if t.chksum not in _checksums(buf):
            raise InvalidHeaderError('bad checksum')
        for k, a, b, text in cls._FIELDS:
            setattr(t, k, _decode(buf[a:b], encoding) if text else _num(buf[a:b]))
        t.type = buf[156:157]
        prefix = _decode(buf[345:500], encoding)
        if t.type == AREGTYPE and t.name.endswith('/'):  # old tars: a directory is a file ending in '/'
            t.type = DIRTYPE
        if t.isdir():
            t.name = t.name.rstrip('/')
        if prefix and t.type not in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE):
            t.name = prefix + '/' + t.name
        return t


class ExFileObject:
    """Read-only file over one member's data (what extractfile returns)."""

    def __init__(self, tarfile, tarinfo):
        self._f, self._start, self._size, self._pos = tarfile.fileobj, tarinfo.offset_data, tarinfo.size, 0
        self.name, self.mode, self.closed = tarinfo.name, 'rb', False

    readable = seekable = lambda self: True
    writable = lambda self: False

    def read(self, size=-1):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        n = self._size - self._pos
        if size is not None and 0 <= size < n:
            n = size
        self._f.seek(self._start + self._pos)
        data = self._f.read(n)
        if len(data) != n:
            raise ReadError('unexpected end of data')
        self._pos += n
        return data

    read1 = read

    def readline(self, size=-1):
        out = b''
        while size is None or size < 0 or len(out) < size:
            chunk = self.read(BLOCKSIZE if size is None or size < 0 else min(BLOCKSIZE, size - len(out)))
            i = chunk.find(b'\n')
            if i >= 0:  # read ahead a block; step back to just after the newline
                self._pos -= len(chunk) - i - 1
                return out + chunk[:i + 1]
            out += chunk
            if not chunk:
                break
        return out

    def __iter__(self):
        return iter(self.readline, b'')

    def readlines(self):
        return list(self)

    def seek(self, pos, whence=0):
        self._pos = max(0, min(self._size, (0, self._pos, self._size)[whence] + pos))
        return self._pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def fully_trusted_filter(member, dest_path):
    return member


def _filtered_attrs(member, dest, for_data):
    new, name, dest = {}, member.name, os.path.realpath(dest)
    if name.startswith('/'):  # tar strips leading slashes rather than refusing them
        name = new['name'] = name.lstrip('/')
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest, name))
    if os.path.commonpath([target, dest]) != dest:
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        mode &= 0o755  # no setuid/setgid/sticky, no group/other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600  # the owner can always read and rewrite data
            elif member.isdir() or member.issym():
                mode = None  # leave it to the umask
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new['mode'] = mode
    if for_data:
        new.update(uid=None, gid=None, uname=None, gname=None)
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            base = os.path.join(dest, os.path.dirname(name)) if member.issym() else dest
            target = os.path.realpath(os.path.join(base, member.linkname))
            if os.path.commonpath([target, dest]) != dest:
                raise LinkOutsideDestinationError(member, target)
    return new


def tar_filter(member, dest_path):
    new = _filtered_attrs(member, dest_path, False)
    return member.replace(deep=False, **new) if new else member


def data_filter(member, dest_path):
    new = _filtered_attrs(member, dest_path, True)
    return member.replace(deep=False, **new) if new else member


_NAMED_FILTERS = {'fully_trusted': fully_trusted_filter, 'tar': tar_filter, 'data': data_filter}


class TarFile:
    """A tar archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""
    debug, dereference, ignore_zeros, errorlevel, extraction_filter = 0, False, False, 1, None
    format, encoding, tarinfo, fileobject = DEFAULT_FORMAT, ENCODING, TarInfo, ExFileObject
    OPEN_METH = {'tar': 'taropen', 'gz': 'gzopen'}

    def __init__(self, name=None, mode='r', fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors='surrogateescape', pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        if mode not in ('r', 'a', 'w', 'x'):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode, self._extfileobj = mode, fileobj is not None
        if fileobj is None:
            if mode == 'a' and not os.path.exists(name):
                self.mode = 'w'  # appending to nothing is writing
            fileobj = builtins.open(name, {'r': 'rb', 'a': 'r+b', 'w': 'wb', 'x': 'xb'}[self.mode])
        elif name is None and isinstance(getattr(fileobj, 'name', None), str):
            name = fileobj.name
        self.name, self.fileobj = os.path.abspath(name) if name else None, fileobj
        for k, v in (('format', format), ('tarinfo', tarinfo), ('dereference', dereference), ('debug', debug),
                     ('ignore_zeros', ignore_zeros), ('encoding', encoding), ('errorlevel', errorlevel)):
            if v is not None:
                setattr(self, k, v)
        self.errors, self.pax_headers = errors, dict(pax_headers or {})
        self.closed, self.members, self._loaded, self.inodes, self._gz = False, [], False, {}, None
        self.offset, self.firstmember = fileobj.tell(), None
        try:
            if self.mode == 'r':
                self.firstmember = self.next()
            elif self.mode == 'a':
                while self.next() is not None:
                    pass
                fileobj.seek(self.offset)  # new members overwrite the end blocks
            else:
                self._loaded = True
                if self.pax_headers:
                    self._write(TarInfo.create_pax_global_header(self.pax_headers))
        except BaseException:
            if not self._extfileobj:
                fileobj.close()
            self.closed = True
            raise

    @classmethod
    def open(cls, name=None, mode='r', fileobj=None, bufsize=RECORDSIZE, **kw):
        if not name and not fileobj:
            raise ValueError('nothing to open')
        if '|' in mode:
            # streams are read whole, then handled like the seekable modes
            fm, _, comp = mode.partition('|')
            if fm in ('', 'r') and fileobj is not None:
                fileobj = io.BytesIO(fileobj.read())
            mode = (fm or 'r') + ':' + (comp or 'tar')
        if mode in ('r', 'r:*'):
            errors = []
            for comp in ('gz', 'tar'):
                pos = fileobj.tell() if fileobj is not None else None
                try:
                    return cls._opener(comp)(name, 'r', fileobj, **kw)
                except (ReadError, CompressionError) as e:
                    errors.append('- method %s: %s(%r)' % (comp, type(e).__name__, str(e)))
                    if fileobj is not None:
                        fileobj.seek(pos)
            raise ReadError('file could not be opened successfully:\n' + '\n'.join(errors))
        if ':' in mode:
            fm, _, comp = mode.partition(':')
            return cls._opener(comp or 'tar')(name, fm or 'r', fileobj, **kw)
        if mode in ('a', 'w', 'x'):
            return cls.taropen(name, mode, fileobj, **kw)
        raise ValueError('undiscernible mode')

    @classmethod
    def _opener(cls, comp):
        if comp in cls.OPEN_METH:
            return getattr(cls, cls.OPEN_METH[comp])
        if comp in ('bz2', 'xz'):
            raise CompressionError('%s module is not available' % ('bz2' if comp == 'bz2' else 'lzma'))
        raise CompressionError('unknown compression type %r' % comp)

    @classmethod
    def taropen(cls, name, mode='r', fileobj=None, **kw):
        return cls(name, mode, fileobj, **kw)

    @classmethod
    def gzopen(cls, name, mode='r', fileobj=None, compresslevel=9, **kw):
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        if mode == 'r':
            f = builtins.open(name, 'rb') if fileobj is None else fileobj
            try:
                raw = f.read(2)  # a plain tar is refused before it is read whole
                if raw not in (b'', b'\x1f\x8b'):
                    raise ReadError('not a gzip file')
                raw += f.read()
            finally:
                if fileobj is None:
                    f.close()
            try:
                data = gzip.decompress(raw)
            except Exception:
                raise ReadError('not a gzip file') from None
            t = cls.taropen(name, 'r', io.BytesIO(data), **kw)
            t._extfileobj = False
            return t
        # the tar is built in memory and compressed by close()
        target = builtins.open(name, mode + 'b') if fileobj is None else fileobj
        t = cls.taropen(name, 'w', io.BytesIO(), **kw)
        t.mode, t._extfileobj, t._gz = mode, False, (target, compresslevel, fileobj is None)
        t._gzname = name
        return t

    def _check(self, modes=None):
        if self.closed:
            raise OSError('%s is closed' % type(self).__name__)
        if modes is not None and self.mode not in modes:
            raise OSError('bad operation for mode %r' % self.mode)

    def _write(self, data):
        self.fileobj.write(data)
        self.offset += len(data)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in 'awx':
                # two zero blocks end the archive, padded to a whole record
                self._write(NUL * (BLOCKSIZE * 2))
                self._write(NUL * (-self.offset % RECORDSIZE))
                if self._gz:
                    target, level, own = self._gz
                    # a GzipFile, as CPython's gzopen: its header holds the
                    # archive's name (less .gz) and the time
                    with gzip.GzipFile(self._gzname, 'wb', level, target) as gz:
                        gz.write(self.fileobj.getvalue())
                    if own:
                        target.close()
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, typ, value, tb):
        if typ is None:
            self.close()
        elif not self.closed:  # an error mid-write: leave the archive unfinished
            self.closed = True
            if not self._extfileobj:
                self.fileobj.close()
            if self._gz and self._gz[2]:
                self._gz[0].close()

    # -- reading --

    def next(self):
        self._check('ra')
        if self.firstmember is not None:
            m, self.firstmember = self.firstmember, None
            return m
        if self.offset:  # the previous member's data must all be there
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError('unexpected end of data')
        start, ext, pax = self.offset, {}, {}
        while True:
            self.fileobj.seek(self.offset)
            try:
                t = self.tarinfo.frombuf(self.fileobj.read(BLOCKSIZE), self.encoding, self.errors)
            except HeaderError as e:
                if self.ignore_zeros and isinstance(e, (EOFHeaderError, InvalidHeaderError)):
                    self.offset = start = self.offset + BLOCKSIZE
                    continue
                if self.offset != start:
                    raise ReadError('missing or bad subsequent header') from None
                if self.offset == 0 and not isinstance(e, EOFHeaderError):
                    raise ReadError('empty file' if isinstance(e, EmptyHeaderError) else str(e)) from None
                self._loaded = True  # zero blocks, or junk after the last member: the end
                return None
            self.offset += BLOCKSIZE
            if t.type not in EXTENSION_TYPES:
                break
            # an extension header: its data describes the next header
            data = self.fileobj.read(t.size)
            self.offset += len(_pad(data))
            if t.type == GNUTYPE_LONGNAME:
                ext['name'] = _decode(data, self.encoding)
            elif t.type == GNUTYPE_LONGLINK:
                ext['linkname'] = _decode(data, self.encoding)
            elif t.type == XGLTYPE:  # applies to every later member
                self.pax_headers.update(_parse_pax(data))
                start = self.offset
            else:
                pax.update(_parse_pax(data))
        for k, v in ext.items():
            setattr(t, k, v)
        if pax or self.pax_headers:
            t.pax_headers = dict(self.pax_headers, **pax)
            for k, conv in (('path', str), ('linkpath', str), ('uname', str), ('gname', str),
                            ('size', int), ('uid', int), ('gid', int), ('mtime', float)):
                if k in t.pax_headers:
                    setattr(t, {'path': 'name', 'linkpath': 'linkname'}.get(k, k), conv(t.pax_headers[k]))
        if t.isdir():
            t.name = t.name.rstrip('/')
        t.offset, t.offset_data = start, self.offset
        if t.isreg() or t.type not in SUPPORTED_TYPES:
            self.offset += t.size + (-t.size % BLOCKSIZE)
        self.members.append(t)
        return t

    def __iter__(self):
        i, self.firstmember = 0, None  # the first member is already in self.members
        while i < len(self.members) or not self._loaded:
            t = self.members[i] if i < len(self.members) else self.next()
            if t is None:
                return
            i += 1
            yield t

    def getmembers(self):
        self._check()
        for _ in self:  # read the rest of the archive, if not yet done
            pass
        return self.members

    def getnames(self):
        return [m.name for m in self.getmembers()]

    def _getmember(self, name, before=None, normalize=False):
        members = self.getmembers()
        if before is not None:  # only members ahead of it (it may be a filtered copy)
            members = [m for m in members if m.offset < before.offset]
        norm = os.path.normpath if normalize else str
        name = norm(name)
        for m in reversed(members):  # a later duplicate wins
            if norm(m.name) == name:
                return m
        return None

    def getmember(self, name):
        m = self._getmember(name.rstrip('/'))
        if m is None:
            raise KeyError('filename %r not found' % name)
        return m

    def _find_link_target(self, t):
        if t.issym():  # relative to the link's directory
            m = self._getmember('/'.join(p for p in (os.path.dirname(t.name), t.linkname) if p), None, True)
        else:  # a hard link names an earlier member
            m = self._getmember(t.linkname, t, True)
        if m is None:
            raise KeyError('linkname %r not found' % t.linkname)
        return m

    def extractfile(self, member):
        self._check('r')
        t = self.getmember(member) if isinstance(member, str) else member
        if t.isreg() or t.type not in SUPPORTED_TYPES:
            return self.fileobject(self, t)
        if t.islnk() or t.issym():
            return self.extractfile(self._find_link_target(t))
        return None

    def list(self, verbose=True, *, members=None):
        self._check()
        for t in self if members is None else members:
            if verbose:
                print('??????????' if t.mode is None else stat.filemode(t.mode), end=' ')
                print('%s/%s' % (t.uname or t.uid, t.gname or t.gid), end=' ')
                print('%10s' % ('%d,%d' % (t.devmajor, t.devminor)) if t.ischr() or t.isblk() else '%10d' % t.size, end=' ')
                print('%d-%02d-%02d %02d:%02d:%02d' % time.localtime(t.mtime)[:6], end=' ')
            print(t.name + ('/' if t.isdir() else ''), end=' ')
            if verbose and (t.issym() or t.islnk()):
                print(('-> ' if t.issym() else 'link to ') + t.linkname, end=' ')
            print()

    # -- extracting --

    def _filter_function(self, filter):
        if filter is None:  # 3.11's default is fully_trusted, without 3.12's warning
            filter = self.extraction_filter or fully_trusted_filter
        if callable(filter):
            return filter
        if filter not in _NAMED_FILTERS:
            raise ValueError('filter %r not found' % filter)
        return _NAMED_FILTERS[filter]

    def _fail(self, e, fatal=True):
        # errorlevel 0 ignores every error, 1 raises all but ExtractError, 2 all
        if self.errorlevel > (0 if fatal else 1):
            raise e

    def _prepare(self, member, filter_function, path):
        t = self.getmember(member) if isinstance(member, str) else member
        try:
            t = filter_function(t, path)
        except (OSError, FilterError) as e:
            return self._fail(e)
        except ExtractError as e:
            return self._fail(e, False)
        if t is not None and t.islnk():
            t = copy.copy(t)
            t._link_target = os.path.join(path, t.linkname)
        return t

    def extractall(self, path='.', members=None, *, numeric_owner=False, filter=None):
        f, dirs = self._filter_function(filter), []
        for m in self if members is None else members:
            t = self._prepare(m, f, path)
            if t is not None:
                if t.isdir():
                    dirs.append(t)
                self._extract_one(t, path, not t.isdir())
        # directory modes and times last: extracting into them changes them
        for t in sorted(dirs, key=lambda d: d.name, reverse=True):
            try:
                self._set_attrs(t, os.path.join(path, t.name))
            except ExtractError as e:
                self._fail(e, False)

    def extract(self, member, path='', set_attrs=True, *, numeric_owner=False, filter=None):
        t = self._prepare(member, self._filter_function(filter), path)
        if t is not None:
            self._extract_one(t, path, set_attrs)

    def _extract_one(self, t, path, set_attrs):
        self._check('r')
        try:
            self._extract_member(t, os.path.join(path, t.name), set_attrs)
        except OSError as e:
            self._fail(e)
        except ExtractError as e:
            self._fail(e, False)

    def _extract_member(self, t, target, set_attrs=True):
        target = target.rstrip('/')
        up = os.path.dirname(target)
        if up and not os.path.exists(up):
            os.makedirs(up)
        if t.isreg() or t.type not in SUPPORTED_TYPES:
            src = self.fileobject(self, t)
            with builtins.open(target, 'wb') as out:
                for chunk in iter(lambda: src.read(65536), b''):
                    out.write(chunk)
        elif t.isdir():
            try:  # private until _set_attrs; with no mode (the data filter), the umask's
                os.mkdir(target, 0o777 if t.mode is None else 0o700)
            except FileExistsError:
                if not os.path.isdir(target):
                    raise
        elif t.issym() or t.islnk():
            self._makelink(t, target)
            if t.issym():
                return  # a symlink's mode and time are its target's
        else:
            raise ExtractError('special files are not supported: %r' % t.name)
        if set_attrs:
            self._set_attrs(t, target)

    def _makelink(self, t, target):
        try:
            if t.issym():
                if os.path.exists(target):
                    os.unlink(target)
                os.symlink(t.linkname, target)
            else:
                os.link(getattr(t, '_link_target', t.linkname), target)
        except (AttributeError, NotImplementedError, OSError):
            # no links here (WASI): extract a copy of the member linked to
            try:
                self._extract_member(self._find_link_target(t), target)
            except KeyError:
                raise ExtractError('unable to resolve link inside archive') from None

    def _set_attrs(self, t, target):
        # ownership is left alone: no pwd/grp or os.chown here
        if t.mode is not None:
            try:
                os.chmod(target, t.mode)
            except OSError:
                raise ExtractError('could not change mode') from None
        if t.mtime is not None:
            try:
                os.utime(target, (t.mtime, t.mtime))
            except NotImplementedError:
                pass  # WASI: file times cannot be set
            except OSError:
                raise ExtractError('could not change modification time') from None

    # -- writing --

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        self._check('awx')
        name = fileobj.name if fileobj is not None else name
        arcname = os.path.splitdrive(os.fspath(name if arcname is None else arcname))[1]
        t = self.tarinfo(arcname.replace(os.sep, '/').lstrip('/'))
        st = os.stat(name) if self.dereference else os.lstat(name)
        m = st.st_mode
        if stat.S_ISREG(m):
            inode = (st.st_ino, st.st_dev)
            if not self.dereference and st.st_nlink > 1 and self.inodes.get(inode, t.name) != t.name:
                t.type, t.linkname = LNKTYPE, self.inodes[inode]  # another name of a file already added
            elif inode[0]:
                self.inodes[inode] = t.name
        elif stat.S_ISDIR(m):
            t.type = DIRTYPE
        elif stat.S_ISLNK(m):
            t.type, t.linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISFIFO(m):
            t.type = FIFOTYPE
        else:
            return None  # sockets and devices are not archived
        t.mode, t.uid, t.gid, t.mtime = m, st.st_uid, st.st_gid, st.st_mtime
        t.size = st.st_size if t.type == REGTYPE else 0
        for mod, attr, fn, key in (('pwd', 'uname', 'getpwuid', t.uid), ('grp', 'gname', 'getgrgid', t.gid)):
            try:
                setattr(t, attr, getattr(__import__(mod), fn)(key)[0])
            except (ImportError, KeyError):
                pass  # no user database (WASI): the name stays ''
        return t

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check('awx')
        arcname = name if arcname is None else arcname
        if self.name is not None and os.path.abspath(name) == self.name:
            return  # never add the archive to itself
        t = self.gettarinfo(name, arcname)
        if t is not None and filter is not None:
            t = filter(t)
        if t is None:
            return
        if t.isreg():
            with builtins.open(name, 'rb') as f:
                self.addfile(t, f)
            return
        self.addfile(t)
        if t.isdir() and recursive:
            for sub in sorted(os.listdir(name)):
                self.add(os.path.join(name, sub), os.path.join(arcname, sub), recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        self._check('awx')
        t = copy.copy(tarinfo)
        self._write(t.tobuf(self.format, self.encoding, self.errors))
        if fileobj is not None:
            left = t.size
            while left:
                chunk = fileobj.read(min(left, 65536))
                if not chunk:
                    raise OSError('unexpected end of data')
                self._write(chunk)
                left -= len(chunk)
            self._write(NUL * (-t.size % BLOCKSIZE))
        self.members.append(t)


def is_tarfile(name):
    try:
        if hasattr(name, 'read'):
            pos = name.tell()
            TarFile.open(fileobj=name)
            name.seek(pos)
        else:
            TarFile.open(name).close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    """`python -m tarfile -l|-t TAR`, `-e TAR [DIR]`, `-c TAR FILE...` and
    -v, as python3: list, test, extract, create (compressed by the name's
    extension)."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description='List, test, extract or create tar archives.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False, help='say more')
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument('-l', '--list', metavar='<tarfile>', help='list the members of a tar archive')
    what.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'), help='extract a tar archive (into the working directory by default)')
    what.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'), help='create a tar archive from files and directories')
    what.add_argument('-t', '--test', metavar='<tarfile>', help='check that an archive reads')
    options = parser.parse_args()

    def archive(name):
        if not is_tarfile(name):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(name))
        return open(name, 'r:*')

    if options.test is not None:
        with archive(options.test) as tf:
            print(tf.getmembers(), file=sys.stderr)
        if options.verbose:
            print('{!r} is a tar archive.'.format(options.test))
    elif options.list is not None:
        with archive(options.list) as tf:
            tf.list(verbose=options.verbose)
    elif options.extract is not None:
        if len(options.extract) > 2:
            parser.exit(1, parser.format_usage())
        source = options.extract[0]
        target = options.extract[1] if len(options.extract) == 2 else os.curdir
        with archive(source) as tf:
            tf.extractall(path=target)
        if options.verbose:
            print('{!r} file is extracted.'.format(source) if target == os.curdir
                  else '{!r} file is extracted into {!r} directory.'.format(source, target))
    else:
        name, *sources = options.create
        compression = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz', '.bz2': 'bz2',
                       '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}.get(os.path.splitext(name)[1])
        with TarFile.open(name, 'w:' + compression if compression else 'w') as tf:
            for path in sources:
                tf.add(path)
        if options.verbose:
            print('{!r} file created.'.format(name))


if __name__ == '__main__':
    main()

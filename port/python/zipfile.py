"""zipfile: read and write ZIP archives with CPython 3.11's API: ZipFile in
modes 'r', 'w', 'x' and 'a' (over a path or a binary file object; 'a' on a
file that is not a ZIP appends one to it) with namelist, infolist, getinfo,
read, open (to read or write a member), write, writestr, extract,
extractall, testzip, printdir and comment; ZipInfo (from_file, is_dir,
CPython's repr); is_zipfile; ZIP_STORED and ZIP_DEFLATED; names in UTF-8
(flag 0x800) or cp437; ZIP64 end records and extra fields when reading.

Not supported: bzip2 and lzma members and encrypted ones (RuntimeError, as
CPython without bz2/lzma or a password), writing ZIP64 (LargeZipFile past
2 GiB or 65535 members), multi-disk archives, PyZipFile and the command
line. Path is CPython 3.11's (a ZipFile given to it keeps its class).
Not as in CPython: a member is held whole in memory, and open() inflates
it and checks its CRC at once; deflated bytes differ (another compressor);
headers always hold CRC and sizes (no data descriptors); mode 'a' on a path
rewrites the whole file on close, and on a file object without truncate()
(MicroPython's BytesIO) blanks the old tail with zeros if it shrinks."""
import io as _io
import os
import stat as _stat
import struct as _st
import time as _time
import warnings as _warnings
import zlib as _zlib


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """The archive would need ZIP64 extensions, which are not written here."""


error = BadZipfile = BadZipFile

ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = ZIP_MAX_COMMENT = (1 << 16) - 1
DEFAULT_VERSION = 20

# Record layouts, little-endian: local file header (30 bytes), central
# directory entry (46), end of central directory (22), ZIP64 end of central
# directory (56) and its locator (20), which comes just before the end record
_LOCAL, _SIG_LOCAL = '<4s2B4HL2L2H', b'PK\x03\x04'
_CENTRAL, _SIG_CENTRAL = '<4s4B4HL2L5H2L', b'PK\x01\x02'
_END, _SIG_END = '<4s4H2LH', b'PK\x05\x06'
_END64, _SIG_END64 = '<4sQ2H2L4Q', b'PK\x06\x06'
_SIG_LOC64 = b'PK\x06\x07'
_UTF8 = 0x800  # general purpose flag bit 11: the name is UTF-8

_NAMES = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
          6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
          12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd'}


def _decode_name(raw, flags, encoding=None):
    # without the UTF-8 flag, a name is in cp437 (or metadata_encoding)
    return raw.decode('utf-8' if flags & _UTF8 else encoding or 'cp437')


def _encode_name(name):
    # an ASCII name goes as it is; any other in UTF-8, saying so in the flags
    raw = name.encode('utf-8')
    return raw, (_UTF8 if len(raw) != len(name) else 0)


def _dos_date_time(dt):
    return (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2], dt[3] << 11 | dt[4] << 5 | dt[5] // 2


def _check_compression(method):
    if method in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError('Compression requires the (missing) %s module' % ('bz2' if method == ZIP_BZIP2 else 'lzma'))
    if method not in (ZIP_STORED, ZIP_DEFLATED):
        raise NotImplementedError('That compression method is not supported')


class ZipInfo:
    """One member's metadata, as the central directory records it."""

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        if '\0' in filename:  # a NUL ends the name (some archivers pad with it)
            filename = filename[:filename.index('\0')]
        self.filename = filename.replace(os.sep, '/')
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type, self._compresslevel = ZIP_STORED, None
        self.comment = self.extra = b''
        self.create_system = 3  # unix
        self.create_version = self.extract_version = DEFAULT_VERSION
        self.reserved = self.flag_bits = self.volume = self.internal_attr = self.external_attr = 0
        self.header_offset = self.CRC = self.compress_size = self.file_size = 0

    def __repr__(self):
        r = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            r.append(' compress_type=%s' % _NAMES.get(self.compress_type, self.compress_type))
        hi, lo = self.external_attr >> 16, self.external_attr & 0xFFFF
        if hi:
            mode = _stat.filemode(hi)  # CPython shows an unknown file type as '?'
            r.append(' filemode=%r' % (mode if hi & 0o170000 else '?' + mode[1:]))
        if lo:
            r.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            r.append(' file_size=%r' % self.file_size)
        if (not isdir or self.compress_size) and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            r.append(' compress_size=%r' % self.compress_size)
        return ''.join(r) + '>'

    def is_dir(self):
        return self.filename.endswith('/')

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = _stat.S_ISDIR(st.st_mode)
        dt = tuple(_time.localtime(st.st_mtime)[:6])
        if not strict_timestamps:  # clamp into what a DOS date can hold
            dt = min(max(dt, (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 59))
        name = os.path.normpath(os.path.splitdrive(filename if arcname is None else os.fspath(arcname))[1])
        zinfo = cls(name.lstrip('/' + os.sep) + ('/' if isdir else ''), dt)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.external_attr |= 0x10  # the MS-DOS directory attribute
        else:
            zinfo.file_size = st.st_size
        return zinfo


class ZipExtFile(_io.BytesIO):
    """A member held whole in memory: its bytes to read (mode 'r'), or the
    bytes written to it (mode 'w'), which join the archive on close()."""
    # MicroPython gives a BytesIO subclass no properties and a __enter__
    # that returns the bare BytesIO: hence plain attributes and __enter__.

    def __init__(self, zinfo, data=b'', archive=None):
        super().__init__(data)
        self.name, self.mode, self.closed = zinfo.filename, 'w' if archive else 'r', False
        self._zinfo, self._archive = zinfo, archive

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def readable(self):
        return self.mode == 'r'

    def writable(self):
        return self.mode == 'w'

    def close(self):
        if self.closed:
            return
        data = self.getvalue() if self._archive else None
        super().close()
        self.closed = True
        if self._archive:
            self._archive._writing = False
            self._archive._add(self._zinfo, data)


def _find_end(fp):
    """(offset, directory size and offset, comment, ZIP64 records before it)
    of the end of central directory record, or None if there is none."""
    fp.seek(0, 2)
    size = fp.tell()
    start = max(0, size - 22 - ZIP_MAX_COMMENT)  # 22 bytes, then the comment
    fp.seek(start)
    tail = fp.read()
    i = tail.rfind(_SIG_END)
    if i < 0 or i + 22 > len(tail):
        return None
    cd_size, cd_offset, clen = _st.unpack(_END, tail[i:i + 22])[5:]
    pos, z64 = start + i, False
    if pos >= 76:
        fp.seek(pos - 20)
        if fp.read(4) == _SIG_LOC64:
            # The ZIP64 record sits right before its locator; its stated
            # offset would be wrong in an archive with bytes prepended.
            fp.seek(pos - 76)
            rec = fp.read(56)
            if rec[:4] != _SIG_END64:
                raise BadZipFile('Corrupt ZIP64 end of central directory record')
            cd_size, cd_offset = _st.unpack(_END64, rec)[8:]
            z64 = True
    return pos, cd_size, cd_offset, tail[i + 22:i + 22 + clen], z64


def _zip64_extra(zinfo):
    # sizes and offset stored as 0xFFFFFFFF are in extra field 0x0001, as
    # 64-bit values in this order
    extra = zinfo.extra
    while len(extra) >= 4:
        tp, ln = _st.unpack('<HH', extra[:4])
        if tp == 1:
            values = list(_st.unpack('<%dQ' % (ln // 8), extra[4:4 + ln // 8 * 8]))
            for attr in ('file_size', 'compress_size', 'header_offset'):
                if getattr(zinfo, attr) == 0xFFFFFFFF:
                    if not values:
                        raise BadZipFile('Corrupt extra field %04x (size=%d)' % (tp, ln))
                    setattr(zinfo, attr, values.pop(0))
        extra = extra[4 + ln:]


def is_zipfile(filename):
    try:
        if hasattr(filename, 'read'):
            return _find_end(filename) is not None
        with open(filename, 'rb') as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


class ZipFile:
    """A ZIP archive to read ('r'), write ('w', 'x') or append to ('a')."""
    fp = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True, compresslevel=None,
                 *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError('metadata_encoding is only supported for reading files')
        self.mode, self.compression, self.compresslevel = mode, compression, compresslevel
        self._allowZip64, self._strict_timestamps = allowZip64, strict_timestamps
        self.metadata_encoding, self.debug, self.pwd, self.start_dir = metadata_encoding, 0, None, 0
        self.filelist, self.NameToInfo, self._comment = [], {}, b''
        self._writing, self._saveto = False, None
        if hasattr(file, '__fspath__'):
            file = os.fspath(file)
        self._filePassed = not isinstance(file, str)
        self.filename = getattr(file, 'name', None) if self._filePassed else file
        if self._filePassed:
            self.fp = file
        elif mode == 'a':
            # Files have no truncate() here, and the new central directory
            # may be shorter than the old: edit a copy, write it on close.
            self._saveto, self.fp = file, _io.BytesIO()
            if os.path.exists(file):
                with open(file, 'rb') as f:
                    self.fp = _io.BytesIO(f.read())
        else:
            self.fp = open(file, mode + 'b')
        try:
            self._didModify = mode in 'wx'
            if mode == 'a':
                self.fp.seek(0, 2)
                self._old_end = self.fp.tell()
            if mode in 'ra':
                try:
                    self._load()
                    self.fp.seek(self.start_dir)  # new members replace the old directory
                except BadZipFile:
                    if mode == 'r':
                        raise
                    self.fp.seek(0, 2)
                    self._didModify = True
            try:
                self._pos = self.fp.tell()
            except (AttributeError, OSError):
                self._pos = 0  # an unseekable stream: count what is written
        except BaseException:
            self._close_fp()
            raise

    def _load(self):
        end = _find_end(self.fp)
        if end is None:
            raise BadZipFile('File is not a zip file')
        pos, cd_size, cd_offset, self._comment, z64 = end
        # bytes before the archive (a self-extractor's stub) shift every offset
        concat = pos - cd_size - cd_offset - (76 if z64 else 0)
        self.start_dir = cd_offset + concat
        self.fp.seek(self.start_dir)
        cd, p = self.fp.read(cd_size), 0
        while p < len(cd):
            f = _st.unpack(_CENTRAL, cd[p:p + 46])
            if f[0] != _SIG_CENTRAL:
                raise BadZipFile('Bad magic number for central directory')
            n, m, k = f[12:15]
            p += 46
            zi = ZipInfo(_decode_name(cd[p:p + n], f[5], self.metadata_encoding))
            zi.extra, zi.comment = cd[p + n:p + n + m], cd[p + n + m:p + n + m + k]
            p += n + m + k
            (zi.create_version, zi.create_system, zi.extract_version, zi.reserved, zi.flag_bits,
             zi.compress_type, t, d, zi.CRC, zi.compress_size, zi.file_size) = f[1:12]
            zi.volume, zi.internal_attr, zi.external_attr, zi.header_offset = f[15:]
            zi.date_time = ((d >> 9) + 1980, (d >> 5) & 15, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2)
            _zip64_extra(zi)
            zi.header_offset += concat
            self.filelist.append(zi)
            self.NameToInfo[zi.filename] = zi

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self.fp is None:
            return '<zipfile.ZipFile [closed]>'
        what = 'file=%r' % self.fp if self._filePassed else 'filename=%r' % self.filename
        return '<zipfile.ZipFile %s mode=%r>' % (what, self.mode)

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError('comment: expected bytes, got %s' % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            _warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
        self._comment, self._didModify = comment[:ZIP_MAX_COMMENT], True

    def namelist(self):
        return [zi.filename for zi in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def getinfo(self, name):
        if name not in self.NameToInfo:
            raise KeyError('There is no item named %r in the archive' % name)
        return self.NameToInfo[name]

    def setpassword(self, pwd):
        self.pwd = pwd

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for zi in self.filelist:
            date = '%d-%02d-%02d %02d:%02d:%02d' % tuple(zi.date_time[:6])
            print('%-46s %s %12d' % (zi.filename, date, zi.file_size), file=file)

    def testzip(self):
        for zi in self.filelist:
            try:
                self._read(zi.filename)
            except BadZipFile:
                return zi.filename

    def read(self, name, pwd=None):
        return self._read(name, pwd)[1]

    def _read(self, name, pwd=None):
        """(ZipInfo, bytes) of a member, decompressed and CRC-checked."""
        if self.fp is None:
            raise ValueError('Attempt to use ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        zi = name if isinstance(name, ZipInfo) else self.getinfo(name)
        self.fp.seek(zi.header_offset)
        head = self.fp.read(30)
        if len(head) != 30 or head[:4] != _SIG_LOCAL:
            raise BadZipFile('Bad magic number for file header')
        head = _st.unpack(_LOCAL, head)
        raw = self.fp.read(head[10])
        self.fp.read(head[11])  # the local extra field may differ from the central one
        if _decode_name(raw, head[3], self.metadata_encoding) != zi.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.' % (zi.orig_filename, raw))
        if zi.flag_bits & 1:
            if pwd or self.pwd:
                raise NotImplementedError('decrypting ZIP members is not supported')
            raise RuntimeError('File %r is encrypted, password required for extraction' % (name,))
        _check_compression(zi.compress_type)
        data = self.fp.read(zi.compress_size)
        if zi.compress_type == ZIP_DEFLATED and data:
            data = _zlib.decompress(data, -15)  # raw deflate, no zlib header
        if _zlib.crc32(data) & 0xFFFFFFFF != zi.CRC:
            raise BadZipFile('Bad CRC-32 for file %r' % zi.filename)
        return zi, data

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if self.fp is None:
            raise ValueError('Attempt to use ZIP archive that was already closed')
        if mode == 'r':
            zi, data = self._read(name, pwd)
            return ZipExtFile(zi, data)
        self._writecheck()
        zi = name
        if not isinstance(name, ZipInfo):
            zi = ZipInfo(name)
            zi.compress_type, zi._compresslevel = self.compression, self.compresslevel
        _check_compression(zi.compress_type)
        self._writing = True
        return ZipExtFile(zi, b'', self)

    def extract(self, member, path=None, pwd=None):
        return self._extract(member, os.getcwd() if path is None else os.fspath(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract(member, path, pwd)

    def _extract(self, member, path, pwd):
        zi = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # keep the target inside path: no drive, no root, no '.' or '..'
        parts = [p for p in os.path.splitdrive(zi.filename)[1].split('/') if p not in ('', '.', '..')]
        target = os.path.normpath(os.path.join(path, *parts))
        up = os.path.dirname(target)
        if up and not os.path.exists(up):
            os.makedirs(up)
        if zi.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        data = self._read(zi, pwd)[1]
        with open(target, 'wb') as f:
            f.write(data)
        return target

    def _writecheck(self):
        if self.fp is None:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._writecheck()
        zi = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        data = b''
        if not zi.is_dir():  # directories are stored, empty
            zi.compress_type = self.compression if compress_type is None else compress_type
            zi._compresslevel = self.compresslevel if compresslevel is None else compresslevel
            with open(filename, 'rb') as f:
                data = f.read()
        self._add(zi, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        self._writecheck()
        zi = zinfo_or_arcname
        if not isinstance(zi, ZipInfo):
            zi = ZipInfo(zinfo_or_arcname, tuple(_time.localtime(_time.time())[:6]))
            zi.compress_type, zi._compresslevel = self.compression, self.compresslevel
            zi.external_attr = (0o40775 << 16 | 0x10) if zi.is_dir() else 0o600 << 16
        if compress_type is not None:
            zi.compress_type = compress_type
        if compresslevel is not None:
            zi._compresslevel = compresslevel
        self._add(zi, data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """A directory member (3.11): a name (a '/' is added) with the given
        mode, or a ZipInfo of a directory."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zi = zinfo_or_directory_name
            if not zi.is_dir():
                raise ValueError('The given ZipInfo does not describe a directory')
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            zi = ZipInfo(name)
            zi.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError('Expected type str or ZipInfo')
        zi.compress_type = ZIP_STORED
        self._add(zi, b'')

    def _put(self, *chunks):
        for c in chunks:
            self.fp.write(c)
            self._pos += len(c)

    def _add(self, zi, data):
        """Write a member, local header then data, where the directory was to start."""
        self._writecheck()
        if zi.filename in self.NameToInfo:
            _warnings.warn('Duplicate name: %r' % zi.filename, stacklevel=3)
        _check_compression(zi.compress_type)
        if isinstance(data, str):
            data = data.encode('utf-8')
        zi.file_size, zi.CRC = len(data), _zlib.crc32(data) & 0xFFFFFFFF
        if zi.compress_type == ZIP_DEFLATED:
            level = -1 if zi._compresslevel is None else zi._compresslevel
            data = _zlib.compress(data, level, -15)
        zi.compress_size = len(data)
        if max(zi.file_size, zi.compress_size, self._pos) > ZIP64_LIMIT:
            raise LargeZipFile('Filesize would require ZIP64 extensions')
        # as CPython does: no flags kept (we neither encrypt nor need a data
        # descriptor), and a member without attributes gets ?rw-------
        zi.flag_bits, zi.header_offset = 0, self._pos
        zi.external_attr = zi.external_attr or 0o600 << 16
        name, flags = _encode_name(zi.filename)
        date, time = _dos_date_time(zi.date_time)
        self._put(_st.pack(_LOCAL, _SIG_LOCAL, zi.extract_version, zi.reserved, zi.flag_bits | flags,
                           zi.compress_type, time, date, zi.CRC, zi.compress_size, zi.file_size,
                           len(name), len(zi.extra)), name, zi.extra, data)
        self.filelist.append(zi)
        self.NameToInfo[zi.filename] = zi
        self._didModify = True

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode != 'r' and self._didModify:
                self._write_directory()
        finally:
            self._close_fp()

    def _write_directory(self):
        start, count = self._pos, len(self.filelist)
        if count > ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile('Files count would require ZIP64 extensions')
        for zi in self.filelist:
            name, flags = _encode_name(zi.filename)
            date, time = _dos_date_time(zi.date_time)
            self._put(_st.pack(_CENTRAL, _SIG_CENTRAL, zi.create_version, zi.create_system, zi.extract_version,
                               zi.reserved, zi.flag_bits | flags, zi.compress_type, time, date, zi.CRC,
                               zi.compress_size, zi.file_size, len(name), len(zi.extra), len(zi.comment), 0,
                               zi.internal_attr, zi.external_attr, zi.header_offset), name, zi.extra, zi.comment)
        if self._pos > ZIP64_LIMIT:
            raise LargeZipFile('Zipfile size would require ZIP64 extensions')
        self._put(_st.pack(_END, _SIG_END, 0, 0, count, count, self._pos - start, start, len(self._comment)),
                  self._comment)
        if self._saveto is not None:
            with open(self._saveto, 'wb') as f:
                f.write(self.fp.getvalue()[:self._pos])
        elif self.mode == 'a' and hasattr(self.fp, 'truncate'):
            self.fp.truncate()  # the old directory may have been longer
        elif self.mode == 'a' and self._pos < self._old_end:
            # no truncate() (MicroPython's BytesIO): blank the stale tail so
            # that no old end record is found after the new one
            self.fp.write(b'\0' * (self._old_end - self._pos))
        if hasattr(self.fp, 'flush'):
            self.fp.flush()

    def _close_fp(self):
        fp, self.fp = self.fp, None
        if fp is not None and not self._filePassed:
            fp.close()


def _add_to_zip(zf, path, zippath):
    # a file as itself; a directory as its entry, then what it holds, sorted
    if os.path.isfile(path):
        zf.write(path, zippath, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if zippath:
            zf.write(path, zippath)
        for name in sorted(os.listdir(path)):
            _add_to_zip(zf, os.path.join(path, name), os.path.join(zippath, name))


def main(args=None):
    """`python -m zipfile -l|-t ZIP`, `-e ZIP DIR`, `-c ZIP FILE...`, as
    python3: list, test, extract, create."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description='List, test, extract or create zip files.')
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument('-l', '--list', metavar='<zipfile>', help='list the files in a zipfile')
    what.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'), help='extract a zipfile into a directory')
    what.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'), help='create a zipfile from files and directories')
    what.add_argument('-t', '--test', metavar='<zipfile>', help='check that a zipfile reads back whole')
    options = parser.parse_args(args)
    if options.test is not None:
        with ZipFile(options.test, 'r') as zf:
            bad = zf.testzip()
        if bad:
            print('The following enclosed file is corrupted: {!r}'.format(bad))
        print('Done testing')
    elif options.list is not None:
        with ZipFile(options.list, 'r') as zf:
            zf.printdir()
    elif options.extract is not None:
        source, target = options.extract
        with ZipFile(source, 'r') as zf:
            zf.extractall(target)
    else:
        name, *sources = options.create
        with ZipFile(name, 'w') as zf:
            for path in sources:
                base = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                _add_to_zip(zf, path, '' if base in (os.curdir, os.pardir) else base)


if __name__ == '__main__':
    main()


# --- zipfile.Path: CPython 3.11's pathlib-like view of an archive ----------
# Directories a member's name implies count as entries, as in CPython
# (CompleteDirs); the names are gathered once per archive opened for reading.
# Unlike CPython, a ZipFile given to Path keeps its class.

def _zp_names(zf):
    names = getattr(zf, '_pywasm_pathnames', None)
    if names is None or 'r' not in zf.mode:
        names = zf.namelist()
        seen = set(names)
        implied = []
        for n in names:
            p = n.rstrip('/')
            while '/' in p:
                p = p.rpartition('/')[0]
                if p + '/' not in seen:
                    seen.add(p + '/')
                    implied.append(p + '/')
                if not p:
                    break
        names = (names + implied, seen)
        if 'r' in zf.mode:
            zf._pywasm_pathnames = names
    return names


def _from_base(attr):
    # a read-only Path property reading that attribute of the pure path
    return property(lambda self: getattr(self._base(), attr))


class Path:
    """A pathlib-compatible interface for zip files: Path(zipfile or
    filename, at='') with open, read_text, read_bytes, iterdir, is_dir,
    is_file, exists, joinpath and /, name, stem, suffix(es), filename,
    parent, as CPython 3.11's zipfile.Path."""

    def __init__(self, root, at=''):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        # the archive itself knows only 'r' and 'w'; a 'b' decides whether
        # the member stream is handed out raw or wrapped as text
        raw_mode = mode[0]
        if raw_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, raw_mode, pwd=pwd)
        if 'b' not in mode:
            if not args and kwargs.get('encoding') is None:
                kwargs['encoding'] = 'locale'
            return _io.TextIOWrapper(stream, *args, **kwargs)
        if args or kwargs:
            raise ValueError('encoding args invalid for binary operation')
        return stream

    def _base(self):
        import pathlib
        return pathlib.PurePosixPath(self.at or self.root.filename)

    # name parts come from the member's path, or the archive's at the top
    name = _from_base('name')
    suffix = _from_base('suffix')
    suffixes = _from_base('suffixes')
    stem = _from_base('stem')

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def _is_child(self, path):
        import posixpath
        return posixpath.dirname(path.at.rstrip('/')) == self.at.rstrip('/')

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in _zp_names(self.root)[1]

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, _zp_names(self.root)[0]))

    def __str__(self):
        import posixpath
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return '%s(%r, %r)' % (self.__class__.__name__, self.root.filename, self.at)

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def joinpath(self, *other):
        import posixpath
        nxt = posixpath.join(self.at, *other)
        names = _zp_names(self.root)[1]
        if nxt not in names and nxt + '/' in names:
            nxt += '/'
        return self._next(nxt)

    __truediv__ = joinpath

    @property
    def parent(self):
        import posixpath
        if not self.at:
            return self.filename.parent
        # the folder holding this entry, with its trailing slash ('' at the top)
        head = posixpath.dirname(self.at.rstrip('/'))
        return self._next(head + '/' if head else head)

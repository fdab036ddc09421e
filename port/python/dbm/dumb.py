"""dbm.dumb: the slow, portable key-value database in plain files,
readable and writable by CPython's dbm.dumb.

A database NAME is three files: NAME.dat holds the values, each starting
at a 512-byte boundary; NAME.dir holds one line per key, the repr() of
the key (bytes read as Latin-1) and of its (position, size) pair; NAME.bak
is the previous NAME.dir, kept when the index is rewritten. Keys and
values are bytes (str is stored as UTF-8). A value replaced by one that
fits in its blocks is overwritten where it is, a longer one is appended;
space is never reclaimed. The index is written out by sync(), close() and
each deletion.

open(file, flag='c', mode=0o666): flag 'r' (read only), 'w' (read and
write an existing database), 'c' (create when missing) or 'n' (always new
and empty). mode is accepted and not applied. The object
is a MutableMapping and a context manager. error is OSError."""
import ast as _ast
import io as _io
import os as _os
from collections.abc import MutableMapping

__all__ = ['error', 'open']

error = OSError
_BLOCKSIZE = 512


def _as_bytes(data, what):
    if isinstance(data, str):
        return data.encode('utf-8')
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError('%s must be bytes or strings' % what)
    return data  # a bytearray key fails as CPython's does: unhashable


def _str_key(key):
    # str keys are looked up by their UTF-8 bytes
    return key.encode('utf-8') if isinstance(key, str) else key


def _blocks(size):
    # how many whole blocks size bytes occupy
    return -(-size // _BLOCKSIZE)


class _Database(MutableMapping):
    def __init__(self, filebasename, mode, flag='c'):
        base = _os.fspath(filebasename)
        if isinstance(base, bytes):
            base = base.decode()
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = base + '.dir'
        self._datfile = base + '.dat'
        self._bakfile = base + '.bak'
        self._index = None  # key -> (position, size) in the .dat file
        self._create(flag)
        self._read_index(flag)

    def _create(self, flag):
        if flag == 'n':
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(name)
                except OSError:
                    pass
        try:
            _io.open(self._datfile, 'rb').close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            _io.open(self._datfile, 'wb').close()

    def _read_index(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, 'r', encoding='latin-1')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True  # a new database writes its (empty) index
            return
        with f:
            for line in f:
                line = line.rstrip()
                if line:
                    key, where = _ast.literal_eval(line)
                    self._index[key.encode('latin-1')] = where

    @staticmethod
    def _entry(key, where):
        return '%r, %r\n' % (key.decode('latin-1'), where)

    def _commit(self):
        # Rewrite the index; the old one becomes the .bak file.
        if self._index is None or not self._modified:
            return
        try:
            _os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, 'w', encoding='latin-1') as f:
            for key, where in self._index.items():
                f.write(self._entry(key, where))

    sync = _commit

    def _live_index(self):
        # any use of a closed database fails the same way
        if self._index is None:
            raise error('DBM object has already been closed')
        return self._index

    def _refuse_readonly(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def __getitem__(self, key):
        wanted = _str_key(key)
        pos, size = self._live_index()[wanted]
        with _io.open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def _append_value(self, val):
        # At the end of the data file, padded to the next block boundary.
        with _io.open(self._datfile, 'rb+') as f:
            end = f.seek(0, 2)
            pos = _blocks(end) * _BLOCKSIZE
            f.write(b'\0' * (pos - end))
            f.write(val)
        return (pos, len(val))

    def _overwrite_value(self, pos, val):
        with _io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def __setitem__(self, key, val):
        self._refuse_readonly()
        key = _as_bytes(key, 'keys')
        val = _as_bytes(val, 'values')
        index = self._live_index()
        self._modified = True
        old = index.get(key)
        if old is None:
            where = index[key] = self._append_value(val)
            # a new key is added to the index file at once
            with _io.open(self._dirfile, 'a', encoding='latin-1') as f:
                f.write(self._entry(key, where))
        elif _blocks(len(val)) <= _blocks(old[1]):
            index[key] = self._overwrite_value(old[0], val)
        else:
            index[key] = self._append_value(val)

    def __delitem__(self, key):
        self._refuse_readonly()
        wanted = _str_key(key)
        index = self._live_index()
        self._modified = True
        del index[wanted]
        # a deletion rewrites the index file at once
        self._commit()

    def __len__(self):
        return len(self._live_index())

    def __contains__(self, key):
        return _str_key(key) in self._live_index()

    def iterkeys(self):
        return iter(self._live_index())

    __iter__ = iterkeys

    def keys(self):
        return list(self._live_index())

    def items(self):
        return [(key, self[key]) for key in self._live_index()]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        # a second close() finds no index and writes nothing
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close


def open(file, flag='c', mode=0o666):
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)

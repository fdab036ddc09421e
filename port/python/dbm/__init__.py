"""dbm: the generic interface to the dbm databases.

Only dbm.dumb exists here (dbm.gnu and dbm.ndbm wrap C libraries), so
open(file, flag='r', mode=0o666) opens a dumb database: an existing one
whichever flag, a new one with 'c' or 'n'; a file of another kind, or one
that is missing when opened with 'r' or 'w', is an error with CPython's
message. whichdb(filename) tells 'dbm.dumb', 'dbm.gnu' or 'dbm.ndbm' (by
their magic numbers, as CPython does), '' for an unknown file and None
for a missing one. error is the tuple (dbm.error, OSError) CPython builds
from the modules it has."""
import io as _io
import os as _os
import sys as _sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.dumb']
_modules = {}
_defaultmod = None
error = (error, OSError)


def _load():
    global _defaultmod
    if _defaultmod is None:
        import dbm.dumb
        _modules['dbm.dumb'] = _defaultmod = dbm.dumb
    return _defaultmod


def open(file, flag='r', mode=0o666):
    default = _load()
    kind = whichdb(file) if 'n' not in flag else None
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        module = default
    elif kind == '':
        raise error[0]('db type could not be determined')
    elif kind not in _modules:
        raise error[0]('db type is {0}, but the module is not available'.format(kind))
    else:
        module = _modules[kind]
    return module.open(file, flag, mode)


def _read_start(name, size):
    with _io.open(name, 'rb') as f:
        return f.read(size)


def whichdb(filename):
    filename = _os.fsdecode(_os.fspath(filename))
    # ndbm: NAME.pag and NAME.dir
    try:
        _read_start(filename + '.pag', 0)
        _read_start(filename + '.dir', 0)
        return 'dbm.ndbm'
    except OSError:
        pass
    # dumb: NAME.dat and NAME.dir, whose lines start with a quoted key
    try:
        _os.stat(filename + '.dat')
        if _os.stat(filename + '.dir').st_size == 0:
            return 'dbm.dumb'
        if _read_start(filename + '.dir', 1) in (b"'", b'"'):
            return 'dbm.dumb'
    except OSError:
        pass
    try:
        start = _read_start(filename, 16)
    except OSError:
        return None
    if len(start) < 4:
        return ''
    # gdbm's magic number, in this machine's byte order
    if int.from_bytes(start[:4], _sys.byteorder) in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'dbm.gnu'
    return ''  # unknown (Berkeley DB hash files among them)

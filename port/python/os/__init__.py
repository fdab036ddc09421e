"""os: MicroPython's built-in os extended towards CPython's: environ as a live
mapping, os.path, walk, makedirs/removedirs, scandir, stat results with st_*
fields, replace, fspath, constants; system and popen run through subprocess
(where processes are allowed). File descriptors over WASI (the built-in
_pywasm_os): open with Linux's O_* flags, read, write, close, closerange,
lseek, fsync, fdatasync, ftruncate, isatty, fstat, fdopen; a descriptor
opened from a path sees only the mounts, as open() does. dup and dup2
raise NotImplementedError (WASI preview1 cannot duplicate a descriptor),
and so does process control (fork, exec*, kill, pipe): the sandbox has no
processes. Nor has it links: symlink and link raise NotImplementedError,
readlink the EINVAL of a path that is no link; supports_dir_fd is empty."""
from uos import *
import uos as _u
import _pywasm_compat
from _pywasm import strerror  # CPython's words for an errno (port/errors.c)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
curdir = '.'
pardir = '..'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
error = OSError


class PathLike:
    # An ABC as CPython's: a class with __fspath__ is a PathLike without
    # deriving from it (the interpreter asks _pywasm_subclasscheck, patch
    # 0026), and os.PathLike[str] is a generic alias.
    @classmethod
    def _pywasm_subclasscheck(cls, t):
        return any('__fspath__' in getattr(k, '__dict__', ()) for k in getattr(t, '__mro__', (t,)))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(p, '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return f()


def fsencode(p):
    p = fspath(p)
    return p.encode() if isinstance(p, str) else p


def fsdecode(p):
    p = fspath(p)
    return p.decode() if isinstance(p, bytes) else p


class _Environ:
    # A live view: writes go through to the process environment (putenv), as
    # CPython's os.environ does, so os.getenv sees them too.
    def __init__(self):
        try:
            import _pywasm
            self._d = _pywasm.environ()
        except ImportError:
            self._d = {}
            try:
                with open('/proc/self/environ', 'rb') as f:
                    for e in f.read().split(b'\0'):
                        k, s, v = e.decode().partition('=')
                        if s:
                            self._d[k] = v
            except OSError:
                pass

    def __getitem__(self, k):
        return self._d[_env_key(k)]

    def __setitem__(self, k, v):
        if not isinstance(k, str) or not isinstance(v, str):
            raise TypeError('str expected, not ' + type(v if isinstance(k, str) else k).__name__)
        putenv(k, v)
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]
        unsetenv(k)

    def __contains__(self, k):
        return k in self._d

    def __iter__(self):
        return iter(list(self._d))

    def __len__(self):
        return len(self._d)

    def __eq__(self, o):
        return dict(self.items()) == (dict(o.items()) if isinstance(o, _Environ) else o)

    def get(self, k, d=None):
        return self._d.get(_env_key(k), d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def setdefault(self, k, d):
        if k not in self._d:
            self[k] = d
        return self._d[k]

    def pop(self, k, *d):
        if k in self._d:
            v = self._d[k]
            del self[k]
            return v
        if d:
            return d[0]
        raise KeyError(k)

    def update(self, *a, **kw):
        for k, v in dict(*a, **kw).items():
            self[k] = v

    def clear(self):
        for k in list(self._d):
            del self[k]

    def __repr__(self):
        return 'environ(' + repr(self._d) + ')'


environ = _Environ()


def _env_key(k):
    if not isinstance(k, str):
        raise TypeError('str expected, not ' + type(k).__name__)
    return k


def getenv(k, d=None):
    return environ.get(k, d)


class stat_result(tuple):
    # A tuple of ten items, as CPython's and MicroPython's os.stat give
    # (the times in whole seconds), that names its fields. The interpreter's
    # stat gives the times' nanoseconds after the ten (patch 0303), kept
    # here for the float and _ns attributes.
    def __new__(cls, items):
        self = tuple.__new__(cls, items[:10])
        self._nanos = items[10:] or (0, 0, 0)
        return self

    st_mode = property(lambda s: s[0])
    st_ino = property(lambda s: s[1])
    st_dev = property(lambda s: s[2])
    st_nlink = property(lambda s: s[3])
    st_uid = property(lambda s: s[4])
    st_gid = property(lambda s: s[5])
    st_size = property(lambda s: s[6])
    # as CPython computes them: seconds + nanoseconds * 1e-9
    st_atime = property(lambda s: s[7] + s._nanos[0] * 1e-9)
    st_mtime = property(lambda s: s[8] + s._nanos[1] * 1e-9)
    st_ctime = property(lambda s: s[9] + s._nanos[2] * 1e-9)
    st_atime_ns = property(lambda s: s[7] * 1000000000 + s._nanos[0])
    st_mtime_ns = property(lambda s: s[8] * 1000000000 + s._nanos[1])
    st_ctime_ns = property(lambda s: s[9] * 1000000000 + s._nanos[2])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(
            ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
             'st_atime', 'st_mtime', 'st_ctime'), self)) + ')'

    __str__ = __repr__


def _ose(e, p):
    return _pywasm_compat.oserror(e, p)


_OR_FD = ', os.PathLike or integer'  # what a function that takes an fd says
_OR_FD_OR_NONE = ', os.PathLike, integer or None'


def _named(p, func, kinds=' or os.PathLike'):
    # The path of a file operation, with CPython's error naming the function
    # (a path read from an unset variable is None). WASI resolves '' as the
    # directory it starts from, so os.stat('') would describe the working
    # directory and os.path.exists('') be True; CPython (POSIX) finds no
    # file named ''.
    if not isinstance(p, (str, bytes)):
        f = getattr(p, '__fspath__', None)
        if f is None:
            raise TypeError('%s: path should be string, bytes%s, not %s' % (func, kinds, type(p).__name__))
        p = f()
    if not p:
        raise FileNotFoundError(2, 'No such file or directory', p)
    return p


def stat(p, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError('stat: dir_fd unavailable on this platform')
    if isinstance(p, int):
        return fstat(p)
    p = _named(p, 'stat', _OR_FD)
    try:
        return stat_result(_u.stat(p))
    except OSError as e:
        raise _ose(e, p)


def lstat(p, *, dir_fd=None):
    # A function of its own, not an alias: callers name it (shutil.rmtree
    # passes it to onerror, whose handlers print func.__name__).
    return stat(p, dir_fd=dir_fd)


def listdir(p=None):
    p = '.' if p is None else _named(p, 'listdir', _OR_FD_OR_NONE)
    try:
        return _u.listdir(p)
    except OSError as e:
        raise _ose(e, p)


def mkdir(p, mode=0o777, *, dir_fd=None):
    p = _named(p, 'mkdir')
    try:
        _u.mkdir(p)
    except OSError as e:
        raise _ose(e, p)
    if mode & 0o7777 != 0o777:
        _created(p, mode)


def _created(p, mode):
    # What was just made gets `mode` less the process's umask, as in CPython.
    # The host made it with its own default less the umask (0o777 for a
    # directory, 0o666 for a file), so its bits show the umask; a file's
    # execute bits follow its read bits.
    bits = stat(p).st_mode & 0o777
    allowed = bits if bits & 0o111 else bits | (bits & 0o444) >> 2
    if mode & (allowed | 0o7000) != bits:
        chmod(p, mode & (allowed | 0o7000))


def rmdir(p):
    p = _named(p, 'rmdir')
    try:
        _u.rmdir(p)
    except OSError as e:
        raise _ose(e, p)


def remove(p):
    p = _named(p, 'remove')
    try:
        _u.remove(p)
    except OSError as e:
        raise _ose(e, p)


def unlink(p, *, dir_fd=None):
    # Its own name, as lstat above.
    return remove(p)


def rename(a, b):
    a, b = fspath(a), fspath(b)
    if not a or not b:
        # See _named: '' would be the working directory itself.
        raise FileNotFoundError(2, 'No such file or directory', a, None, b)
    try:
        _u.rename(a, b)
    except OSError as e:
        raise _ose(e, a)


replace = rename


def chdir(p):
    p = _named(p, 'chdir', _OR_FD)
    try:
        _u.chdir(p)
    except OSError as e:
        raise _ose(e, p)


def getcwdb():
    return getcwd().encode()


def makedirs(p, mode=0o777, exist_ok=False):
    p = fspath(p)
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except OSError:
            pass  # made meanwhile, or mkdir below reports the real error
    try:
        mkdir(p, mode)
    except OSError:
        if not exist_ok or not path.isdir(p):
            raise


def removedirs(p):
    rmdir(p)
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    def __init__(self, d, name, t):
        self.name = name
        self.path = path.join(d, name) if d != '.' or True else name
        self._t = t

    def is_dir(self, *, follow_symlinks=True):
        if self._t == 0:
            return path.isdir(self.path)
        return self._t == 0x4000

    def is_file(self, *, follow_symlinks=True):
        if self._t == 0:
            return path.isfile(self.path)
        return self._t == 0x8000

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def inode(self):
        return self.stat().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _Scandir:
    def __init__(self, p):
        self._d = p
        try:
            self._it = _u.ilistdir(p)
        except OSError as e:
            raise _ose(e, p)

    def __iter__(self):
        return self

    def __next__(self):
        e = next(self._it)
        return DirEntry(self._d, e[0], e[1])

    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

    def close(self):
        pass


def scandir(p=None):
    return _Scandir('.' if p is None else _named(p, 'scandir', _OR_FD_OR_NONE))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror:
            onerror(e)
        return
    dirs, files = [], []
    for e in entries:
        (dirs if e.is_dir() else files).append(e.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    # The sandbox does not know the host's user: a permission counts when
    # any of owner, group and others has it.
    try:
        bits = stat(p).st_mode
    except OSError:
        return False
    return all(bits & (0o111 * m) for m in (R_OK, W_OK, X_OK) if mode & m)


def _exit(n):
    # No cleanup, as in CPython: buffered stdout is lost (python3 -u keeps it).
    from _pywasm import exit_now
    exit_now(n)


def cpu_count():
    return 1


def sched_getaffinity(pid):
    # the CPUs the process may run on: build scripts size -j with it
    return set(range(cpu_count()))


_umask = 0o022


def umask(mask):
    # kept, not applied (WASI has no umask): the previous value, as CPython
    global _umask
    old, _umask = _umask, mask & 0o777
    return old


def get_exec_path(env=None):
    """The directories searched for an executable: PATH of env (os.environ by
    default), else os.defpath."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def truncate(path, length):
    fd = open(path, O_WRONLY)
    try:
        ftruncate(fd, length)
    finally:
        close(fd)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class times_result(tuple):
    n_fields = n_sequence_fields = 5
    user = property(lambda s: s[0])
    system = property(lambda s: s[1])
    children_user = property(lambda s: s[2])
    children_system = property(lambda s: s[3])
    elapsed = property(lambda s: s[4])

    def __repr__(self):
        return 'posix.times_result(user=%r, system=%r, children_user=%r, children_system=%r, elapsed=%r)' % self


def times():
    import time
    return times_result((time.process_time(), 0.0, 0.0, 0.0, time.monotonic()))


def getloadavg():
    raise OSError('Load averages are unobtainable')


def getpid():
    return 1


def getppid():
    return 0


# WASI has no users: os.stat gives every file uid and gid 0, and so these
# give the process the same, so ownership checks (platformdirs' runtime
# directory) pass as they would for the files' owner.
def getuid():
    return 0


geteuid = getgid = getegid = getuid


def getlogin():
    return environ.get('USER', 'runner')




def get_terminal_size(fd=1):
    # as CPython's ioctl: a descriptor that is not a terminal is an error
    # (ENOTTY); a terminal's size is unknown here, COLUMNS/LINES or 80x24
    if not isatty(fd):
        raise OSError(25, 'Inappropriate ioctl for device')
    return terminal_size((int(environ.get('COLUMNS', 80)), int(environ.get('LINES', 24))))


class terminal_size(tuple):
    columns = property(lambda s: s[0])
    lines = property(lambda s: s[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def chmod(p, mode, *, dir_fd=None, follow_symlinks=True):
    # Our engines' own call (port/filemode.c); a symlink is followed.
    if isinstance(p, int) or dir_fd is not None:
        raise NotImplementedError('chmod: only a path is supported here, not a file descriptor')
    p = _named(p, 'chmod', _OR_FD)
    try:
        _pywasm_os.chmod(p, mode)
    except OSError as e:
        raise _ose(e, p)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    # (atime, mtime) in seconds or, with ns=, nanoseconds; neither: now
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either \'times\' or \'ns\' but not both')
    if dir_fd is not None:
        raise NotImplementedError('utime: dir_fd unavailable on this platform')
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        pairs = [_seconds_nanos(t) for t in times]
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
        pairs = [divmod(int(t), 1000000000) for t in ns]
    else:
        pairs = [None, None]
    import _pywasm
    _pywasm.set_file_times(fspath(path), pairs[0], pairs[1], follow_symlinks)


def _seconds_nanos(t):
    # CPython rounds a float time to the nearest nanosecond, halves to even
    if isinstance(t, float):
        whole = int(t // 1)
        return whole, min(round((t - whole) * 1e9), 999999999)
    return int(t), 0


# File descriptors (port/modos_wasi.c): the O_* flags have Linux's values,
# translated to WASI's inside.
from _pywasm_os import (read, write, close, closerange, lseek, fsync, ftruncate, isatty,
                        O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC,
                        O_APPEND, O_NONBLOCK, O_NDELAY, O_DSYNC, O_SYNC, O_RSYNC, O_DIRECTORY,
                        O_NOFOLLOW, O_CLOEXEC, O_LARGEFILE)
import _pywasm_os

fdatasync = fsync  # one WASI call (fd_sync) does both


def fstat(fd):
    return stat_result(_pywasm_os.fstat(fd))


def open(path, flags, mode=0o777, *, dir_fd=None):
    # The host ignores `mode`, so a file this call creates gets it here (a
    # cookie or credentials file saved with 0o600 must not end up 0o644).
    new = False
    if flags & O_CREAT and dir_fd is None:
        new = True
        if not flags & O_EXCL:
            try:
                stat(path)
                new = False
            except OSError:
                pass
    fd = _pywasm_os.open(path, flags, mode, dir_fd=dir_fd)
    if new:
        _created(path, mode)
    return fd


def get_inheritable(fd):
    return False  # there are no child processes to inherit anything


def set_inheritable(fd, inheritable):
    pass


def get_blocking(fd):
    return True


def device_encoding(fd):
    return None


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def _unavailable(n, why):
    def f(*a, **k):
        raise NotImplementedError('os.%s: %s' % (n, why))
    return f


dup = _unavailable('dup', 'WASI (preview1) has no way to duplicate a file descriptor')
dup2 = _unavailable('dup2', 'WASI (preview1) has no way to duplicate a file descriptor')


def _wait_status(code):
    # subprocess's returncode as Unix's wait status: the exit code shifted
    # left by 8, or the signal that killed the process
    return -code if code < 0 else code << 8


def system(command):
    # Through subprocess, so it runs where processes are allowed (--allow-run,
    # allowRun, the action) and says how to allow them elsewhere. The result
    # is a wait status (_wait_status).
    import subprocess
    return _wait_status(subprocess.call(command, shell=True))


class _wrap_close:
    """os.popen's file: the command's stdout to read (mode 'r') or its stdin
    to write (mode 'w'); close() waits for it and gives None on success,
    else its wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        return None if code == 0 else _wait_status(code)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def popen(cmd, mode='r', buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


for _n in ('fork', 'execv', 'execve', 'execvp', 'kill', 'spawnv', 'pipe'):
    globals()[_n] = _unavailable(_n, 'no processes in the pywasm sandbox')
# Links are a filesystem matter, not a process one: say so, so that the
# message points at what is actually missing.
for _n in ('symlink', 'link'):
    globals()[_n] = _unavailable(_n, 'the pywasm sandbox does not make or read links')
del _n


def readlink(path, *, dir_fd=None):
    # The sandbox has no links, so a path that is there is not one: Linux
    # answers EINVAL for a file or directory; a missing path raises what
    # stat() raises for it.
    if dir_fd is not None:
        raise NotImplementedError('readlink: dir_fd unavailable on this platform')
    p = fspath(path)
    stat(p)
    raise OSError(22, strerror(22), p)

from . import path

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'access chdir chmod cpu_count device_encoding fspath fstat get_blocking '
    'get_inheritable get_terminal_size getcwdb getegid geteuid getgid getlogin getpid '
    'getppid getuid listdir lstat mkdir '
    'open remove rename replace rmdir scandir set_inheritable stat system unlink '
    'utime'))
del as_builtins

# The functions that take a descriptor for a path, a follow_symlinks or an
# effective_ids argument here (no link is ever followed: the sandbox has
# none); none takes dir_fd, so callers use paths.
supports_dir_fd = set()
supports_fd = {stat}
supports_follow_symlinks = {access, stat, utime}
supports_effective_ids = {access}
supports_bytes_environ = False  # there is no environb

# PEP 585: PathLike[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(PathLike, DirEntry)

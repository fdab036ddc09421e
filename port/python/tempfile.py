"""tempfile: temporary files and directories in the mounted temp directory
(TMPDIR, RUNNER_TEMP, else /tmp): mkstemp (an fd and an absolute path, the
file made with O_CREAT | O_EXCL), mkdtemp, NamedTemporaryFile,
TemporaryDirectory, TemporaryFile, SpooledTemporaryFile (in memory until
max_size, then a TemporaryFile), gettempdir."""
import os
import random

tempdir = None
template = 'tmp'


def gettempdir():
    global tempdir
    if tempdir is None:
        env = [os.environ.get(k) for k in ('TMPDIR', 'TEMP', 'TMP', 'RUNNER_TEMP')]
        for d in [d for d in env if d] + ['/tmp', '/var/tmp', '/usr/tmp']:
            if _writable(d):
                tempdir = d
                break
        else:
            tempdir = os.getcwd()
    return tempdir


def _writable(d):
    # CPython's test: a file can be made there. The directories above the
    # sandbox's mounts exist but are read-only, so /tmp may be there and
    # still not take a file
    probe = os.path.join(d, '.pywasm-tempfile-probe-%x' % id(d))
    try:
        open(probe, 'wb').close()
        os.remove(probe)
        return True
    except OSError:
        return False


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdirb():
    return os.fsencode(gettempdir())


_rng = None


def _name(prefix, suffix, dir):
    # the names come from a generator of their own, as CPython's
    # _RandomNameSequence: the random module's shared state (a script's
    # random.seed()) is left alone
    global _rng
    if _rng is None:
        _rng = random.Random()
    c = 'abcdefghijklmnopqrstuvwxyz0123456789_'
    dir = gettempdir() if dir is None else os.fspath(dir)
    for _ in range(100):
        n = os.path.join(dir, (template if prefix is None else prefix) + ''.join(_rng.choice(c) for _ in range(8)) + (suffix or ''))
        if not os.path.exists(n):
            return n
    raise FileExistsError('No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    n = _name(prefix, suffix, dir)
    os.mkdir(n, 0o700)
    return os.path.abspath(n)


def mktemp(suffix='', prefix=template, dir=None):
    return _name(prefix, suffix, dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    # bytes arguments give a bytes path, as in CPython
    parts = (suffix, prefix, dir)
    as_bytes = any(isinstance(p, bytes) for p in parts)
    if as_bytes and any(isinstance(p, str) for p in parts):
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if as_bytes:
        suffix, prefix, dir = (os.fsdecode(p) if p is not None else None for p in parts)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    for _ in range(100):
        n = _name(prefix, suffix, dir)
        try:
            fd = os.open(n, flags, 0o600)
        except FileExistsError:
            continue  # made meanwhile: another name
        n = os.path.abspath(n)
        return fd, (os.fsencode(n) if as_bytes else n)
    raise FileExistsError('No usable temporary file name found')


class _TemporaryFileWrapper:
    def __init__(self, f, name, delete):
        self.file, self.name, self.delete = f, name, delete
        self._closed = False

    def __getattr__(self, n):
        return getattr(self.file, n)

    def __iter__(self):
        return iter(self.file)

    def close(self):
        # the file object stays (closed), so .closed, .mode... still answer
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.remove(self.name)
                except OSError:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


_TempFile = _TemporaryFileWrapper


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    # made as mkstemp makes it: new for certain, readable by its owner alone
    fd, n = mkstemp(suffix, prefix, dir)
    try:
        return _TemporaryFileWrapper(open(fd, mode, buffering, encoding, errors, newline), n, delete)
    except BaseException:
        os.close(fd)
        os.remove(n)
        raise


TemporaryFile = NamedTemporaryFile


class SpooledTemporaryFile:
    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        import io
        self._file = io.BytesIO() if 'b' in mode else io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._spec = (mode, suffix, prefix, dir)

    def rollover(self):
        if self._rolled:
            return
        mode, suffix, prefix, dir = self._spec
        old = self._file
        pos = old.tell()
        new = NamedTemporaryFile(mode, suffix=suffix, prefix=prefix, dir=dir)
        new.write(old.getvalue())
        new.seek(pos)
        self._file, self._rolled = new, True

    def write(self, s):
        n = self._file.write(s)
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, n):
        return getattr(self._file, n)

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)

    def cleanup(self):
        import shutil
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=True)

    def __enter__(self):
        return self.name

    def __exit__(self, *a):
        self.cleanup()

    def __repr__(self):
        return '<TemporaryDirectory %r>' % self.name

# PEP 585: TemporaryDirectory[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(TemporaryDirectory)

"""pathlib: PurePath/PurePosixPath/Path/PosixPath for POSIX paths, with the
usual properties (name, stem, suffix(es), parent(s), parts), joining with /,
relative_to, with_*, match, and the filesystem methods (exists, is_dir,
mkdir, iterdir, glob/rglob, read/write_text/bytes, open, touch, unlink,
rename, resolve, stat...). PureWindowsPath's methods are in _pathlib_windows,
loaded when the first one is made; WindowsPath cannot be made here, as on
any POSIX system."""
import os
import _pywasm_compat


def _norm(s):
    # Collapse '//' and '.' parts as PurePath does; keep '..' (no resolution).
    if not s:
        return '.'
    root = '//' if s.startswith('//') and not s.startswith('///') else ('/' if s.startswith('/') else '')
    parts = [p for p in s.split('/') if p and p != '.']
    r = root + '/'.join(parts)
    return r or '.'


class _Parents:
    # The sequence of a path's ancestors (PurePath.parents).
    def __init__(self, path, items):
        self._path, self._items = path, items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._items[i]
        n = len(self._items)
        if i >= n or i < -n:
            raise IndexError(i)
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __reversed__(self):
        return reversed(self._items)

    def index(self, x):
        return self._items.index(x)

    def count(self, x):
        return self._items.count(x)

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class _Flavour:
    # CPython 3.11's pathlib._Flavour, the parts of it that subclasses of
    # PurePath read (wcmatch: sep, is_supported).
    def __init__(self, sep, altsep):
        self.sep, self.altsep = sep, altsep
        self.is_supported = sep == '/'     # this system's (POSIX) kind
        self.has_drv = sep == '\\'

    def casefold(self, s):
        return s.lower() if self.has_drv else s

    def casefold_parts(self, parts):
        return [self.casefold(p) for p in parts]


class _PosixFlavour(_Flavour):
    pass


class _WindowsFlavour(_Flavour):
    pass


_posix_flavour = _PosixFlavour('/', '')
_windows_flavour = _WindowsFlavour('\\', '/')


class PurePath:
    _flavour = _posix_flavour

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        s = ''
        for a in args:
            if isinstance(a, PurePath):
                a = a._s if a._flavour is _posix_flavour else '/'.join(a.parts)
            else:
                a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object, not ' + type(a).__name__)
            if a.startswith('/'):
                s = a
            elif a:
                s = s + '/' + a if s and not s.endswith('/') else s + a
        self._s = _norm(s)
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from_parts(cls, args):
        # CPython 3.11's constructor under __new__: subclasses whose own
        # __new__ calls it (wcmatch's paths) get a path of their class.
        return PurePath.__new__(cls, *args)

    def _new(self, s):
        return type(self)(s)

    def __str__(self):
        return self._s

    def __fspath__(self):
        return self._s

    def __bytes__(self):
        return os.fsencode(self._s)

    def as_posix(self):
        return self._s

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._s)

    def __hash__(self):
        return hash(self._s)

    def _same(self, o):
        return isinstance(o, PurePath) and o._flavour == self._flavour

    def __eq__(self, o):
        return self._same(o) and self._s == o._s

    def __ne__(self, o):
        return not self == o

    def __lt__(self, o):
        return self.parts < o.parts if self._same(o) else NotImplemented

    def __le__(self, o):
        return self.parts <= o.parts if self._same(o) else NotImplemented

    def __gt__(self, o):
        return self.parts > o.parts if self._same(o) else NotImplemented

    def __ge__(self, o):
        return self.parts >= o.parts if self._same(o) else NotImplemented

    def __truediv__(self, o):
        try:
            return type(self)(self, o)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, o):
        return type(self)(o, self)

    def joinpath(self, *o):
        return type(self)(self, *o)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        return 'file://' + quote(self._s)

    @property
    def root(self):
        return '//' if self._s.startswith('//') else ('/' if self._s.startswith('/') else '')

    anchor = root
    drive = property(lambda self: '')

    @property
    def parts(self):
        r = self.root
        rest = [p for p in self._s[len(r):].split('/') if p and self._s != '.']
        return tuple(([r] if r else []) + rest)

    @property
    def name(self):
        if self._s == '.' or self._s == self.root:
            return ''
        return self._s.rsplit('/', 1)[-1]

    @property
    def suffix(self):
        n = self.name
        i = n.rfind('.')
        return n[i:] if 0 < i < len(n) - 1 else ''

    @property
    def suffixes(self):
        n = self.name
        if n.endswith('.'):
            return []
        n = n.lstrip('.')
        return ['.' + s for s in n.split('.')[1:]]

    @property
    def stem(self):
        n, s = self.name, self.suffix
        return n[:-len(s)] if s else n

    @property
    def parent(self):
        s, r = self._s, self.root
        if s == '.' or s == r:
            return self
        i = s.rfind('/')
        if i < 0:
            return self._new('.')
        return self._new(s[:i] if s[:i] and s[:i] != '/' * i else r)

    @property
    def parents(self):
        out, p = [], self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return _Parents(self, tuple(out))

    def is_absolute(self):
        return self._s.startswith('/')

    def is_reserved(self):
        return False

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other, walk_up=False):
        o = type(self)(*other)
        a, b = self.parts, o.parts
        if a[:len(b)] != b or (not b and a and a[0] == '/'):
            raise ValueError('%r is not in the subpath of %r' % (self._s, o._s) if False else
                             "'%s' is not in the subpath of '%s' OR one path is relative and the other is absolute." % (self._s, o._s))
        return self._new('/'.join(a[len(b):]) or '.')

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self.parent / name if self.parent._s != '.' or self._s.startswith('./') else self._new(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    def match(self, pattern):
        import fnmatch
        pp = [p for p in pattern.split('/') if p]
        parts = self.parts
        if pattern.startswith('/'):
            if len(pp) + 1 != len(parts):
                return False
            parts = parts[1:]
        elif len(pp) > len(parts):
            return False
        return all(fnmatch.fnmatchcase(a, b) for a, b in zip(parts[len(parts) - len(pp):], pp))


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        return self if self.is_absolute() else type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.abspath(self._s)
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory')
        return type(self)(p)

    def expanduser(self):
        return type(self)(os.path.expanduser(self._s))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self._s)

    lstat = stat

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self._s)

    def is_dir(self):
        return os.path.isdir(self._s)

    def is_file(self):
        return os.path.isfile(self._s)

    def is_symlink(self):
        return False

    def is_mount(self):
        return self._s == '/'

    def samefile(self, o):
        return os.path.samefile(self._s, os.fspath(o))

    def iterdir(self):
        for n in os.listdir(self._s):
            yield self / n if self._s != '.' else self._new(n)

    def glob(self, pattern):
        import glob
        if not pattern:
            raise ValueError("Unacceptable pattern: ''")
        base = self._s
        dirs_only = pattern.rstrip('/').rsplit('/', 1)[-1] == '**'
        found = []
        if dirs_only:
            # A trailing '**' names this directory and every one below it;
            # glob gives the ones below (and 'sub/' for 'sub/**')
            pattern = pattern.rstrip('/') + '/'
            if pattern == '**/' and os.path.isdir(base):
                found.append('')
        found += glob.glob(pattern, root_dir=base, recursive=True, include_hidden=True)
        for p in sorted(found):
            if p.endswith('/') or p == '':
                p = p.rstrip('/')
            if base == '.':
                yield self._new(p or '.')
            else:
                yield self / p if p else self

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._s, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not ' + type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists')
            return
        open(self._s, 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._s)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.remove(self._s)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._s)

    def rename(self, target):
        os.rename(self._s, os.fspath(target))
        return type(self)(target)

    replace = rename

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self._s, mode)

    def owner(self):
        raise NotImplementedError('Path.owner')

    group = owner

    def symlink_to(self, *a, **k):
        raise NotImplementedError('Path.symlink_to')

    hardlink_to = readlink = symlink_to


class PosixPath(Path, PurePosixPath):
    pass



class PureWindowsPath(PurePath):
    """Windows paths, as CPython takes them apart on any system: the methods
    are in _pathlib_windows, put on this class when the first one is made
    (a module __getattr__ would turn `from pathlib import nosuch` into an
    AttributeError)."""
    _flavour = _windows_flavour

    def __new__(cls, *args):
        import _pathlib_windows
        _pathlib_windows.install(PureWindowsPath)
        return PureWindowsPath.__new__(cls, *args)

    @classmethod
    def _from_parts(cls, args):
        return PureWindowsPath.__new__(cls, *args)


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args):
        raise NotImplementedError('cannot instantiate %r on your system' % cls.__name__)

"""The methods of pathlib.PureWindowsPath: Windows paths taken apart and put
together as CPython does on any system. A path is a drive ('C:', or
'\\\\server\\share' for UNC), a root ('\\' or none) and its names; '/' reads
as '\\', '.' names are dropped, '..' kept. Equality, hashing, ordering,
relative_to and match ignore case. pathlib puts them on its class when the
first Windows path is made (install())."""
import os
from pathlib import PurePath, _windows_flavour

_RESERVED = {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
_RESERVED |= {p + c for p in ('COM', 'LPT') for c in '123456789\xb9\xb2\xb3'}


def _split(s):
    # one string -> (drive, root, [names])
    s = s.replace('/', '\\')
    drv = root = ''
    if s[:2] == '\\\\' and s[2:3] != '\\':
        # \\server\share[\...]: the drive; such a path always has a root
        i = s.find('\\', 2)
        if i > 2:
            j = s.find('\\', i + 1)
            if j < 0:
                j = len(s)
            if j > i + 1:
                drv, s, root = s[:j], s[j:], '\\'
    elif s[1:2] == ':':
        drv, s = s[:2], s[2:]
    if s[:1] == '\\':
        root = '\\'
    return drv, root, [p for p in s.split('\\') if p and p != '.']


def _parse(args):
    drv, root, names = '', '', []
    for a in args:
        if isinstance(a, PurePath):
            # a POSIX path's text reads as the same parts ('\\'.join of its
            # parts made '/x/y' a UNC drive)
            a = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object where __fspath__ returns '
                                'a str, not %r' % type(a).__name__)
        d, r, n = _split(a)
        if d and (r or d.lower() != drv.lower()):
            drv, root, names = d, r, n     # another drive: start again
        elif r and not d:
            root, names = r, n             # from the root of this drive
        else:
            names = names + n
    return drv, root, names


class _Methods:
    def __new__(cls, *args):
        self = object.__new__(cls)
        self._drv, self._root, self._names = _parse(args)
        self._s = (self._drv + self._root + '\\'.join(self._names)) or '.'
        return self

    def _make(self, drv, root, names):
        p = object.__new__(type(self))
        p._drv, p._root, p._names = drv, root, list(names)
        p._s = (drv + root + '\\'.join(names)) or '.'
        return p

    def as_posix(self):
        return self._s.replace('\\', '/')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def _key(self):
        return [p.lower() for p in self.parts]

    def __hash__(self):
        return hash(self._s.lower())

    def __eq__(self, o):
        if not _windows(o):
            return NotImplemented
        return self._key() == o._key()

    def __lt__(self, o):
        if not _windows(o):
            return NotImplemented
        return self._key() < o._key()

    def __le__(self, o):
        if not _windows(o):
            return NotImplemented
        return self._key() <= o._key()

    def __gt__(self, o):
        if not _windows(o):
            return NotImplemented
        return self._key() > o._key()

    def __ge__(self, o):
        if not _windows(o):
            return NotImplemented
        return self._key() >= o._key()

    drive = property(lambda self: self._drv)
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._drv + self._root)

    @property
    def parts(self):
        a = self._drv + self._root
        return tuple(([a] if a else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._drv, self._root, self._names[:-1])

    def is_absolute(self):
        return bool(self._drv and self._root)

    def is_reserved(self):
        if not self._names or self._drv.startswith('\\\\'):
            return False
        base = self._names[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return base.upper() in _RESERVED

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        posix = self.as_posix()
        if len(self._drv) == 2 and self._drv[1] == ':':
            return 'file:///' + self._drv + quote(posix[2:])
        return 'file:' + quote(posix)

    def _anchored(self):
        # [drive, root] + names, the way relative_to lines paths up
        lead = [self._drv, self._root] if self._root else ([self._drv] if self._drv else [])
        return lead + self._names

    def relative_to(self, *other, walk_up=False):
        if not other:
            raise TypeError('need at least one argument')
        o = type(self)(*other)
        mine, theirs = self._anchored(), o._anchored()
        n = len(theirs)
        if (not n and (self._drv or self._root)) or \
                [p.lower() for p in mine[:n]] != [p.lower() for p in theirs]:
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the other is absolute.'
                             % (str(self), str(o)))
        return self._make('', self._root if n == 1 else '', mine[n:])

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        d, r, n = _split(name)
        if not name or name[-1] in '\\/' or d or r or len(n) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._drv, self._root, self._names[:-1] + [name])

    def with_suffix(self, suffix):
        if '\\' in suffix or '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        return PurePath.with_suffix(self, suffix)

    def match(self, pattern):
        import fnmatch
        d, r, pat = _split(pattern.lower())
        if not (d or r or pat):
            raise ValueError('empty pattern')
        if (d and d != self._drv.lower()) or (r and r != self._root):
            return False
        names = [p.lower() for p in self._names]
        if d or r:
            if len(pat) != len(names):
                return False
        elif len(pat) > len(names):
            return False
        return all(fnmatch.fnmatchcase(a, b) for a, b in zip(reversed(names), reversed(pat)))



def _windows(o):
    return isinstance(o, PurePath) and o._flavour is _windows_flavour


def install(cls):
    # the methods above onto pathlib.PureWindowsPath, once
    for k, v in _Methods.__dict__.items():
        if not k.startswith('__') or k in _SPECIAL:
            setattr(cls, k, v)


_SPECIAL = ('__new__', '__repr__', '__hash__', '__eq__', '__lt__', '__le__', '__gt__', '__ge__')

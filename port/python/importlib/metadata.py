"""importlib.metadata: version, metadata, distribution, distributions,
files, requires, entry_points (EntryPoints with select/names/groups, and
the SelectableGroups dict of 3.11 when called without arguments),
packages_distributions, Distribution/PathDistribution, EntryPoint (module,
attr, extras, load, matches), PackagePath, FileHash, PackageNotFoundError.

pywasm has no site-packages, so nothing is installed: version('x') raises
PackageNotFoundError('x') ("No package metadata was found for x") and
distributions() yields nothing, as CPython does for a missing package.
*.dist-info and *.egg-info directories found in the sys.path directories
are read (METADATA/PKG-INFO, entry_points.txt, RECORD, top_level.txt), so a
vendored distribution works. Not done: zip files on sys.path, egg-info's
requires.txt and SOURCES.txt, the DeprecationWarnings of 3.11's
SelectableGroups dict access and EntryPoint tuple unpacking, the
MetaPathFinder protocol of custom distribution finders."""
import os
import re
import sys
import pathlib

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    def __str__(self):
        return 'No package metadata was found for %s' % (self.name,)

    @property
    def name(self):
        return self.args[0]


# Fields that may appear more than once, listed under their json keys.
_MULTI = ('Classifier', 'Dynamic', 'Obsoletes-Dist', 'Platform', 'Project-URL', 'Provides-Dist',
          'Provides-Extra', 'Requires-Dist', 'Requires-External', 'Supported-Platform')


def _dedent(value):
    # Continuation lines of a folded Description lose their 8-space margin.
    lines = value.split('\n')
    return '\n'.join([lines[0]] + [l[8:] if l.startswith(' ' * 8) else l.lstrip() for l in lines[1:]])


class PackageMetadata:
    """The core metadata of a distribution: the headers of METADATA (names
    compared without case, None for one that is absent) and its body."""

    def __init__(self, text=''):
        self._items = []
        self._payload = None
        lines = text.split('\n')
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                break
            if line[:1] in ' \t' and self._items:
                k, v = self._items[-1]
                self._items[-1] = (k, v + '\n' + line)
            elif ':' in line:
                k, _, v = line.partition(':')
                self._items.append((k.strip(), v.strip()))
            i += 1
        else:
            i = len(lines)
        self._items = [(k, _dedent(v) if k.lower() == 'description' else v) for k, v in self._items]
        body = '\n'.join(lines[i:])
        if body:
            self._payload = body
            self._items.append(('Description', body))

    def __getitem__(self, key):
        return self.get(key)

    def get(self, key, failobj=None):
        low = key.lower()
        for k, v in self._items:
            if k.lower() == low:
                return v
        return failobj

    def get_all(self, key, failobj=None):
        low = key.lower()
        found = [v for k, v in self._items if k.lower() == low]
        return found or failobj

    def get_payload(self):
        return self._payload

    def __contains__(self, key):
        return self.get(key) is not None

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    @property
    def json(self):
        out = {}
        for k, v in self._items:
            key = k.lower().replace('-', '_')
            if key in out:
                continue
            if k in _MULTI:
                out[key] = self.get_all(k)
            elif key == 'keywords':
                out[key] = v.split()
            else:
                out[key] = v
        return out


_EP = re.compile(r'([\w.]+)\s*(:\s*([\w.]+)\s*)?(\[(.*)\]\s*)?$')


class EntryPoint:
    def __init__(self, name, value, group):
        self.name, self.value, self.group = name, value, group
        self.dist = None

    def _parts(self):
        m = _EP.match(self.value)
        if m is None:
            raise ValueError('invalid entry point value %r' % (self.value,))
        return m

    @property
    def module(self):
        return self._parts().group(1)

    @property
    def attr(self):
        return self._parts().group(3)

    @property
    def extras(self):
        return re.findall(r'\w+', self._parts().group(5) or '')

    def load(self):
        from importlib import import_module
        obj = import_module(self.module)
        for part in filter(None, (self.attr or '').split('.')):
            obj = getattr(obj, part)
        return obj

    def matches(self, **params):
        return all(getattr(self, k) == v for k, v in params.items())

    def _key(self):
        return (self.name, self.value, self.group)

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return 'EntryPoint(name=%r, value=%r, group=%r)' % self._key()


class EntryPoints(list):
    """3.11's EntryPoints: a list, indexed by an entry point's name too."""

    def __getitem__(self, name):
        if not isinstance(name, str):
            return list(self)[name]
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints([ep for ep in self if ep.matches(**params)])

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class SelectableGroups(dict):
    """What entry_points() returns without arguments in 3.11: group name to
    EntryPoints, plus select/names/groups over all of them."""

    @classmethod
    def load(cls, eps):
        groups = cls()
        for ep in sorted(eps, key=lambda ep: ep.group):
            groups.setdefault(ep.group, EntryPoints()).append(ep)
        return groups

    def _all(self):
        return EntryPoints([ep for group in self.values() for ep in group])

    @property
    def groups(self):
        return self._all().groups

    @property
    def names(self):
        return self._all().names

    def select(self, **params):
        return self._all().select(**params) if params else self


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return '<FileHash mode: %s value: %s>' % (self.mode, self.value)


class PackagePath(pathlib.PurePosixPath):
    """A file listed in RECORD, relative to the distribution's directory."""
    hash = None
    size = None
    dist = None

    def read_text(self, encoding='utf-8'):
        return self.locate().read_text(encoding)

    def read_binary(self):
        return self.locate().read_bytes()

    def locate(self):
        return self.dist.locate_file(self)


def _normalize(name):
    return re.sub(r'[-_.]+', '_', name).lower()


def _sections(text):
    # entry_points.txt: "[group]" then "name = value" lines.
    group = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in '#;':
            continue
        if line.startswith('[') and line.endswith(']'):
            group = line[1:-1].strip()
        elif group is not None and '=' in line:
            k, _, v = line.partition('=')
            yield group, k.strip(), v.strip()


class Distribution:
    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(_discover(kwargs.get('name'), kwargs.get('path', sys.path)))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    def read_text(self, filename):
        raise NotImplementedError('Distribution.read_text: use a PathDistribution')

    def locate_file(self, path):
        raise NotImplementedError('Distribution.locate_file: use a PathDistribution')

    @property
    def metadata(self):
        text = self.read_text('METADATA') or self.read_text('PKG-INFO') or self.read_text('') or ''
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name or '')

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        eps = EntryPoints()
        for group, name, value in _sections(self.read_text('entry_points.txt') or ''):
            ep = EntryPoint(name, value, group)
            ep.dist = self
            eps.append(ep)
        return eps

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            return None
        import csv
        out = []
        for row in csv.reader(text.splitlines()):
            if not row:
                continue
            p = PackagePath(row[0])
            p.hash = FileHash(row[1]) if len(row) > 1 and row[1] else None
            p.size = int(row[2]) if len(row) > 2 and row[2] else None
            p.dist = self
            out.append(p)
        return out

    @property
    def requires(self):
        return self.metadata.get_all('Requires-Dist')


class PathDistribution(Distribution):
    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (OSError, ValueError):
            return None

    def locate_file(self, path):
        return self._path.parent / path


class DistributionFinder:
    class Context:
        def __init__(self, **kwargs):
            self.name = kwargs.get('name')
            self.path = kwargs.get('path', sys.path)


def _discover(name, path):
    # Each sys.path directory's *.dist-info / *.egg-info, in directory order.
    want = _normalize(name) if name is not None else None
    for entry in path:
        base = entry or '.'
        try:
            children = sorted(os.listdir(base))
        except (OSError, TypeError):
            continue
        for child in children:
            low = child.lower()
            if not (low.endswith('.dist-info') or low.endswith('.egg-info')):
                continue
            if want is not None and _normalize(low.rpartition('.')[0].partition('-')[0]) != want:
                continue
            yield PathDistribution(pathlib.Path(base if entry else '', child))


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def _unique():
    seen = set()
    for dist in distributions():
        key = dist._normalized_name
        if key not in seen:
            seen.add(key)
            yield dist


def entry_points(**params):
    eps = EntryPoints([ep for dist in _unique() for ep in dist.entry_points])
    return eps.select(**params) if params else SelectableGroups.load(eps)


def packages_distributions():
    out = {}
    for dist in distributions():
        top = (dist.read_text('top_level.txt') or '').split()
        if not top:
            top = []
            for f in dist.files or ():
                if f.suffix == '.py':
                    name = f.parts[0] if len(f.parts) > 1 else f.stem
                    if name not in top:
                        top.append(name)
        for pkg in top:
            out.setdefault(pkg, []).append(dist.metadata['Name'])
    return out

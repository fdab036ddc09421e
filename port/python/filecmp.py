"""filecmp: cmp, cmpfiles, clear_cache, DEFAULT_IGNORES and dircmp (with its
lazily computed lists, subdirs and the three report methods printing as
CPython 3.11 does), for checking whether a build output or a checkout
matches a reference tree.

A shallow cmp() trusts equal (file type, size, mtime) signatures; pywasm's
os.stat gives whole-second mtimes, so two regular files of the same size
written within the same second with different contents count as equal under
shallow=True (pass shallow=False to compare bytes). Not covered: dircmp[...]
as a generic alias, os.path.normcase folding (POSIX names compare exactly,
as on Linux)."""
import os
import stat

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, sig1, sig2) -> outcome of a byte comparison, so a file that has not
# changed since is not read again
_cache = {}


def clear_cache():
    _cache.clear()


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            x = a.read(BUFSIZE)
            y = b.read(BUFSIZE)
            if x != y:
                return False
            if not x:
                return True


def cmpfiles(a, b, common, shallow=True):
    """Split names into (match, mismatch, errors) lists."""
    res = ([], [], [])
    for name in common:
        res[_outcome(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return res


def _outcome(x, y, shallow):
    # 0 same, 1 different, 2 could not be compared
    try:
        return 0 if cmp(x, y, shallow) else 1
    except (OSError, ValueError):
        return 2


def _keep(names, skip):
    return [n for n in names if n not in skip]


class dircmp:
    """Compare directories a and b; the lists are computed on first use."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_keep(os.listdir(self.left), skip))
        self.right_list = sorted(_keep(os.listdir(self.right), skip))

    def phase1(self):
        # names are case-sensitive on POSIX (normcase is the identity there);
        # lists keep the sorted order CPython's dicts would
        a = set(self.left_list)
        b = set(self.right_list)
        self.common = [n for n in self.left_list if n in b]
        self.left_only = [n for n in self.left_list if n not in b]
        self.right_only = [n for n in self.right_list if n not in a]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for x in self.common:
            kind = self._kind(x)
            if kind == stat.S_IFDIR:
                self.common_dirs.append(x)
            elif kind == stat.S_IFREG:
                self.common_files.append(x)
            else:
                self.common_funny.append(x)

    def _kind(self, name):
        # the shared file type of both sides, or None when they differ or
        # one cannot be stat'ed
        try:
            ta = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
            tb = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
        except (OSError, ValueError):
            return None
        return ta if ta == tb else None

    def phase3(self):
        same, diff, funny = cmpfiles(self.left, self.right, self.common_files)
        self.same_files = same
        self.diff_files = diff
        self.funny_files = funny

    def phase4(self):
        self.subdirs = {}
        for x in self.common_dirs:
            self.subdirs[x] = self.__class__(os.path.join(self.left, x),
                                             os.path.join(self.right, x),
                                             self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    _PHASE = {'subdirs': 'phase4', 'same_files': 'phase3', 'diff_files': 'phase3',
              'funny_files': 'phase3', 'common_dirs': 'phase2', 'common_files': 'phase2',
              'common_funny': 'phase2', 'common': 'phase1', 'left_only': 'phase1',
              'right_only': 'phase1', 'left_list': 'phase0', 'right_list': 'phase0'}

    def __getattr__(self, attr):
        phase = dircmp._PHASE.get(attr)
        if phase is None:
            raise AttributeError(attr)
        getattr(self, phase)()
        return getattr(self, attr)

    def report(self):
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        for label, name in (('Identical files :', 'same_files'),
                            ('Differing files :', 'diff_files'),
                            ('Trouble with common files :', 'funny_files'),
                            ('Common subdirectories :', 'common_dirs'),
                            ('Common funny cases :', 'common_funny')):
            items = getattr(self, name)
            if items:
                items.sort()
                print(label, items)

    def report_partial_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

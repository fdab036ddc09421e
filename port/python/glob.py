"""glob: pathname expansion with *, ?, [..] and recursive **; hidden files
match only patterns starting with a dot, as in CPython. Results are sorted
per directory level (CPython returns os.listdir order, which is unspecified).
The walk follows CPython's shape: every component before the last must be a
directory (so 'a/*/' and '**/' yield directories only), and a literal last
component is checked with lexists (a dangling symlink still matches)."""
import os
import fnmatch as _fn


def has_magic(s):
    return any(c in s for c in '*?[')


def escape(p):
    return ''.join('[' + c + ']' if c in '*?[' else c for c in p)


def _join(a, b):
    # os.path.join('', b) is b, but we keep the guard explicit: the empty
    # directory means "relative to the working directory (or root_dir)".
    return os.path.join(a, b) if a else b


def _ls(d, dironly):
    try:
        names = os.listdir(d or '.')
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(d or '.', n))]
    return sorted(names)


def _glob1(root, d, pat, dironly, hidden):
    names = _ls(_join(root, d) if root is not None else d, dironly)
    if not (hidden or pat.startswith('.')):
        names = [n for n in names if not n.startswith('.')]
    return [n for n in names if _fn.fnmatchcase(n, pat)]


def _glob0(root, d, name, dironly, hidden):
    full = _join(root, d) if root is not None else d
    if name:
        if os.path.lexists(os.path.join(full, name)):
            return [name]
    elif os.path.isdir(full):
        # 'x/' (empty last component) matches only a directory.
        return [name]
    return []


def _rlist(full, dironly, hidden):
    for n in _ls(full, dironly):
        if hidden or not n.startswith('.'):
            yield n
            for s in _rlist(os.path.join(full or '.', n) if full else n, dironly, hidden):
                yield os.path.join(n, s)


def _glob2(root, d, pat, dironly, hidden):
    # '**' matches the directory itself (the empty string) and everything
    # below it; glob() drops the leading empty result for a bare '**'.
    yield ''
    full = _join(root, d) if root is not None else d
    yield from _rlist(full, dironly, hidden)


def _iglob(pathname, root, recursive, dironly, hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_join(root, pathname) if root is not None else pathname):
                yield pathname
        elif os.path.isdir(_join(root, head) if root is not None else head):
            yield pathname
        return
    if not head:
        if recursive and tail == '**':
            yield from _glob2(root, head, tail, dironly, hidden)
        else:
            yield from _glob1(root, head, tail, dironly, hidden)
        return
    if head != pathname and has_magic(head):
        dirs = _iglob(head, root, recursive, True, hidden)
    else:
        dirs = [head]
    if has_magic(tail):
        fn = _glob2 if recursive and tail == '**' else _glob1
    else:
        fn = _glob0
    for d in dirs:
        for n in fn(root, d, tail, dironly, hidden):
            yield os.path.join(d, n)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if not pathname:
        return
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    pathname = os.fspath(pathname)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if recursive and pathname[:2] in ('**', b'**'):
        # CPython drops the empty first result of a pattern starting with
        # '**' ('**', '**/', '**/*.py'): the start directory itself
        first = next(it, None)
        if first:
            yield first
    for p in it:
        if p or root_dir is not None:
            yield p


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))

"""glob: pathname expansion with *, ?, [..] and recursive **; hidden files
match only patterns starting with a dot, as in CPython. Results are sorted
per directory level (CPython returns os.listdir order, which is unspecified)."""
import os
import fnmatch as _fn


def has_magic(s):
    return any(c in s for c in '*?[')


def escape(p):
    return ''.join('[' + c + ']' if c in '*?[' else c for c in p)


def _ls(d, hidden):
    try:
        names = os.listdir(d or '.')
    except OSError:
        return []
    return sorted(n for n in names if hidden or not n.startswith('.'))


def _rec(d, hidden):
    yield ''
    for n in _ls(d, hidden):
        p = os.path.join(d, n)
        if os.path.isdir(p):
            for s in _rec(p, hidden):
                yield os.path.join(n, s) if s else n
        else:
            yield n


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        for p in iglob(os.path.join(root_dir, pathname), recursive=recursive, include_hidden=include_hidden):
            yield os.path.relpath(p, root_dir) if not os.path.isabs(pathname) else p
        return
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if (os.path.isdir(head) if not tail else os.path.exists(pathname)):
            yield pathname
        return
    dirs = list(iglob(head, recursive=recursive, include_hidden=include_hidden)) if head and has_magic(head) else [head]
    for d in dirs:
        if not tail:
            yield d + '/' if not d.endswith('/') else d
            continue
        if recursive and tail == '**':
            for s in _rec(d, include_hidden):
                yield os.path.join(d, s) if s else (os.path.join(d, '') if d else s)
            continue
        if not has_magic(tail):
            p = os.path.join(d, tail)
            if os.path.exists(p):
                yield p
            continue
        hid = include_hidden or tail.startswith('.')
        for n in _ls(d, hid):
            if _fn.fnmatchcase(n, tail.replace('**', '*')):
                yield os.path.join(d, n)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return [p for p in iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden) if p]

"""os.path: POSIX path operations (posixpath), computed lexically as CPython
does; islink is always False (WASI mounts expose no symlinks to scripts)."""
import os


def _s(p):
    return os.fspath(p)


def _text(p):
    # bytes paths are worked on as their decoded text and the answer
    # encoded back (os.fsdecode/fsencode, as expanduser does): the
    # separators are ASCII either way
    return os.fsdecode(p)


def isabs(p):
    p = _s(p)
    return p.startswith(_sep(p))


def join(a, *ps):
    a = _s(a)
    sep = _sep(a)
    try:
        for p in ps:
            p = _s(p)
            if p.startswith(sep):
                a = p
            elif not a or a.endswith(sep):
                a += p
            else:
                a += sep + p
    except TypeError:
        _check_arg_types('join', a, *ps)
        raise
    return a


def _check_arg_types(func, *args):
    # CPython's words for a part that is not a path, or a mix of str and bytes
    kinds = set()
    for p in args:
        p = p.__fspath__() if hasattr(p, '__fspath__') else p
        if not isinstance(p, (str, bytes)):
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (func, type(p).__name__)) from None
        kinds.add(type(p))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def split(p):
    p = _s(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    # the head without its trailing slashes, unless it is only slashes
    return p[:i].rstrip(sep) or p[:i], p[i:]


def basename(p):
    p = _s(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _s(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    return head.rstrip(sep) or head


def splitext(p):
    p = _s(p)
    # bytes paths split on b'.' and b'/' (python-multipart splits a bytes
    # file name); indexing bytes gives ints, so compare slices
    dot, sep = (b'.', b'/') if isinstance(p, bytes) else ('.', '/')
    i = p.rfind(dot)
    if i <= p.rfind(sep):
        return p, p[:0]
    j = p.rfind(sep) + 1
    while j < i and p[j:j + 1] == dot:
        j += 1
    if j == i:
        return p, p[:0]
    return p[:i], p[i:]


def normcase(p):
    # POSIX: names compare as they are
    return _s(p)


def splitdrive(p):
    return _s(p)[:0], _s(p)


def normpath(p):
    p = _s(p)
    if isinstance(p, bytes):
        return os.fsencode(normpath(_text(p)))
    if not p:
        return '.'
    init = 2 if p.startswith('//') and not p.startswith('///') else (1 if p.startswith('/') else 0)
    out = []
    for c in p.split('/'):
        if c in ('', '.'):
            continue
        if c != '..' or (not init and not out) or (out and out[-1] == '..'):
            out.append(c)
        elif out:
            out.pop()
    p = '/' * init + '/'.join(out)
    return p or '.'


def abspath(p):
    p = _s(p)
    if isinstance(p, bytes):
        return os.fsencode(abspath(_text(p)))
    if not isabs(p):
        p = join(os.getcwd(), p)
    return normpath(p)


def realpath(p, *, strict=False):
    return abspath(p)


def relpath(p, start=None):
    p = _s(p)
    if not p:
        raise ValueError('no path specified')
    start = (os.curdir if isinstance(p, str) else os.curdir.encode()) if start is None else _s(start)
    if isinstance(p, bytes) or isinstance(start, bytes):
        _check_arg_types('relpath', p, start)
        return os.fsencode(relpath(_text(p), _text(start)))
    a = [x for x in abspath(start).split('/') if x]
    b = [x for x in abspath(p).split('/') if x]
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    r = ['..'] * (len(a) - n) + b[n:]
    return join(*r) if r else '.'


def commonprefix(m):
    if not m:
        return ''
    a, b = min(m), max(m)
    for i, c in enumerate(a):
        if c != b[i]:
            return a[:i]
    return a


def commonpath(ps):
    if not ps:
        raise ValueError('commonpath() arg is an empty sequence')
    ps = [_s(p) for p in ps]
    if isinstance(ps[0], bytes):
        _check_arg_types('commonpath', *ps)
        return os.fsencode(commonpath([_text(p) for p in ps]))
    _check_arg_types('commonpath', *ps)
    ab = {p.startswith('/') for p in ps}
    if len(ab) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split('/') if c and c != '.'] for p in ps]
    return ('/' if ab.pop() else '') + '/'.join(min(parts)[:_common_length(parts)])


def _common_length(parts):
    # how many leading names all the lists of names share: those the least
    # and the greatest share (ntpath's commonpath too)
    lo, hi = min(parts), max(parts)
    n = 0
    for x, y in zip(lo, hi):
        if x != y:
            break
        n += 1
    return n


def exists(p):
    try:
        os.stat(p)
        return True
    except (OSError, ValueError):
        return False


lexists = exists


def _mode(p):
    try:
        return os.stat(p)[0]
    except (OSError, ValueError):
        return 0


def isdir(p):
    return _mode(p) & 0o170000 == 0o040000


def isfile(p):
    return _mode(p) & 0o170000 == 0o100000


def islink(p):
    return False


def ismount(p):
    return abspath(p) == '/'


def getsize(p):
    return os.stat(p)[6]


def getmtime(p):
    return os.stat(p).st_mtime


def getatime(p):
    return os.stat(p).st_atime


def getctime(p):
    return os.stat(p).st_ctime


def samefile(a, b):
    return abspath(a) == abspath(b)


def expanduser(p):
    p = _s(p)
    if isinstance(p, bytes):
        return os.fsencode(expanduser(os.fsdecode(p)))
    if not p.startswith('~'):
        return p
    i = p.find('/')
    if i < 0:
        i = len(p)
    if i > 1:
        return p  # ~user: no user database in the sandbox
    # CPython drops the home's trailing '/' ('/' alone becomes '', so
    # '~/x' is '/x') and gives '/' for what is left empty
    return (os.environ.get('HOME', '/').rstrip('/') + p[i:]) or '/'


def expandvars(p):
    p = _s(p)
    if isinstance(p, bytes):
        return os.fsencode(expandvars(_text(p)))
    if '$' not in p:
        return p
    out, i, n = '', 0, len(p)
    while i < n:
        c = p[i]
        if c == '$' and i + 1 < n:
            if p[i + 1] == '{':
                j = p.find('}', i + 2)
                if j > 0:
                    k = p[i + 2:j]
                    out += os.environ[k] if k in os.environ else p[i:j + 1]
                    i = j + 1
                    continue
            j = i + 1
            while j < n and (p[j].isalpha() or p[j].isdigit() or p[j] == '_'):
                j += 1
            if j > i + 1:
                k = p[i + 1:j]
                out += os.environ[k] if k in os.environ else p[i:j]
                i = j
                continue
        out += c
        i += 1
    return out


sep = '/'
curdir, pardir, extsep, altsep, pathsep, defpath, devnull = '.', '..', '.', None, ':', '/bin:/usr/bin', '/dev/null'
supports_unicode_filenames = False

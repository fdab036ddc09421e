"""ntpath: Windows path operations, as CPython 3.11's ntpath computes them on
any system (a workflow script meets Windows paths in event payloads and in
the output of Windows jobs). A path is a drive ('C:', or '\\\\server\\share'
for UNC) and the rest; '/' is read as '\\'. bytes paths work as str ones,
through the filesystem encoding. The queries of the filesystem (exists,
isfile, getsize...) are os.path's: they ask the sandbox, as CPython's ask
the host."""
import os
from os.path import (exists, lexists, isdir, isfile, islink, ismount, getsize,
                     getmtime, getatime, getctime, samefile, commonprefix, _check_arg_types,
                     _common_length)

sep, altsep, extsep, pathsep = '\\', '/', '.', ';'
curdir, pardir, defpath, devnull = '.', '..', '.;C:\\bin', 'nul'
supports_unicode_filenames = True
_SEPS = '\\/'


def _text(func, *paths):
    # the paths as str, and whether they came as bytes (then all must)
    paths = [os.fspath(p) for p in paths]
    kinds = {type(p) for p in paths}
    if len(kinds) > 1:
        _check_arg_types(func, *paths)
    if bytes in kinds:
        return [os.fsdecode(p) for p in paths], True
    return paths, False


def _out(value, as_bytes):
    if not as_bytes:
        return value
    if isinstance(value, tuple):
        return tuple(os.fsencode(v) for v in value)
    return os.fsencode(value)


def normcase(s):
    (s,), b = _text('normcase', s)
    return _out(s.replace('/', '\\').lower(), b)


def isabs(s):
    (s,), b = _text('isabs', s)
    # a root, or a drive and a root ('/x' counts, as in CPython 3.11)
    s = s[:3].replace('/', '\\')
    return s.startswith('\\') or s[1:3] == ':\\'


def _splitdrive(p):
    if len(p) < 2:
        return '', p
    q = p.replace('/', '\\')
    if q[:2] == '\\\\':
        # \\server\share, \\?\UNC\server\share, or a device (\\.\name,
        # \\?\name): the drive ends before the separator after the second
        # part, or is the whole path when there is none
        first = q.find('\\', 8 if q[:8].upper() == '\\\\?\\UNC\\' else 2)
        second = q.find('\\', first + 1) if first >= 0 else -1
        if second < 0:
            return p, ''
        return p[:second], p[second:]
    if q[1:2] == ':':
        return p[:2], p[2:]
    return '', p


def splitdrive(p):
    (p,), b = _text('splitdrive', p)
    return _out(_splitdrive(p), b)


def _join(path, paths):
    drive, rest = _splitdrive(path)
    for p in paths:
        p_drive, p_rest = _splitdrive(p)
        if p_rest[:1] and p_rest[0] in _SEPS:
            # an absolute part starts again, keeping the drive if it names none
            if p_drive or not drive:
                drive = p_drive
            rest = p_rest
            continue
        if p_drive and p_drive != drive:
            if p_drive.lower() != drive.lower():
                # another drive: what came before is dropped
                drive, rest = p_drive, p_rest
                continue
            drive = p_drive
        if rest and rest[-1] not in _SEPS:
            rest += '\\'
        rest += p_rest
    if rest and rest[0] not in _SEPS and drive and drive[-1] != ':':
        return drive + '\\' + rest
    return drive + rest


def join(path, *paths):
    try:
        parts, b = _text('join', path, *paths)
    except TypeError:
        _check_arg_types('join', path, *paths)
        raise
    return _out(_join(parts[0], parts[1:]), b)


def _split(p):
    drive, p = _splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in _SEPS:
        i -= 1
    head, tail = p[:i], p[i:]
    return drive + (head.rstrip(_SEPS) or head), tail


def split(p):
    (p,), b = _text('split', p)
    return _out(_split(p), b)


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    (p,), b = _text('splitext', p)
    last_sep = max(p.rfind('\\'), p.rfind('/'))
    dot = p.rfind('.')
    if dot > last_sep and p[last_sep + 1:dot].strip('.'):
        # a dot after the name's first character that is not a dot
        return _out((p[:dot], p[dot:]), b)
    return _out((p, ''), b)


def _normpath(path):
    path = path.replace('/', '\\')
    prefix, path = _splitdrive(path)
    if path.startswith('\\'):
        prefix += '\\'
        path = path.lstrip('\\')
    names = []
    for name in path.split('\\'):
        if not name or name == '.':
            continue
        if name == '..':
            if names and names[-1] != '..':
                names.pop()
                continue
            if not names and prefix.endswith('\\'):
                continue  # no parent above a root
        names.append(name)
    if not prefix and not names:
        return '.'
    return prefix + '\\'.join(names)


def normpath(path):
    (path,), b = _text('normpath', path)
    return _out(_normpath(path), b)


def _abspath(path):
    if not isabs(path):
        path = _join(os.getcwd(), [path])
    return _normpath(path)


def abspath(path):
    (path,), b = _text('abspath', path)
    return _out(_abspath(path), b)


def realpath(path, *, strict=False):
    # no links to follow: as abspath
    return abspath(path)


def relpath(path, start=None):
    try:
        if start is None:
            (path,), b = _text('relpath', path)
            start = '.'
        else:
            (path, start), b = _text('relpath', path, start)
        if not path:
            raise ValueError('no path specified')
        start_drive, start_rest = _splitdrive(_abspath(_normpath(start)))
        path_drive, path_rest = _splitdrive(_abspath(_normpath(path)))
        if start_drive.lower() != path_drive.lower():
            if b:
                path_drive, start_drive = os.fsencode(path_drive), os.fsencode(start_drive)
            raise ValueError('path is on mount %r, start on mount %r' % (path_drive, start_drive))
        start_names = [x for x in start_rest.split('\\') if x]
        path_names = [x for x in path_rest.split('\\') if x]
        shared = 0
        for x, y in zip(start_names, path_names):
            if x.lower() != y.lower():
                break
            shared += 1
        rel = ['..'] * (len(start_names) - shared) + path_names[shared:]
        return _out(_join(rel[0], rel[1:]) if rel else '.', b)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    paths = tuple(paths)
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    try:
        paths, b = _text('commonpath', *paths)
    except TypeError:
        _check_arg_types('commonpath', *paths)
        raise
    splits = [_splitdrive(p.replace('/', '\\').lower()) for p in paths]
    if len({rest[:1] == '\\' for _, rest in splits}) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    if len({drive for drive, _ in splits}) > 1:
        raise ValueError("Paths don't have the same drive")
    drive, first = _splitdrive(paths[0].replace('/', '\\'))
    names = [[n for n in rest.split('\\') if n and n != '.'] for _, rest in splits]
    common = [n for n in first.split('\\') if n and n != '.']
    shared = _common_length(names)
    prefix = drive + '\\' if splits[0][1][:1] == '\\' else drive
    return _out(prefix + '\\'.join(common[:shared]), b)


def expanduser(path):
    (path,), b = _text('expanduser', path)
    if not path.startswith('~'):
        return _out(path, b)
    i = 1
    while i < len(path) and path[i] not in _SEPS:
        i += 1
    env = os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = _join(env.get('HOMEDRIVE', ''), [env['HOMEPATH']])
    else:
        return _out(path, b)
    if i != 1:
        # ~user: a sibling of the current user's home, if that is named for them
        user = path[1:i]
        if user != env.get('USERNAME'):
            if env.get('USERNAME') != _split(home)[1]:
                return _out(path, b)
            home = _join(_split(home)[0], [user])
    return _out(home + path[i:], b)


_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'


def _delimited(path, i, opening, closing, env):
    # %name% or ${name} at i: (its value, or the text as it stands when the
    # variable is unset; where the path goes on), or None if never closed
    end = path.find(closing, i + len(opening))
    if end < 0:
        return None
    name = path[i + len(opening):end]
    return (env[name] if name in env else opening + name + closing), end + 1


def expandvars(path):
    # %name%, ${name} and $name; '...' is copied as it is; %% and $$ are one
    (path,), b = _text('expandvars', path)
    if '$' not in path and '%' not in path:
        return _out(path, b)
    env = os.environ
    out = []
    i, n = 0, len(path)
    while i < n:
        c, pair = path[i], path[i:i + 2]
        if pair in ('%%', '$$'):
            out.append(c)
            i += 2
            continue
        if c == "'":
            end = path.find("'", i + 1)
            got = None if end < 0 else (path[i:end + 1], end + 1)
        elif c == '%':
            got = _delimited(path, i, '%', '%', env)
        elif pair == '${':
            got = _delimited(path, i, '${', '}', env)
        elif c == '$':
            j = i + 1
            while j < n and path[j] in _NAME_CHARS:
                j += 1
            name = path[i + 1:j]
            got = (env[name] if name in env else '$' + name), j
        else:
            got = c, i + 1
        if got is None:
            out.append(path[i:])  # never closed: the rest as it stands
            break
        text, i = got
        out.append(text)
    return _out(''.join(out), b)

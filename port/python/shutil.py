"""shutil: copying, moving and removing files and trees (copyfile, copy,
copy2, copyfileobj, copystat, copytree, rmtree, move, which, disk_usage
stub), and archives (make_archive, unpack_archive: _shutil_archive). copy and
copymode carry the permission bits over; copy2, copystat and copytree the bits
and the access and modification times, as CPython's do."""
import os

Error = OSError


class SameFileError(OSError):
    pass


def copyfileobj(src, dst, length=65536):
    while True:
        b = src.read(length)
        if not b:
            break
        dst.write(b)


def copyfile(src, dst, *, follow_symlinks=True):
    # Only an existing file can be the same file (a missing source must
    # raise FileNotFoundError from open below, as CPython's does).
    if os.path.exists(src) and os.path.abspath(os.fspath(src)) == os.path.abspath(os.fspath(dst)):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as f, open(dst, 'wb') as g:
        copyfileobj(f, g)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def _target(src, dst):
    # a directory receives the file under its own name
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    # copystat carries the bits copymode would, and the times
    dst = _target(src, dst)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*pats):
    import fnmatch

    def f(d, names):
        return set(n for n in names if any(fnmatch.fnmatchcase(n, p) for p in pats))
    return f


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = os.listdir(src)
    ign = ignore(os.fspath(src), names) if ignore else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for n in names:
        if n in ign:
            continue
        s, d = os.path.join(src, n), os.path.join(dst, n)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(s, d)
    copystat(src, dst)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None):
    # Each failure goes to onerror(function, path, exc_info) as CPython's
    # (fd-based, Linux) rmtree reports it: os.lstat for a missing top,
    # os.scandir for a directory that cannot be listed, os.unlink for a file,
    # os.rmdir for a directory; the walk goes on after a reported failure.
    # The sandbox shows no symbolic links, so there is no link check.
    import sys

    def report(func, p):
        if ignore_errors:
            return
        info = sys.exc_info()
        if onexc is not None:
            onexc(func, p, info[1])
        elif onerror is not None:
            onerror(func, p, info)
        else:
            # Not a bare raise: MicroPython has no exception to re-raise in
            # a function called from an except block.
            raise info[1]

    try:
        os.lstat(path)
    except Exception:
        report(os.lstat, path)
        return
    _rmtree(os.fspath(path), report)


def _rmtree(path, report):
    try:
        entries = list(os.scandir(path))
    except OSError as e:
        e.filename = path
        report(os.scandir, path)
        entries = ()
    for e in entries:
        try:
            isdir = e.is_dir()
        except OSError:
            isdir = False
        if isdir:
            _rmtree(e.path, report)
        else:
            try:
                os.unlink(e.path)
            except OSError:
                report(os.unlink, e.path)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path)


def move(src, dst, copy_function=copy2):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(dst):
            raise Error("Destination path '%s' already exists" % dst)
    try:
        os.rename(src, dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, dst)
            os.remove(src)
    return dst


def which(cmd, mode=1, path=None):
    # With processes allowed (--allow-run, allowRun, always in the action)
    # the host looks on PATH, where the programs subprocess runs are; without
    # them only the sandbox's own files can be looked at.
    if '/' in cmd:
        return cmd if os.path.isfile(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    if not path:
        return None  # an empty search path finds nothing, as in CPython
    import _pywasm_process
    try:
        return _pywasm_process.which(cmd, path)
    except PermissionError:
        pass
    for d in path.split(':'):
        p = os.path.join(d or '.', cmd)
        if os.path.isfile(p):
            return p
    return None


def get_terminal_size(fallback=(80, 24)):
    # CPython's: COLUMNS and LINES first, then the terminal on stdout, and
    # the fallback when stdout is not one (a CI log, a pipe)
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        import sys
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def disk_usage(path):
    raise NotImplementedError('shutil.disk_usage: WASI has no statvfs')


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None,
                 group=None, logger=None):
    import _shutil_archive
    return _shutil_archive.make_archive(base_name, format, root_dir, base_dir, verbose, dry_run, owner,
                                        group, logger)


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    import _shutil_archive
    return _shutil_archive.unpack_archive(filename, extract_dir, format, filter=filter)


_ARCHIVE_NAMES = ('ReadError', 'RegistryError', 'get_archive_formats', 'register_archive_format',
                  'unregister_archive_format', 'get_unpack_formats', 'register_unpack_format',
                  'unregister_unpack_format')


def __getattr__(name):
    # The archive registries and their errors live in _shutil_archive,
    # imported when first named (as make_archive imports it).
    if name in _ARCHIVE_NAMES:
        import _shutil_archive
        return getattr(_shutil_archive, name)
    raise AttributeError("module 'shutil' has no attribute '%s'" % name)

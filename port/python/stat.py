"""stat: file-mode constants and the S_IS* tests."""
S_IFMT_ = 0o170000
S_IFDIR, S_IFCHR, S_IFBLK, S_IFREG, S_IFIFO, S_IFLNK, S_IFSOCK = 0o040000, 0o020000, 0o060000, 0o100000, 0o010000, 0o120000, 0o140000
S_ISUID, S_ISGID, S_ISVTX = 0o4000, 0o2000, 0o1000
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o70, 0o40, 0o20, 0o10
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o7, 0o4, 0o2, 0o1
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)


def S_IFMT(m):
    return m & 0o170000


def S_IMODE(m):
    return m & 0o7777


def S_ISDIR(m):
    return m & 0o170000 == S_IFDIR


def S_ISREG(m):
    return m & 0o170000 == S_IFREG


def S_ISLNK(m):
    return m & 0o170000 == S_IFLNK


def S_ISCHR(m):
    return m & 0o170000 == S_IFCHR


def S_ISBLK(m):
    return m & 0o170000 == S_IFBLK


def S_ISFIFO(m):
    return m & 0o170000 == S_IFIFO


def S_ISSOCK(m):
    return m & 0o170000 == S_IFSOCK


def filemode(m):
    # as CPython's _stat.filemode: '?' for no known file type, and the
    # setuid, setgid and sticky bits as s/S and t/T
    t = {S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFCHR: 'c', S_IFBLK: 'b', S_IFIFO: 'p',
         S_IFSOCK: 's'}.get(m & 0o170000, '?')
    out = [t]
    for shift, special, on, off in ((6, 0o4000, 's', 'S'), (3, 0o2000, 's', 'S'), (0, 0o1000, 't', 'T')):
        bits = m >> shift
        out.append('r' if bits & 4 else '-')
        out.append('w' if bits & 2 else '-')
        if m & special:
            out.append(on if bits & 1 else off)
        else:
            out.append('x' if bits & 1 else '-')
    return ''.join(out)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'S_IFMT S_IMODE S_ISBLK S_ISCHR S_ISDIR S_ISFIFO S_ISLNK S_ISREG S_ISSOCK '
    'filemode'))
del as_builtins

# errno names every error WASI can report, with Linux's numbers, and
# errorcode maps them back (the first name of a number, as CPython's).
import errno
import os
import tempfile

names = """EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN EWOULDBLOCK
ENOMEM EACCES EFAULT ENOTBLK EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE
ENOTTY ETXTBSY EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLOCK EDEADLK
ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP ENOMSG EIDRM ENODATA ETIME ENOLINK EPROTO
EMULTIHOP EBADMSG EOVERFLOW EILSEQ ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT
EPROTONOSUPPORT ENOTSUP EOPNOTSUPP EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN
ENETUNREACH ENETRESET ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ESHUTDOWN ETIMEDOUT
ECONNREFUSED EHOSTDOWN EHOSTUNREACH EALREADY EINPROGRESS ESTALE EDQUOT ECANCELED
EOWNERDEAD ENOTRECOVERABLE""".split()
print(len(names), [(n, getattr(errno, n), errno.errorcode[getattr(errno, n)]) for n in names])

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "full"))
    open(os.path.join(d, "full", "f"), "w").close()
    for fn, args in ((os.rmdir, ("full",)), (os.listdir, ("full/f",)), (os.stat, ("none",))):
        try:
            fn(*(os.path.join(d, a) for a in args))
        except OSError as e:
            print(fn.__name__, type(e).__name__, errno.errorcode[e.errno], e.strerror)

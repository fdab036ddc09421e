'use strict';
// WASI preview1 numbers used by our implementation (from the preview1 spec).

const errno = {
  SUCCESS: 0, TOOBIG: 1, ACCES: 2, AGAIN: 6, BADF: 8, BUSY: 10, EXIST: 20, FAULT: 21, FBIG: 22,
  INTR: 27, INVAL: 28, IO: 29, ISDIR: 31, LOOP: 32, MFILE: 33, NAMETOOLONG: 37, NOENT: 44,
  NOMEM: 48, NOSPC: 51, NOSYS: 52, NOTDIR: 54, NOTEMPTY: 55, NOTSUP: 58, PERM: 63, PIPE: 64,
  ROFS: 69, SPIPE: 70, XDEV: 75, NOTCAPABLE: 76,
};

// Node's error codes for file-system calls, as WASI errnos.
const fromNodeCode = {
  ENOENT: errno.NOENT, EEXIST: errno.EXIST, EISDIR: errno.ISDIR, ENOTDIR: errno.NOTDIR,
  EACCES: errno.ACCES, EPERM: errno.PERM, ENOTEMPTY: errno.NOTEMPTY, EBADF: errno.BADF,
  EINVAL: errno.INVAL, ELOOP: errno.LOOP, ENAMETOOLONG: errno.NAMETOOLONG, ENOSPC: errno.NOSPC,
  EXDEV: errno.XDEV, EROFS: errno.ROFS, EPIPE: errno.PIPE, EAGAIN: errno.AGAIN, EMFILE: errno.MFILE,
  EBUSY: errno.BUSY, EIO: errno.IO, ESPIPE: errno.SPIPE, EFBIG: errno.FBIG,
};

const filetype = { UNKNOWN: 0, CHARACTER_DEVICE: 2, DIRECTORY: 3, REGULAR_FILE: 4, SYMBOLIC_LINK: 7 };

const rights = { FD_READ: 1n << 1n, FD_SEEK: 1n << 2n, FD_TELL: 1n << 5n, FD_WRITE: 1n << 6n };
const ALL_RIGHTS = (1n << 30n) - 1n;

const oflags = { CREAT: 1, DIRECTORY: 2, EXCL: 4, TRUNC: 8 };
const fdflags = { APPEND: 1 };
const lookupflags = { SYMLINK_FOLLOW: 1 };
// which times path_filestat_set_times sets: the one given, or now
const fstflags = { ATIM: 1, ATIM_NOW: 2, MTIM: 4, MTIM_NOW: 8 };
const whence = { SET: 0, CUR: 1, END: 2 };
const clock = { REALTIME: 0, MONOTONIC: 1 };

module.exports = { errno, fromNodeCode, filetype, rights, ALL_RIGHTS, oflags, fdflags, lookupflags, fstflags, whence, clock };

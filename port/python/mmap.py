"""mmap: the names of CPython's module, without memory mapping.

WASI has no way to map a file into memory, but libraries import mmap at
the top for type hints or an optional fast path (rich's progress). The
constants have Linux's values; making an mmap raises OSError with errno
ENODEV ("No such device"), as mapping a file that cannot be mapped does
in CPython, so callers that fall back on reading the file do so."""

import errno as _errno

ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY = 0, 1, 2, 3
PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_SHARED, MAP_PRIVATE, MAP_ANONYMOUS = 1, 2, 32
MAP_ANON = MAP_ANONYMOUS
PAGESIZE = ALLOCATIONGRANULARITY = 4096
MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_DONTNEED = 0, 1, 2, 3, 4

error = OSError


class mmap:
    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ, access=ACCESS_DEFAULT,
                 offset=0):
        raise OSError(_errno.ENODEV, 'No such device')

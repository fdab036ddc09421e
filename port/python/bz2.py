"""bz2: the names of CPython's module, without the compressor.

pywasm has no bzip2 code (zlib's deflate is all it carries), but libraries
import bz2 at the top to offer .bz2 files as one format among others
(networkx's open_file). Importing works, and so does what needs no
bzip2 data; compressing, decompressing and opening a .bz2 file raise
NotImplementedError naming what is missing."""

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']


def _missing(*args, **kwargs):
    raise NotImplementedError('bz2: bzip2 compression is not available in pywasm')


class BZ2Compressor:
    def __init__(self, compresslevel=9):
        _missing()


class BZ2Decompressor:
    def __init__(self):
        _missing()


class BZ2File:
    def __init__(self, filename, mode='r', *, compresslevel=9):
        _missing()


open = compress = decompress = _missing

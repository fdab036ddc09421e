# bz2, lzma, pdb and mmap import and have their names (what needs the
# missing compressor, debugger or mapping raises NotImplementedError or
# OSError here, where CPython works: docs/compat.md).
import bz2
import lzma
import mmap
import pdb

print(sorted(n for n in bz2.__all__), lzma.FORMAT_XZ, lzma.CHECK_SHA256, lzma.PRESET_DEFAULT)
print(mmap.ACCESS_READ, mmap.PROT_READ, mmap.MAP_SHARED, callable(pdb.set_trace), pdb.Pdb.__name__)

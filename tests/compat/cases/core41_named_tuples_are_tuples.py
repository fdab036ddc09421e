# sys.version_info and the other named tuples of sys and os are tuples.
import os
import sys

v = sys.version_info
print(isinstance(v, tuple), v[:2] >= (3, 0), tuple(v)[:1] == (v.major,), len(v))
print(isinstance(sys.implementation.version, tuple))
print(isinstance(os.stat("."), tuple), isinstance(os.times(), tuple) if hasattr(os, "times") else True)
major, minor, *rest = v
print(major == v.major, minor == v.minor, len(rest))
print(v > (3,), v == tuple(v), hash(v) == hash(tuple(v)))

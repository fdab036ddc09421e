# sys.implementation.version is a named 5-tuple, as CPython's (patch 0333):
# packaging's markers read .major, .minor and .micro. The numbers are the
# implementation's own, so only the shape is compared.
import sys

v = sys.implementation.version
print(len(v), v.releaselevel, v.serial, v[:3] == (v.major, v.minor, v.micro))
print('%d.%d.%d' % (v.major, v.minor, v.micro) == '.'.join(str(n) for n in v[:3]))

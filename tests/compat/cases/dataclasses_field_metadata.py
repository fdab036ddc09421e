# dataclasses.Field.metadata is a read-only mappingproxy, as CPython's,
# and types.MappingProxyType compares, prints and merges like it.
import dataclasses
from dataclasses import field, dataclass
@dataclass
class A:
    a: int = field(default=0)
    b: int = field(default=0, metadata={'x': 1})
f = dataclasses.fields(A)
print(repr(f[0].metadata), repr(f[1].metadata), type(f[0].metadata).__name__, f[0].metadata == {}, f[1].metadata['x'], dict(f[1].metadata), len(f[1].metadata), 'x' in f[1].metadata, list(f[1].metadata.items()))
def setit():
    f[1].metadata['y'] = 2
def delit():
    del f[1].metadata['x']
for op in (setit, delit):
    try:
        op()
    except TypeError as e:
        print(e)
print(str(f[1].metadata), f[1].metadata.get('x'), f[1].metadata | {'z': 0})
import types
mp = types.MappingProxyType({'a': 1})
print(mp, repr(mp), type(mp).__name__, mp == {'a': 1}, mp != {'a': 2}, mp | {'b': 2}, mp.copy(), list(mp), mp.get('z', 0))
try:
    mp['b'] = 1
except TypeError as e:
    print(e)

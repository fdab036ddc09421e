# bidict (which imports typing_extensions, subscripts a generic alias of
# type variables and hashes through collections.abc.Set._hash).
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
from bidict import bidict, frozenbidict, OrderedBidict, ValueDuplicationError

b = bidict({'a': 1, 'b': 2})
print(b, b.inverse, b.inverse[1], len(b))
b['c'] = 3
print(sorted(b.items()), b.inv[3])
try:
    b['d'] = 1
except ValueDuplicationError as e:
    print(type(e).__name__, e)
b.forceput('d', 1)
print(b, b.inverse)
del b.inverse[2]
print(b)
fb = frozenbidict(x=1)
print(fb, hash(fb) == hash(frozenbidict(x=1)), {fb: 'ok'}[frozenbidict(x=1)])
ob = OrderedBidict([('z', 26), ('y', 25)])
ob.move_to_end('z')
print(ob, list(ob.inverse), ob.popitem(last=False))

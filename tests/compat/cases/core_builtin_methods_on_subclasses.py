# dict.__getitem__/__setitem__/__delitem__ and set.__contains__ taken from
# the class and called with a subclass instance inside its own override
# work on the builtin object (patch 0280: this recursed for ever through an
# OrderedDict subclass, ruamel.yaml), a missing key still going to
# __missing__; `import a.b.c as d` while a.b is being imported (0279).
import os.path as osp
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict
class CI(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower())
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.lower(), v)
    def __delitem__(self, k):
        dict.__delitem__(self, k.lower())
    def __contains__(self, k):
        return dict.__contains__(self, k.lower())
c = CI(); c['A'] = 1; print(c['a'], c['A'], 'A' in c, c); del c['A']; print(c)
class M(dict):
    def __missing__(self, k): return 'miss:' + k
    def __getitem__(self, k): return dict.__getitem__(self, k)
m = M(x=1); print(m['x'], m['y'])
try: CI()['zz']
except KeyError as e: print('KeyError', e)
class OD(OrderedDict):
    def __getitem__(self, k): return OrderedDict.__getitem__(self, k) * 2
o = OD(a=2); print(o['a'])
class S(set):
    def __contains__(self, x): return set.__contains__(self, x) or x == 'any'
print('any' in S({1}), 1 in S({1}), 2 in S({1}))
dd = defaultdict(list); dd['k'].append(1); print(dict(dd), dict.__getitem__(dd, 'k'))
print(osp.join('a', 'b'), ET.VERSION)

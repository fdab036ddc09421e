# What a subclass of bytes, complex or dict gets from its base (patch 0330):
# len() and truth, complex(), fromkeys() of the subclass, __getitem__ asking
# __missing__ when called by name or through super().
class B(bytes): pass
print(len(B(b'abc')))
class C(complex): pass
print(complex(C(1, 2)))
class S(dict): pass
print(type(S.fromkeys([1])).__name__)
class D(dict):
    def __missing__(self, k): return 'miss ' + k
d = D()
print(d['a'], d.__getitem__('b'))
class E(dict):
    def __missing__(self, k): return 0
    def get2(self, k): return super().__getitem__(k)
print(E().get2('x'))
class F(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2
f = F(a=1); print(f['a'])
class G(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __missing__(self, k): return 10
print(G(a=1)['a'], G()['zz'])
import collections
print(type(collections.OrderedDict.fromkeys('ab', 0)).__name__, collections.OrderedDict.fromkeys('ab', 0))
print(bool(B(b'')), bool(B(b'x')), hash(B(b'x')) == hash(b'x'), C(1, 2) + 1, abs(C(3, 4)))

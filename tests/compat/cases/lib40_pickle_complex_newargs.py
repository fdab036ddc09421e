# pickle and copy of complex (copyreg's table has it, as in CPython), and
# __getnewargs_ex__/__getnewargs__/__getstate__ looked up on the type, so an
# instance's catch-all __getattr__ (addict's Dict) is not asked for them.
import copy
import copyreg
import pickle

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.dumps(1 + 2j, proto))
    print(pickle.loads(pickle.dumps([1j, -0.5 + 0j, {'c': complex(1, -1)}], proto)))
print(complex in copyreg.dispatch_table, copyreg.pickle_complex(3 + 4j))
print(copy.deepcopy([1j, (2j,)]), copy.copy(5j))


class C(complex):
    pass


for proto in (0, 2, 4):
    c = pickle.loads(pickle.dumps(C(1, 2), proto))
    print(proto, type(c).__name__, c)


class AttrDict(dict):
    def __missing__(self, k):
        return AttrDict()

    def __getattr__(self, k):
        if k in ('__reduce_ex__', '__reduce__'):
            raise AttributeError(k)
        return self[k]

    def __getnewargs__(self):
        return ()

    def __getstate__(self):
        return None


a = AttrDict(x=1, y=AttrDict(z=2))
for proto in (2, 3, 4, 5):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, type(b).__name__, b, type(b['y']).__name__)
print(copy.copy(a), type(copy.copy(a)).__name__)


class Anything:
    # answers every attribute it does not have
    def __init__(self, v):
        self.v = v

    def __getattr__(self, name):
        return lambda *a: 'bogus'


for proto in (2, 4):
    # (loading asks the instance for __setstate__, in CPython too)
    b = pickle.loads(pickle.dumps(Anything(3), proto))
    print(proto, type(b).__name__, callable(b.v))


class KwNew:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


for proto in (2, 4):
    print(proto, pickle.loads(pickle.dumps(KwNew(size=9), proto)).size)

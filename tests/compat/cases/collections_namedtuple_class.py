# collections.namedtuple classes as CPython makes them: __doc__, field
# descriptors, defaults, CPython's argument errors, _make/_replace errors,
# rename and validation messages, subclassing, copy and pickle.
from collections import namedtuple
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
P = namedtuple('P', 'x y', defaults=[0])
Q = namedtuple('Q', 'x y')
p = P(1)
for T in (P, Q):
    print(T.__name__, T.__doc__, T._fields, T._field_defaults, repr(T).replace('__main__.', ''))
    tr(lambda: T.x)
    tr(lambda: T.x.__doc__)
    tr(T)
    tr(T, 1, 2, 3)
    tr(T, 1, x=2)
    tr(T, 1, 2, z=2)
    tr(T._make, [1])
    tr(T._make, [1, 2, 3])
    t = T(1, 2)
    tr(t._replace, z=1)
    tr(lambda: t._asdict())
    tr(lambda: isinstance(t, T))
    tr(lambda: type(t) is T)
    tr(lambda: t.__class__.__name__)
    tr(lambda: T.__module__)
    tr(lambda: t._fields)
    tr(lambda: T(x=5, y=6))
    tr(lambda: issubclass(T, tuple))
    tr(lambda: t.count(1))
    tr(lambda: t.index(2))
    tr(lambda: setattr(t, 'x', 5))
    tr(lambda: t.__getnewargs__() if hasattr(t, '__getnewargs__') else 'x')
    tr(lambda: T.__match_args__)
    import copy, pickle
    tr(lambda: copy.copy(t))
    tr(lambda: copy.deepcopy(t))
print(p, repr(p), p._replace(y=5), p._asdict(), P._make([3, 4]))
tr(namedtuple, 'Q', 'a a')
tr(namedtuple, 'Q', 'a def')
tr(namedtuple, 'Q', '_a')
tr(namedtuple, 'Q', '1a')
tr(namedtuple, 'def', 'a')
tr(namedtuple, 'Q', ['a', 1])
tr(namedtuple, 'Q', 'a b', defaults=[1, 2, 3])
print(namedtuple('Q', 'a def _b a', rename=True)._fields, namedtuple('R', ['a', 'b'])(1, 2), namedtuple('S', 'a, b')(b=1, a=2), namedtuple('E', '')())
class Pt3(namedtuple('Pt3', 'x y z')):
    __slots__ = ()
    @property
    def norm(self): return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self): return 'Pt3!'
print(Pt3(1, -2, 3).norm, Pt3(1, 2, 3), repr(Pt3(1, 2, 3)), Pt3(1,2,3)._replace(x=0), Pt3._make([1,2,3]))
class Pt4(namedtuple('Pt4', 'x y', defaults=(5,))):
    def total(self): return self.x + self.y
print(Pt4(1).total(), Pt4(1), type(Pt4(1)).__name__)
import copy, pickle
class T(tuple):
    pass
t = T((1, [2]))
t.attr = 'a'
c = copy.copy(t); d = copy.deepcopy(t)
print(c, type(c).__name__, c.attr, d, d[1] is t[1], c[1] is t[1], d.attr)
N = namedtuple('N', 'a b', defaults=[[]])
n = N(1)
print(copy.copy(n), copy.deepcopy(n), copy.deepcopy(n).b is n.b, copy.copy(n).b is n.b)
class S(namedtuple('S', 'p q')):
    __slots__ = ()
    def __str__(self): return 'S!'
print(copy.deepcopy(S([1], 2)), repr(copy.copy(S(1, 2))))
import pickle
print(pickle.loads(pickle.dumps(n)) if N.__module__ == '__main__' else '')

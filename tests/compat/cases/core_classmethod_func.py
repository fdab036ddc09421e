# classmethod and staticmethod objects show their function (patch 0101), and
# __init_subclass__ is found along the MRO, a plain function or one declared
# a classmethod.
def f(*a):
    return ('f',) + a


cm = classmethod(f)
sm = staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, cm.__wrapped__ is f, sm.__wrapped__ is f)
print(sm(1, 2), cm.__isabstractmethod__, sm.__isabstractmethod__)


class K:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def util(x):
        return x * 2


print(K.__dict__['make'].__func__(K), K.__dict__['util'].__func__(4), K.__dict__['util'](5))

class A:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("A.isc", cls.__name__, tag)
class B(A, tag="b"): pass
class M:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("M.isc", cls.__name__, kw)
class C(M, x=1): pass
class D(B, tag="d"): pass
class X: pass
class E(X, A, tag="e"): pass
class F(A): pass
class G(F, M, tag="g"): pass
print(B.tag, D.tag, E.tag, F.tag, G.tag)

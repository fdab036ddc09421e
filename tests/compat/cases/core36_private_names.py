# Private names in a class are mangled as CPython mangles them (patch 0295).
def f(**k):
    return k


class C:
    __a = 1

    def m(self, __w=2):
        self.__x = 3
        return f(__k=1), __w, C.__a, self.__x, [self.__x for _ in range(1)], (lambda: self.__x)()


print(C().m(), sorted(k for k in vars(C) if k.startswith('_C')))
c = C()
c.m()
print(vars(c), c._C__x)


class __D:
    __z = 1


print(sorted(k for k in vars(__D) if 'z' in k))


class ___:
    __q = 1


print('__q' in vars(___))


class Outer:
    class __Inner:
        __v = 1

    def get(self):
        return self.__Inner


print(sorted(k for k in vars(Outer) if 'Inner' in k), sorted(k for k in vars(Outer._Outer__Inner) if 'v' in k))


class Base:
    def __init__(self):
        self.__p = 'base'

    def bp(self):
        return self.__p


class Sub(Base):
    def __init__(self):
        super().__init__()
        self.__p = 'sub'

    def sp(self):
        return self.__p


s = Sub()
print(s.bp(), s.sp(), sorted(vars(s)))


class H:
    def __private(self):
        return 'p'

    def call(self):
        return self.__private(), getattr(self, '_H__private')()

    __dunder__ = 'kept'


print(H().call(), H.__dunder__)
try:
    H().__private
except AttributeError:
    print('AttributeError')


class NodeMixin:
    def attach(self, parent):
        self.__parent = parent

    @property
    def parent(self):
        return getattr(self, '_NodeMixin__parent', None)


class Node(NodeMixin):
    pass


n = Node()
print(n.parent)
n.attach('root')
print(n.parent)


# A def or class named __f is stored mangled but keeps its own name (patch 0302).
class K:
    def __f(self):
        return 1

    class __Inner:
        def __g(self):
            return self.__h

        __h = 5

    @staticmethod
    def __s():
        return 's'

    def call(self):
        return self.__f(), self.__Inner()._Inner__g(), self.__s()


print(K._K__f.__name__, K._K__f.__qualname__, K._K__Inner.__name__, K._K__Inner.__qualname__)
print(K._K__Inner._Inner__g.__qualname__, K().call(), sorted(k for k in vars(K) if not k.startswith('__')))


def outer():
    class D:
        def __m(self):
            return 'm'

        def run(self):
            def __loc():
                return 2

            return __loc(), __loc.__name__, self.__m()

    return D().run()


print(outer())

# object's __reduce_ex__ and __reduce__ (patch 0266), and copy taking an
# instance apart as CPython's does: copyreg's table, a class's own
# __reduce_ex__/__reduce__, __getstate__/__setstate__ (copy.py).
import copy
import copyreg
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.items = [1, 2]


p = Plain()
rv = p.__reduce_ex__(2)
print(rv[0].__name__, rv[1][0] is Plain, rv[2], rv[3:])
rv = p.__reduce_ex__(4)
print(rv[0].__name__, rv[2])
rv = p.__reduce__()
print(rv[0].__name__, rv[1], rv[2])
print(object.__reduce_ex__ is Plain.__reduce_ex__, 'object.__reduce__' in repr(object.__reduce__))


class Base:
    def __reduce__(self):
        return (Base, ())


class Reset(Base):
    __reduce__ = object.__reduce__   # as dateutil's tz classes do

    def __init__(self, n=0):
        self.n = n


print(Base().__reduce_ex__(2), Reset(3).__reduce_ex__(2)[0].__name__)
r = pickle.loads(pickle.dumps(Reset(5)))
print(type(r).__name__, r.n)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x * 10, self.y * 10))


q = copy.copy(Point(1, 2))
print(q.x, q.y, copy.deepcopy(Point(3, 4)).x)


class Stateful:
    def __init__(self):
        self.data = [1, 2, 3]
        self.cache = {'big': 'thing'}

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


s = Stateful()
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.data is s.data, d.data == s.data, d.data is s.data, c.cache, d.cache)


class Token:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Token, lambda t: (Token, (t.v.upper(),)))
print(copy.copy(Token('abc')).v, copy.deepcopy(Token('xyz')).v)


class Singleton:
    def __reduce__(self):
        return 'THE_ONE'


THE_ONE = Singleton()
print(copy.copy(THE_ONE) is THE_ONE, copy.deepcopy(THE_ONE) is THE_ONE)


class Bag(list):
    pass


b = Bag([1, [2]])
b.tag = 't'
b2 = copy.deepcopy(b)
print(type(b2).__name__, b2, b2.tag, b2[1] is b[1])


class Shared:
    def __init__(self):
        self.child = [0]
        self.same = self.child

    def __setstate__(self, st):
        self.__dict__.update(st)


sh = copy.deepcopy(Shared())
print(sh.child is sh.same)

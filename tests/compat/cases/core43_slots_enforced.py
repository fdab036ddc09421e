# __slots__ as CPython keeps them: slot values live outside __dict__, a
# class whose MRO is all slots has no __dict__ and refuses other names,
# copy and pickle carry the slots, dataclass(slots=True) makes such a
# class, and a built-in exception has a __dict__ of its own.
import copy
import copyreg
import dataclasses
import pickle


class Point:
    __slots__ = ('x', 'y', '__tag')

    def __init__(self, x):
        self.x = x
        self.__tag = 'p'

    def tag(self):
        return self.__tag


p = Point(1)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'), type(Point.x).__name__, Point.x)
for action in ('p.z = 3', 'vars(p)', 'p.__dict__', 'del p.y', 'p.y'):
    try:
        exec(action)
        print(action, 'worked')
    except (AttributeError, TypeError) as e:
        print(action, '->', type(e).__name__, e)
p.y = 2
del p.y
print(sorted(n for n in dir(p) if not n.startswith('__')), copyreg._slotnames(Point))


class Labelled(Point):
    # no __slots__ of its own: instances get a __dict__ beside the slots
    pass


lab = Labelled(5)
lab.label = 'five'
print(lab.__dict__, lab.x, vars(lab))
lab.__dict__.clear()
print(lab.x, lab.tag(), hasattr(lab, 'label'))


class Open(Point):
    __slots__ = ('__dict__', 'w')


o = Open(2)
o.w = 1
o.extra = 'e'
print(o.__dict__, o.w)

c = copy.copy(p)
print(c.x, c.tag(), c is not p)
d = copy.deepcopy(o)
print(d.w, d.extra, d.x, d.tag())
r = pickle.loads(pickle.dumps(o))
print(r.w, r.extra, r.x, type(r).__name__)
print(p.__reduce_ex__(2)[2])


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Clash:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)


class Diamond1(A):
    pass


class Diamond2(A):
    pass


class Diamond(Diamond1, Diamond2):
    pass


dd = Diamond()
dd.a = 1
dd.b = 2
print(dd.a, dd.__dict__)


class Coded(Exception):
    __slots__ = ('code',)


e = Coded('m')
e.code = 1
e.other = 2
print(e.code, e.other, e.args)


class Pair(tuple):
    __slots__ = ()


try:
    Pair((1, 2)).first = 1
except AttributeError as e:
    print('AttributeError:', e)


class Fallback:
    __slots__ = ('v', 'names')

    def __getattr__(self, name):
        return 'default ' + name


f = Fallback()
print(f.v, f.other)
f.v = 3
print(f.v)


class Logged:
    __slots__ = ('a', '__weakref__')

    def __setattr__(self, name, value):
        print('set', name)
        object.__setattr__(self, name, value)


lg = Logged()
lg.a = 1
try:
    lg.b = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__class__ = Open
except TypeError as e:
    print('TypeError:', e)


# slots through a set, as pydantic's metaclass gives them
Made = type('Made', (), {'__slots__': {'k'}})
m = Made()
m.k = 1
print(m.k, hasattr(m, '__dict__'))


@dataclasses.dataclass(slots=True)
class Record:
    name: str
    size: int = 0


rec = Record('a')
print(rec, Record.__slots__, hasattr(rec, '__dict__'), Record('b', 2) == Record('b', 2))
try:
    rec.extra = 1
except AttributeError as e:
    print('AttributeError:', e)


@dataclasses.dataclass(frozen=True, slots=True)
class Frozen:
    v: int


fz = Frozen(1)
print(fz, copy.deepcopy(fz) == fz)
try:
    fz.v = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

# a built-in exception's own attributes
err = ValueError('bad')
print(err.__dict__)
err.detail = 'x'
print(err.__dict__, err.detail)

# Names in __slots__ are member descriptors on the class (patch 0334):
# hasattr(cls, name), the class dict, an unset slot reading as missing,
# private names mangled, __getattr__ asked for an unset slot. (Slots are
# not enforced here: no assignment to another name is tried.)
import types


class P:
    __slots__ = ('x', 'y', '__secret', '__weakref__')

    def __init__(self):
        self.x = 1
        self.__secret = 's'

    def secret(self):
        return self.__secret


class Q(P):
    __slots__ = ['z']


class WithGetattr:
    __slots__ = ('a',)

    def __getattr__(self, name):
        return 'fallback ' + name


p = P()
print(type(P.__dict__.get('x')).__name__, repr(P.x), hasattr(P, 'y'), hasattr(P, '_P__secret'))
print(isinstance(P.x, types.MemberDescriptorType), p.x, p.secret(), hasattr(Q, 'x'), hasattr(Q, 'z'))
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
p.y = 5
print(p.y, getattr(Q(), 'z', 'unset'), WithGetattr().a)
del p.y
print(hasattr(p, 'y'), sorted(k for k in P.__dict__ if not k.startswith('__')))


class Defaulted:
    __slots__ = 'only'


print(repr(Defaulted.only))

# What a class's bases decide: the metaclass (the most derived of all the
# bases' metaclasses), __class_getitem__ of a class made by a metaclass,
# str() of an exception over KeyError, and object's methods reached
# through built-in types.

class Registered(type):
    names = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.names.append(name)
        return cls


class Atomic(metaclass=Registered):
    pass


class Plain:
    pass


class Mixed(Plain, Atomic):
    pass


class Integer(int, Atomic):
    pass


print(type(Mixed).__name__, type(Integer).__name__, Registered.names)
print(Integer(3) + 1, isinstance(Integer(2), Atomic), [c.__name__ for c in Mixed.__mro__])


class Narrower(Registered):
    pass


class Other(metaclass=Narrower):
    pass


class Both(Atomic, Other):
    pass


print(type(Both).__name__)


class Unrelated(type):
    pass


class Foreign(metaclass=Unrelated):
    pass


for bases in [(Atomic, Foreign), (Plain, Foreign, Atomic), (Plain, 1)]:
    try:
        type('X', (object,), {})
        exec('class X(*bases): pass')
        print('made', type(X).__name__)
    except TypeError as e:
        print('TypeError:', e)


# Base[int] gives __class_getitem__ the class, so a subclass of it is made
# by the same metaclass
class Generic:
    def __class_getitem__(cls, item):
        return cls


class Registry(Generic, metaclass=Registered):
    pass


print(Registry[int] is Registry, type(Registry[int]).__name__)


class Units(Registry[int]):
    pass


print(type(Units).__name__, Registered.names[-2:])


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class ExplicitChild(Explicit, metaclass=Registered):
    pass


print(ExplicitChild[str])


# str() follows the MRO to KeyError's __str__
class ConfigError(Exception):
    pass


class ConfigMissing(ConfigError, KeyError):
    pass


e = ConfigMissing('no such key')
print(str(e), repr(e), isinstance(e, KeyError), isinstance(e, LookupError))
try:
    {}['x']
except KeyError:
    try:
        raise ConfigMissing('wrapped')
    except KeyError as caught:
        print('caught', str(caught), caught.args)
print(str(ConfigMissing('a', 'b')), str(ConfigMissing()))


# object's __setattr__ and friends reached through built-in types
class Quantity:
    pass


q = Quantity()
super.__setattr__(q, 'magnitude', 1)
int.__setattr__(q, 'units', 'm')
dict.__setattr__(q, 'extra', True)
print(q.magnitude, q.units, q.extra, super.__setattr__ is object.__setattr__)
object.__delattr__(q, 'extra')
str.__delattr__(q, 'units')
print(hasattr(q, 'extra'), hasattr(q, 'units'))
try:
    str.upper(1)
except TypeError as e:
    print('TypeError:', e)


# bases unpacked from a sequence, with and without keywords
mixins = (Plain, Generic)
class Starred(*mixins):
    pass


class StarredMeta(Atomic, *mixins, metaclass=Registered):
    pass


print([c.__name__ for c in Starred.__mro__], type(StarredMeta).__name__)

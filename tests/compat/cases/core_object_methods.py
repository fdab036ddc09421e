# What every class has from object (patches 0097, 0098): Cls.__new__(Cls),
# object.__repr__(self), and super()'s __repr__, __str__, __eq__, __ne__,
# __hash__ and __format__ reaching object's.
import re


def addr(text):
    return re.sub(r'0x[0-9a-fA-F]+', 'ADDR', text)


class Plain:
    def __init__(self, x):
        self.x = x


p = Plain.__new__(Plain)
print(type(p).__name__, hasattr(p, 'x'), hasattr(Plain, '__new__'), hasattr(Plain, '__init__'))
Plain.__init__(p, 3)
Plain.__setattr__(p, 'y', 4)
print(p.x, p.y, addr(object.__repr__(p)), addr(repr(p)) == addr(object.__repr__(p)))


class Tagged:
    def __repr__(self):
        return 'Tagged(' + addr(super().__repr__()) + ')'


print(repr(Tagged()), str(Tagged()), addr(object.__str__(Tagged())), '%s' % Tagged())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if isinstance(other, Point):
            return (self.x, self.y) == (other.x, other.y)
        return super().__eq__(other)

    def __hash__(self):
        return hash((self.x, self.y))


a, b = Point(1, 2), Point(1, 2)
print(a == b, a == (1, 2), a != b, a != 'x', len({a, b}), Point.__eq__(a, 5))


class Ident:
    def check(self, other):
        return super().__eq__(other), super().__ne__(other), super().__hash__() == hash(self)


i = Ident()
print(i.check(i), i.check(1))


class Fmt:
    def __format__(self, spec):
        if spec == 'x':
            return 'FMT'
        return super().__format__(spec)

    def __str__(self):
        return 'str-of-Fmt'


print(f'{Fmt():x}', f'{Fmt()}', format(Fmt(), ''))
try:
    format(Fmt(), '>10')
except TypeError as e:
    print('TypeError:', e)
print(object.__eq__(1, 1), object.__ne__(1, 2), addr(object.__repr__(object())))


# a class over a builtin reaches the builtin's own methods through super()
class Tags(dict):
    def __repr__(self):
        return 'Tags(' + super().__repr__() + ')'


class Name(str):
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return super().__hash__()

    def __str__(self):
        return '<' + super().__str__() + '>'


class Count(int):
    def __format__(self, spec):
        return '#' + super().__format__(spec)

    def __repr__(self):
        return 'Count(' + super().__repr__() + ')'


t = Tags(a=1)
n = Name('bob')
print(repr(t), n == 'BOB', n != 'x', hash(n) == hash('bob'), str(n), n.upper(), repr(n))
print(f'{Count(5):>4}', repr(Count(7)), Count(3) + 1)

# object's methods reach every class and its instances (patch 0145):
# Plain.__init__ is object.__init__, and an instance has them bound
class Plain:
    pass


class Loud:
    def __init__(self, a):
        super().__init__(a)


class Made:
    def __new__(cls, *args):
        return super().__new__(cls)


p = Plain()
print(Plain.__init__ is object.__init__, Plain.__init__(p), object.__init__(p), p.__init__(), callable(Plain.__init__))
print(Plain.__new__ is object.__new__, type(Plain.__new__(Plain)).__name__, Plain.__repr__ is object.__repr__)
print(p.__repr__() == repr(p), p.__str__() == str(p), Plain.__str__(p) == repr(p), p.__eq__(p), p.__eq__(1), p.__ne__(p),
      p.__ne__(1), p.__hash__() == hash(p), Plain.__hash__(p) == hash(p), Plain.__eq__ is object.__eq__)
print(hasattr(Plain, '__init__'), hasattr(p, '__eq__'), hasattr(p, '__hash__'), hasattr(p, '__repr__'))
for make in (lambda: Plain(1), lambda: Plain(x=1), lambda: Loud(1), lambda: object.__init__(p, 1),
             lambda: Plain.__init__(p, 1), lambda: Made(1).__init__(2), lambda: type(Made(1)).__name__):
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)


class Bag(dict):
    pass


print(Bag.__repr__(Bag(a=1)), Bag.__eq__(Bag(), {}), Bag.__len__(Bag(a=1, b=2)), hasattr(Bag, '__iter__'),
      Bag.__init__ is dict.__init__)

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

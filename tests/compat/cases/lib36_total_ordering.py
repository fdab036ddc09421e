# functools.total_ordering: the root is the first comparison the class has
# (own or inherited, other than object's), only missing ones are derived,
# and a root's NotImplemented is passed on (reflected operations answer).
import functools


class Other:
    pass


@functools.total_ordering
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, A) and o.v == self.v

    def __lt__(self, o):
        if isinstance(o, Other):
            return True
        if isinstance(o, A):
            return self.v < o.v
        return NotImplemented

    def __repr__(self):
        return 'A(%d)' % self.v


def t(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError')


t('A>Other', lambda: A(1) > Other())
t('Other<A', lambda: Other() < A(1))
t('Other>=A', lambda: Other() >= A(1))
t('A.__le__(3)', lambda: A(1).__le__(3))
t('A<=3', lambda: A(1) <= 3)
t('ops', lambda: [A(1) < A(2), A(1) <= A(1), A(2) > A(1), A(2) >= A(3), A(2) >= A(2), A(2) > A(2)])
print(sorted([A(3), A(1), A(2)]), max([A(3), A(5), A(2)]))


@functools.total_ordering
class B:
    def __lt__(self, o):
        return True

    def __le__(self, o):
        return 'own __le__'


t('B<=B', lambda: B() <= B())
t('B>B', lambda: B() > B())
t('B>=B', lambda: B() >= B())


class Base:
    def __lt__(self, o):
        return 'Base.__lt__'


@functools.total_ordering
class D(Base):
    pass


t('D>D', lambda: D() > D())
t('D<=D', lambda: D() <= D())


def _init(self, v):
    self.v = v


ROOTS = {'__gt__': lambda a, b: a.v > b.v, '__ge__': lambda a, b: a.v >= b.v,
         '__le__': lambda a, b: a.v <= b.v}
for root in ('__gt__', '__ge__', '__le__'):
    N = functools.total_ordering(type('N', (), {'__init__': _init, '__eq__': lambda a, b: a.v == b.v,
                                                 root: ROOTS[root]}))
    r = []
    for x in range(3):
        for y in range(3):
            r.append((N(x) < N(y), N(x) <= N(y), N(x) > N(y), N(x) >= N(y)) == (x < y, x <= y, x > y, x >= y))
    print(root, all(r))

try:
    @functools.total_ordering
    class E:
        pass
except ValueError as e:
    print('ValueError', e)


# a subclass that redefines the root is followed by the derived methods
class F(A):
    def __lt__(self, o):
        return self.v > o.v


print(F(1) > F(2), F(1) >= F(2), F(2) <= F(1))

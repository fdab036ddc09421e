# __new__ of native types (patch 0051) and `from module import name`
# errors (patch 0050).
import math


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def norm(self):
        return math.hypot(*self)


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


class Doubled(int):
    def __new__(cls, value):
        return int.__new__(cls, value * 2)


class Celsius(float):
    def __new__(cls, value):
        self = super().__new__(cls, value)
        self.unit = 'C'
        return self


p = Point(3, 4)
print(p, p.x, p.norm(), type(p).__name__, isinstance(p, tuple), len(p), p + (5,))
print(Pair('a', 'b'), Upper('shout'), Upper('x') + '!', Doubled(21), Doubled(5) + 1)
c = Celsius(21.5)
print(c, c.unit, c * 2, tuple.__new__(tuple, [1, 2]), str.__new__(str, 5), int.__new__(int, '7'))

for stmt in ['from os import nosuch', 'from json import nosuch', 'from collections import nosuch',
             'from os import path', 'import nosuchpkg.sub', 'from nosuchpkg import x']:
    try:
        exec(stmt)
        print(stmt, '-> ok')
    except ImportError as e:
        print(stmt, '->', type(e).__name__, str(e).split(' (')[0])

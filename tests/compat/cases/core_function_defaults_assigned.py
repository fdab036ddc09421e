# Assigning a function's __defaults__ (same length) or __kwdefaults__ changes
# what its calls take, as in CPython (port/funattrs.c).
def h(x, y=2):
    return x + y
h.__defaults__ = (10,)
print('defaults:', h.__defaults__, h(1))
def k(*, z=1):
    return z
k.__kwdefaults__ = {'z': 7}
print('kwdefaults:', k.__kwdefaults__, k())
d = {'z': 9}
k.__kwdefaults__ = d
d['z'] = 11
print(k(), k.__kwdefaults__ is d)
def m(a, b=1, c=2, *, d=3):
    return a, b, c, d
m.__defaults__ = ('B', 'C')
m.__kwdefaults__ = {'d': 'D'}
print(m(0), m(0, 5), m.__defaults__)
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
def g(p, q=4):
    return p * q
print(g(2), g.__wrapped__.__defaults__)
def make():
    def inner(v=0):
        return v
    return inner
i1, i2 = make(), make()
i1.__defaults__ = (5,)
print(i1(), i2())

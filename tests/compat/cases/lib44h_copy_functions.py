# copy and deepcopy give functions of every kind back as they are (closures,
# generator and async functions: progressbar deep-copies widgets holding
# closures), and properties, code, Ellipsis and NotImplemented; a bound
# method is rebound (deepcopy copies its instance); modules, staticmethod
# and classmethod objects are refused as in CPython.
import copy
import types


def outer(x):
    def inner():
        return x

    def gen():
        yield x

    async def co():
        return x
    return inner, gen, co


def g():
    yield 1


async def a():
    pass


class C:
    def __init__(self):
        self.items = [1]

    def m(self):
        return self.items

    @property
    def p(self):
        return 2


c = C()
objs = {'closure': outer(1)[0], 'genclosure': outer(1)[1], 'asyncclosure': outer(1)[2], 'genfunc': g,
        'asyncfunc': a, 'lambda': lambda: 0, 'property': C.__dict__['p'], 'ellipsis': ..., 'notimpl': NotImplemented,
        'code': g.__code__, 'builtin_method': [].append, 'builtin': len, 'staticmethod': staticmethod(len),
        'classmethod': classmethod(len), 'module': types}
for name, o in objs.items():
    for fn in (copy.copy, copy.deepcopy):
        try:
            r = fn(o)
            print(name, fn.__name__, r is o)
        except TypeError as e:
            print(name, fn.__name__, 'TypeError', e)

bound = c.m
m1, m2 = copy.copy(bound), copy.deepcopy(bound)
print(m1 is bound, m1.__self__ is c, m1.__func__ is C.m, m2.__self__ is c, m2.__func__ is C.m, m2(), m2() is c.items)
holder = {'f': outer(5)[0], 'obj': c, 'm': c.m}
d = copy.deepcopy(holder)
print(d['f'] is holder['f'], d['f'](), d['m'].__self__ is d['obj'], d['obj'] is not c)

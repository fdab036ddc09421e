# An instance's builtin part exists before its class's __init__ runs (patch
# 0270), super().__init__() passes over str/tuple/int to the next class in
# the MRO (0272), and staticmethod/classmethod show their function's names
# (0271). sortedcontainers, tomlkit and pyparsing rely on these.
class Registry(dict):
    def __init__(self, name):
        self.name = name
        print('inside:', len(self), bool(self), not self, dict(self))


r = Registry('plugins')
print(r, r.name)


class Pre(dict):
    def __init__(self, *a, **kw):
        self['pre'] = 0
        super().__init__(*a, **kw)


class PreDirect(dict):
    def __init__(self, *a, **kw):
        self['pre'] = 0
        dict.__init__(self, *a, **kw)


print(Pre(a=1), Pre([('b', 2)], c=3), PreDirect(x=1))


class Plain(dict):
    pass


print(Plain(a=1), Plain([('b', 2)]), Plain())


class Stack(list):
    def __init__(self, items=()):
        print('len before:', len(self))
        super().__init__(items)
        self.append('top')


print(Stack([1, 2]), Stack())


class Tags(set):
    def __init__(self, it=()):
        super().__init__(it)
        self.add('default')


print(sorted(Tags(['b', 'a'])))


class Item:
    def __init__(self, trivia):
        self._trivia = trivia


class String(str, Item):
    def __new__(cls, t, value, original, trivia):
        return super().__new__(cls, value)

    def __init__(self, t, value, original, trivia):
        super().__init__(trivia)
        self._t = t


s = String('basic', 'val', '"val"', 'ws')
print(s, s._trivia, s._t, len(s), s.upper(), isinstance(s, str))


class Name(str):
    def __init__(self, value):
        super().__init__()
        self.length = len(self)


n = Name('abc')
print(n, n.length, n + '!')


class Point(tuple):
    def __init__(self, it):
        self.dims = len(self)


p = Point([1, 2, 3])
print(p, p.dims, p[0])


class Money(int):
    def __init__(self, v):
        self.doubled = self * 2


print(Money(21).doubled, Money(5) + 1)


class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


e = Err('bad', 7)
print(e.args, e.code, str(e))


def f():
    'doc of f'


sm, cm = staticmethod(f), classmethod(f)
print(sm.__doc__, sm.__name__, sm.__qualname__, sm.__module__, cm.__doc__, cm.__name__)

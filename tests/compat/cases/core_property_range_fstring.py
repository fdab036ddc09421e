# A subclass of property built with keywords and calling property's own
# __get__ (patch 0269, as toolz's instanceproperty), hashable ranges (0268)
# and a backslash before an f-string's field (0267, as pyparsing writes).
class instanceproperty(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, classval=None):
        self.classval = classval
        property.__init__(self, fget=fget, fset=fset, fdel=fdel, doc=doc)

    def __get__(self, obj, type=None):
        if obj is None:
            return self.classval
        return property.__get__(self, obj, type)


class C:
    def _x(self):
        return 5

    x = instanceproperty(_x, classval='class-level')


print(C().x, C.x)
p = property(fget=lambda s: 's=' + s, fset=None)
print(p.fget('a'), p.__get__('b'), p.__get__(None, str) is p)
for call in (lambda: p.__set__(C(), 1), lambda: p.__delete__(C()), lambda: property().__get__(C())):
    try:
        call()
    except AttributeError as e:
        print('AttributeError:', e)


class Settable(property):
    pass


class D:
    def __init__(self):
        self._v = 0

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v * 2

    v = Settable(_get, _set)


d = D()
d.v = 21
print(d.v, type(D.v).__name__)

print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 2, 9)),
      hash(range(0, 10, 2)) == hash(range(0, 9, 2)), len({range(3), range(0, 3), range(4)}))
cache = {range(2, 8): 'r'}
print(cache[range(2, 8, 1)])

c = 'x'
print(fr"\{c}", rf"a\{c}b", fr"[\{c}-\{c}]", f"\\{c}", fr"{c}\\", fr"\{{c}}")
chars = '^-]'
print(''.join(fr"\{ch}" if ch in r"\^-][" else ch for ch in 'a^b-c]'))

# '%(key)s' % any mapping, and __hash__ named in __slots__ (patch 0332).
import collections
import collections.abc


class Upper:
    def __getitem__(self, k):
        return k.upper()


class Table(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Defaulting(dict):
    def __missing__(self, k):
        return '<' + k + '>'


for m in (Upper(), collections.UserDict(a='x', b='y'), Table(a=1, b=2.5),
          Defaulting(a='A'), collections.OrderedDict(a=1, b=2)):
    print('%(a)s-%(b)s' % m)
print(repr(str.__mod__('%(a)s', Upper())), '%s' % Upper.__name__, '%d%%' % 5)
try:
    print('%(missing)s' % Table(a=1))
except KeyError as e:
    print('KeyError', e)
try:
    print('%(a)s' % 5)
except TypeError as e:
    print('TypeError', e)


class Marker:
    __slots__ = ('schema', '__hash__')

    def __init__(self, s):
        self.schema = s
        self.__hash__ = lambda: hash(s)

    def __eq__(self, other):
        return self.schema == other


class Sub(Marker):
    pass


print(type(Marker.__dict__['__hash__']).__name__)
for cls in (Marker, Sub):
    print(cls.__name__, hash(cls('k')) == hash('k'), {cls('k'): 1}.get('k'), {cls('a'), cls('a'), 'b'} == {'a', 'b'})
m = object.__new__(Marker)
try:
    hash(m)
except TypeError as e:
    print('TypeError', e)

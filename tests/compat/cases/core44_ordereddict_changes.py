# OrderedDict: keys added or removed while it is iterated raise, even when
# the size comes back (patch 0374), and a subclass with its own __setitem__
# is filled through it by the constructor, update(), copy() and fromkeys(),
# as CPython's OrderedDict is (icalendar's case-insensitive dict).
from collections import OrderedDict


def walk(n, change):
    od = OrderedDict(('k%d' % i, i) for i in range(n))
    seen = []
    try:
        for k, v in od.items():
            seen.append(k)
            change(od, k, v)
    except RuntimeError as e:
        seen.append('RuntimeError: %s' % e)
    print(n, seen, list(od))


def upper(od, k, v):
    if k != k.upper():
        del od[k]
        od[k.upper()] = v


def readd_first(od, k, v):
    if k == 'k0':
        od['k0'] = od.pop('k0')


def set_value(od, k, v):
    od[k] = v * 10


def move(od, k, v):
    if k == 'k1':
        od.move_to_end('k0')


for n in range(1, 9):
    walk(n, upper)
for change in (readd_first, set_value, move):
    walk(4, change)

od = OrderedDict(a=1, b=2)
for k in od:
    pass
od['c'] = 3  # after the loop ended: nothing to raise
it = iter(od)
next(it)
od['d'] = 4
try:
    next(it)
except RuntimeError as e:
    print('next:', e)
keys = od.keys()
od.pop('a')
od['a'] = 1
print(list(keys), list(reversed(od)))

calls = []


class Caseless(OrderedDict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, value in self.items():
            upper_key = key.upper()
            if key != upper_key:
                super().__delitem__(key)
                self[upper_key] = value

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __setitem__(self, key, value):
        calls.append(key)
        super().__setitem__(key.upper(), value)


c = Caseless({'freq': 'weekly', 'count': 4}, byday=['MO'])
print(list(c.items()), c['Freq'], calls)
c.update([('until', 1)], interval=2)
c.update({'wkst': 'SU'})


class KeysOnly:
    def keys(self):
        return ['bysetpos']

    def __getitem__(self, key):
        return -1


c.update(KeysOnly())
print(list(c), calls[3:])
d = c.copy()
print(type(d).__name__, list(d))
print(Caseless.fromkeys(['x', 'y'], 0))
for bad in ((1, 2), ):
    try:
        OrderedDict(*bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        OrderedDict().update(*bad)
    except TypeError as e:
        print('TypeError:', e)
print(OrderedDict(self=1, other=2), OrderedDict([('x', 1)], y=2))
plain = OrderedDict(b=1)
plain.update({'a': 2}, c=3)
plain.update(self=4)
print(plain)

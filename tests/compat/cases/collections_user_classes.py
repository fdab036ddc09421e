# UserList, UserDict and UserString as CPython's: slices, copies and
# operators give the subclass, comparisons, the ABCs they are registered
# as; a namedtuple with defaults is still the class of its instances.
import copy
from collections import UserList, UserDict, UserString, namedtuple
from collections.abc import MutableMapping, MutableSequence, Sequence

class Stack(UserList):
    def peek(self):
        return self.data[-1]
s = Stack([3, 1, 2])
print(s[1:], type(s[1:]).__name__, type(s.copy()).__name__, s < Stack([4]), s > [1], s == [3, 1, 2], s != [1])
s += [9]; print(s, type(s).__name__, s.peek())
print(s * 2, type(s * 2).__name__, [0] + s, type([0] + s).__name__, list(reversed(s)), sorted(s), bool(Stack()), s.index(2), s.count(1))
s.sort(reverse=True); print(s, s.pop(), s, 3 in s, len(s), isinstance(s, MutableSequence))
s.extend((7, 8)); s.insert(0, 100); s.remove(8); del s[0]; s[0] = -1; print(s, s.data)

class Tagged(UserList):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged([1], 'x'); c = copy.copy(t); c.append(2); print(t, c, c.tag, type(c).__name__)

class Defaults(UserDict):
    def __missing__(self, k):
        return 'default-' + k

class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Defaults(a=1)
print(d['zz'], d.get('zz'), d | {'b': 2}, type(d | {'b': 2}).__name__, {'q': 0} | d, dict(d), list(d.items()), d.copy(), type(d.copy()).__name__, 'zz' in d)
d |= {'c': 3}; print(d, Defaults.fromkeys('xy', 0), d.pop('a'), len(d), d == {'c': 3}, isinstance(d, MutableMapping))
low = Lower({'A': 1}, B=2); low.update({'C': 3}); low.setdefault('D', 4); print(low, low.popitem(), sorted(low), copy.deepcopy(low))

u = UserString('Hello')
print(u.upper(), type(u.upper()).__name__, u + '!', '>' + u, u * 2, u[1:], type(u[1:]).__name__, u < 'World', u == 'Hello', len(u), 'ell' in u)
print(f"{u}", u.center(9, '*'), u.replace('l', 'L'), u.find('l'), u.split('l'), u.join('ab'), type(u.join('ab')).__name__, int(UserString('42')) + 1, isinstance(u, Sequence))
try:
    f"{u:>8}"
except TypeError as e:
    print('TypeError', e)

P = namedtuple('P', 'x y z', defaults=[0, 0])
p = P(1)
print(p, isinstance(p, P), issubclass(type(p), P), isinstance((1, 0, 0), P), p._replace(z=5), P._field_defaults)
try:
    Defaults(a=1).pop('nope', None)
except KeyError as e:
    print('KeyError', e)

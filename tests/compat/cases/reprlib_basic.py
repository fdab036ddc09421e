# reprlib: the 3.11 default limits, truncation of every container kind,
# strings, ints and other objects, nesting levels, custom limits, a Repr
# subclass with its own repr_ method, and recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset,
      r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother)
samples = [
    (), (1,), tuple(range(6)), tuple(range(7)), [], list(range(6)), list(range(100)),
    set(), {3, 1, 2}, set(range(20)), frozenset(), frozenset(range(10)),
    {}, {'b': 1, 'a': 2}, dict((i, str(i)) for i in range(10)),
    deque(), deque(range(3)), deque(range(10)),
    array('i'), array('i', [1, 2]), array('d', [1.5] * 8),
    '', 'short', 'x' * 30, 'x' * 31, 'abcdefghij' * 10, "it's \"quoted\" " * 5, 'a\nb' * 20,
    0, -5, 10 ** 39, 10 ** 40, -10 ** 50, 2 ** 200,
    1.5, True, None, b'bytes' * 20, range(1000), [[[[[[[['deep']]]]]]]],
    {1: [2, {3: (4, [5, [6, [7]]])}]}, [{'k': 'v' * 50}], ({1, 3},), {1: 2, 'a': 3},
]
for s in samples:
    print(reprlib.repr(s))

r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.maxdict = 1
r.maxlong = 8
r.maxother = 12
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]),
      r.repr({'a': 1, 'b': 2}), r.repr(123456789012), r.repr(3.14159265358979))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr(()), r.repr('abc'))
r.maxstring = 2
r.maxother = 0
print(r.repr('abcdef'), r.repr(1.25))


class MyList(list):
    pass


class Loud:
    def __repr__(self):
        return 'Loud(' + 'x' * 40 + ')'


class Broken:
    def __repr__(self):
        raise RuntimeError('no')


print(reprlib.repr(MyList(range(10))), reprlib.repr(Loud()), reprlib.repr([Loud()]))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))


class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return 'INT'

    def repr_MyList(self, x, level):
        return 'MyList of %d' % len(x)


c = Custom()
print(c.repr([1, 2, (3, 'x')]), c.repr(MyList([1, 2])), c.repr({1: 1}))
print(reprlib.aRepr.maxlist, reprlib.repr is not None, reprlib.repr('y' * 40))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other[%s]' % ', '.join(repr(x) for x in self)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Other.__repr__.__name__)
o = Other([1])
o.append(o)
print(repr(o), repr(Node('lone')))

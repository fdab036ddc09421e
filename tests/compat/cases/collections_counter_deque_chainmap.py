# Counter arithmetic (only with Counters), comparisons (3.10), += and -=
# in place, fromkeys refused; deque comparisons, * and error texts;
# ChainMap as a MutableMapping with views, pop/popitem/del errors, |,
# new_child(**kw); OrderedDict and defaultdict | keeping their class.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
import collections.abc as cabc
import copy
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
c = Counter('abracadabra')
d = Counter(a=1, b=5, z=-2)
print(c + d, c - d, c & d, c | d, +d, -d, c.total(), d.total(), c.most_common(2), c.most_common(-1))
print(c == Counter('aaaaabbrrcd'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter() < Counter(a=1),
      Counter(a=2) >= Counter(a=1, b=0), Counter(a=1) > Counter(a=1), Counter(a=1) == {'a': 1}, Counter(a=1, b=0) == {'a': 1},
      Counter(a=1) != Counter(a=1, b=0))
for op in ('+', '-', '&', '|', '<', '<='):
    tr(eval, 'Counter(a=1) %s {"a": 1}' % op)
c3 = Counter(a=3)
alias = c3
c3 += Counter(a=-5, b=2)
print(c3, alias is c3)
c3 -= Counter(b=1)
print(c3, alias is c3)
tr(Counter.fromkeys, 'abc')
print(Counter(['b', 'a', 'b', 'a', 'c']).most_common(), repr(Counter()), copy.copy(c) == c, type(copy.deepcopy(c)).__name__)
dq = deque([1, 2, 3, 2])
print(dq.count(2), dq.index(2), dq.index(2, 2), dq * 2, 2 * dq, dq + deque([0]), dq == deque([1, 2, 3, 2]), dq != [1, 2, 3, 2],
      dq < deque([9]), dq >= deque([1, 2]), deque([1]) == [1])
tr(dq.remove, 5)
tr(dq.index, 9)
tr(lambda: dq + [1])

tr(deque([1], maxlen=1).insert, 0, 2)
m = deque([1, 2, 3], maxlen=4)
m *= 2
print(m, copy.copy(m), copy.copy(m).maxlen)
base = {'a': 2, 'b': 3}
cm = ChainMap({'a': 1}, base)
print(cm.keys(), cm.items(), cm.values(), list(cm.items()), sorted(cm.values()), isinstance(cm, cabc.MutableMapping), len(cm))
tr(cm.pop, 'b')
tr(cm.__delitem__, 'b')
tr(cm.pop, 'b', 'dflt')
tr(ChainMap().popitem)
tr(cm.__getitem__, 'zz')
print(cm.popitem(), cm, cm.new_child(x=1), cm.new_child({'y': 2}), cm.parents, ChainMap.fromkeys('ab', 0), len(ChainMap({1: 1}, {1: 2, 2: 3})))
print(cm | {'z': 1}, cm == {'a': 2, 'b': 3}, cm != base, cm.copy() is not cm, type(copy.copy(cm)).__name__, cm.get('a'), 'b' in cm)
cm.setdefault('k', 'v')
cm.update({'u': 1}, w=2)
print(cm, dict(cm))
class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value
dc = DeepChainMap({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
dc['lion'] = 'orange'
dc['snake'] = 'red'
print(dc, dc.parents, dc.new_child(), dc | {'x': 0})
od = OrderedDict(a=1, b=2)
print(od | {'c': 3}, type(od | {}).__name__, od.copy(), copy.copy(od), type(copy.copy(od)).__name__)
class MyOD(OrderedDict):
    pass
print(repr(MyOD(a=1)), MyOD(a=1) | {'b': 2}, type(MyOD(a=1) | {}).__name__, repr(MyOD()), type(MyOD(a=1).copy()).__name__)
dd = defaultdict(list, a=[1])
print(dd | {'b': [2]}, type(dd | {}).__name__, dd.copy(), copy.copy(dd), copy.deepcopy(dd))


# update() from an iterable that raises keeps what it counted, for an empty
# Counter and a filled one alike
def words_then_error():
    yield "a"
    yield "b"
    yield "a"
    raise ValueError("stop")


for start in ({}, {"a": 5}):
    c = Counter(start)
    try:
        c.update(words_then_error())
    except ValueError:
        pass
    print(sorted(c.items()))

from collections import namedtuple, defaultdict, Counter, ChainMap, OrderedDict, deque, UserDict
import collections.abc
P = namedtuple('P', 'x y')
p = P(1, y=2); print(p, p._fields, p._asdict() == {'x': 1, 'y': 2}, p._replace(x=5), P._make([3, 4]), p.x + p[1], tuple(p), p == (1, 2))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 9])
print(Q(1), Q(1, 2), Q(a=3), Q._field_defaults == {'b': 0, 'c': 9}, Q._fields, isinstance(Q(1), tuple))
class R(namedtuple('R', 'u v')):
    def s(self): return self.u + self.v
print(R(1, 2).s(), namedtuple('X', 'a, def, a', rename=True)._fields)
d = defaultdict(list); d['a'].append(1); d['a'].append(2); d['b']; print(sorted(d.items()), d['zz'], len(d), 'q' in d)
c = defaultdict(int)
for w in 'a b a c a b'.split(): c[w] += 1
print(sorted(c.items()), repr(defaultdict(int)), c == {'a': 3, 'b': 2, 'c': 1})
cn = Counter('abracadabra'); print(cn.most_common(2), cn['z'], cn['a'], sorted(cn.elements())[:6], cn.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter('aab') == Counter('aba'), Counter())
cn.update('zzz'); cn.subtract({'a': 5}); print(cn['z'], cn['a'], repr(Counter({'x': 2})))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('q', 0))
cm2 = cm.new_child({'c': 4}); cm2['d'] = 5; print(sorted(cm2.items()), cm2.parents['a'])
print(isinstance({}, collections.abc.Mapping) or True, issubclass(collections.abc.MutableMapping, collections.abc.Mapping))
class M(collections.abc.MutableMapping):
    def __init__(s): s.d = {}
    def __getitem__(s, k): return s.d[k]
    def __setitem__(s, k, v): s.d[k] = v
    def __delitem__(s, k): del s.d[k]
    def __iter__(s): return iter(s.d)
    def __len__(s): return len(s.d)
m = M(); m['x'] = 1; m.update(y=2); print(m.get('x'), m.get('z', 'no'), 'y' in m, sorted(m.keys()), m.pop('x'), len(m), m.setdefault('k', 7))
od = OrderedDict([('b', 1), ('a', 2)]); od['c'] = 0; print(list(od), od)
dq = deque([1, 2, 3], maxlen=3); dq.append(4); print(list(dq), dq.popleft(), len(dq))
ud = UserDict({'a': 1}); ud['b'] = 2; print(sorted(ud.items()), ud['a'], len(ud))
d = deque(); d.append(1); d.appendleft(0); d.extend([5, 6]); d.rotate(1); print(d, d.pop(), d.popleft(), bool(d), d[0], len(d), 5 in d)
d.rotate(-1); print(d, deque('abc', maxlen=2), deque(range(5))[-1])
od2 = OrderedDict.fromkeys('abc') if hasattr(OrderedDict, 'fromkeys') else OrderedDict([('a', None), ('b', None), ('c', None)])
od2.move_to_end('a'); print(list(od2)); od2.move_to_end('a', last=False); print(list(od2), od2.popitem(), od2.popitem(last=False), OrderedDict())

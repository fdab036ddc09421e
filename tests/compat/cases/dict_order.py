import json
d = {}
for k in ['zeta', 'alpha', 'mid', 3, 1, 2, (1, 2), 'b']:
    d[k] = len(str(k))
print(d)
print(list(d), list(d.values())[:3], list(d.items())[-2:])
del d['alpha']
d['alpha'] = 9
print(list(d), d.popitem(), d.popitem(), d)
print(json.dumps({'z': 1, 'a': [1, {'y': 2, 'b': 3}]}), json.dumps({'z': 1, 'a': 2}, sort_keys=True))
x = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del x[i]
print(len(x), sum(x), list(x)[:5], list(x)[-3:])
while len(x) > 2:
    x.popitem()
print(x)
y = dict(b=1, a=2, **{'c': 3})
print(y, y.copy(), dict(y, d=4), dict(y, a=0))
def f(**kw):
    return kw
print(f(z=1, a=2, m=3), list(f(b=1, a=2)))
print({1: 'a', True: 'b', 1.0: 'c'}, dict.fromkeys('hello'), dict(zip('cab', range(3))))
class C:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
print(C().__dict__, vars(C()))
s = {}
for i in range(20000):
    s[str(i)] = i
for i in range(0, 20000, 2):
    del s[str(i)]
s['new'] = -1
print(len(s), list(s)[:3], list(s)[-2:], s.get('19999'), '4' in s, '5' in s)
d2 = {'b': 1, 'a': 2}
d2.update([('c', 3), ('b', 9)])
d2.setdefault('d', 4)
print(d2, d2.pop('a'), d2, {k: v for k, v in sorted(d2.items(), key=lambda kv: -kv[1])})
from collections import OrderedDict, Counter, defaultdict
print(Counter('abracadabra').most_common(3), dict(Counter('mississippi')))
dd = defaultdict(list)
for w in 'one two three two one four'.split():
    dd[len(w)].append(w)
print(dict(dd))
o = OrderedDict(b=1, a=2)
o.move_to_end('b')
print(list(o), o == OrderedDict(a=2, b=1), o == {'b': 1, 'a': 2})
print(str({'k': {'n': [1, {'x': None}]}, 'j': ()}))

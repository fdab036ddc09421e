# weakref: ref/proxy/WeakMethod, the weak containers and finalize, as a
# script sees them while its objects are alive; the TypeError for objects
# CPython cannot weakly reference (pywasm holds references strongly).
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello ' + self.name

    def __repr__(self):
        return 'Node(%r)' % self.name


def short(r):
    # reprs carry addresses: keep their shape only
    s = repr(r)
    return s.split(' at ')[0] + (' dead>' if s.endswith('dead>') else '')


a, b = Node('a'), Node('b')
for v in (1, 'a', (), [], {}, b'', None, True, 1.5, 1j, bytearray(), range(1), object(), slice(1)):
    try:
        weakref.ref(v)
        print(type(v).__name__, 'ok')
    except TypeError as e:
        print(e)
for v in (set(), frozenset(), len, Node, a, lambda: 0):
    print(weakref.ref(v)() is v, end=' ')
print()
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.ref(a, print) is r, r.__callback__, weakref.ref(a, print).__callback__ is print)
print(r == weakref.ref(a, print), r == weakref.ref(b), r != weakref.ref(b), hash(r) == hash(a), r == 5)
print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType, short(r))
c = Node('c')
print(weakref.getweakrefcount(c), weakref.getweakrefs(c), weakref.getweakrefcount(1), weakref.getweakrefs('s'))
rc = weakref.ref(c)
rc2 = weakref.ref(c, lambda r: None)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c)[0] is rc)


class KeyedRef(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


k = KeyedRef(a, None, 'K')
print(k() is a, k.key, isinstance(k, weakref.ref), k is r)

m = weakref.WeakMethod(a.hello)
print(m()(), m() == a.hello, m == weakref.WeakMethod(a.hello), m == weakref.WeakMethod(b.hello), isinstance(m, weakref.ref))
for bad in (len, a, 3):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(str(e).split(' not ')[0])

p = weakref.proxy(a)
print(p.hello(), p.name, str(p), short(p), type(p).__name__)
p.name = 'A'
print(a.name, p == a)
a.name = 'a'
try:
    hash(p)
except TypeError as e:
    print(e)
cp = weakref.proxy(Node)
print(type(cp).__name__, cp('z'), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    weakref.proxy([1])
except TypeError as e:
    print(e)
pset = {1, 2}
ps = weakref.proxy(pset)
print(len(ps), 2 in ps, sorted(ps), ps | {3} == {1, 2, 3})

d = weakref.WeakValueDictionary({'a': a})
d['b'] = b
print(len(d), 'a' in d, 'z' in d, d['a'], sorted(d.keys()), d.get('z', 0), sorted(d.items()), short(d))
print(sorted(dict(d).items()), d.pop('b'), len(d), d.setdefault('q', b), len(d), d.pop('zz', 'none'))
print([wr() for wr in d.valuerefs()], type(d.copy()).__name__, d == {'a': a, 'q': b})
try:
    d['x'] = 1
except TypeError as e:
    print(e)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
d2 = d | {'w': c}
print(type(d2).__name__, len(d2), len(d))
d.clear()
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    hash(d)
except TypeError as e:
    print(e)

kd = weakref.WeakKeyDictionary()
kd[a] = 1
kd[b] = 2
print(len(kd), kd[a], a in kd, 1 in kd, sorted(kd.values()), [r() for r in kd.keyrefs()], short(kd))
for op in (lambda: kd[1], lambda: kd.__setitem__('s', 1), lambda: kd.get(1)):
    try:
        op()
    except TypeError as e:
        print(e)
print(kd.pop(a), len(kd), hasattr(kd, 'valuerefs'), hasattr(d, 'keyrefs'))

s = weakref.WeakSet([a, b])
print(len(s), a in s, 1 in s, s == weakref.WeakSet([b, a]), s == {a, b}, short(s)[:11], repr(weakref.WeakSet()))
s.discard(a)
print(len(s), sorted(s, key=repr))
s.add(a)
s.remove(a)
try:
    s.remove(a)
except KeyError as e:
    print('KeyError', short(e.args[0]))
try:
    s.add(1)
except TypeError as e:
    print(e)
s |= [a]
print(type(s | [c]).__name__, sorted(s | [c], key=repr), sorted(s - [a], key=repr), sorted(s & {a}, key=repr))
print(s.issubset([a, b, c]), s <= weakref.WeakSet([a]), s >= weakref.WeakSet([a]), s.isdisjoint([c]))
print(len(s.copy()), len(s ^ weakref.WeakSet([a, c])), s.pop() in (a, b), len(s))
try:
    s.union([1])
except TypeError as e:
    print(e)
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)


def bye(*args, **kwargs):
    print('finalizer ran', args, kwargs)
    return 'result'


f = weakref.finalize(a, bye, 1, k=2)
print(f.alive, f.atexit, f.peek()[0] is a, f.peek()[1] is bye, f.peek()[2:], short(f))
print(f(), f.alive, f(), f.peek(), f.detach(), short(f))
g = weakref.finalize(b, bye, 'g')
g.atexit = False
print(g.detach()[2:], g.alive, g.detach())
weakref.finalize(c, bye, 'at exit, first made')
weakref.finalize(b, bye, 'at exit, made last, runs first')
weakref.finalize(b, bye, 'never').atexit = False
try:
    weakref.finalize(1, bye)
except TypeError as e:
    print(e)
print(sorted(weakref.__all__))
print('end of script')

# pickle: round trips through dumps/loads and dump/load on a file for every
# protocol, keeping shared references shared (a[0] is a[1]) and recursive
# lists, dicts and tuples intact; user classes with __dict__, with
# __getstate__/__setstate__, __reduce__ and subclasses of list/dict/int;
# Pickler/Unpickler subclasses with persistent_id/persistent_load,
# dispatch_table, reducer_override and find_class.
import io
import pickle
import copyreg


class Rec:
    def __init__(self, name, items=None):
        self.name = name
        self.items = items or []


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = 'big'

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        self.n = state['n']
        self.cache = None


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.a, self.b))

    def __eq__(self, other):
        return isinstance(other, Pair) and (self.a, self.b) == (other.a, other.b)


for p in range(pickle.HIGHEST_PROTOCOL + 1):
    shared = [1, 2]
    s = 'text'
    data = {'a': [shared, shared], 't': (shared, s, s), 'r': Rec('x', [shared])}
    out = pickle.loads(pickle.dumps(data, p))
    print(p, out['a'][0] is out['a'][1], out['t'][0] is out['a'][0], out['r'].items[0] is out['a'][0],
          out['r'].name, type(out['r']).__name__)
    lst = [1]
    lst.append(lst)
    d = {'k': lst}
    d['self'] = d
    got = pickle.loads(pickle.dumps(d, p))
    print(p, got['self'] is got, got['k'][1] is got['k'], got['k'][0])
    x = []
    t = (x, 5)
    x.append(t)
    got = pickle.loads(pickle.dumps(t, p))
    print(p, got[0][0] is got, got[1])
    st = pickle.loads(pickle.dumps(Stateful(3), p))
    print(p, st.n, st.cache)
    ml = MyList([1, 2])
    ml.tag = 'L'
    md = MyDict(a=1)
    md.tag = 'D'
    got = pickle.loads(pickle.dumps([ml, md, MyInt(5), Pair(1, [2])], p))
    print(p, type(got[0]).__name__, list(got[0]), got[0].tag, type(got[1]).__name__, dict(got[1]),
          got[1].tag, type(got[2]).__name__, got[2] + 1, got[3] == Pair(1, [2]))
    f = io.BytesIO()
    pickle.dump({'x': 1}, f, p)
    pickle.dump([2], f, protocol=p)
    f.seek(0)
    print(p, pickle.load(f), pickle.load(f), f.read())
    print(p, pickle.loads(pickle.dumps({1, 2, 3}, p)) == {1, 2, 3},
          pickle.loads(pickle.dumps(frozenset({'a', 'b'}), p)) == frozenset({'a', 'b'}),
          pickle.loads(pickle.dumps([b'', b'\x00\xff' * 200, bytearray(b'q')], p)))
    big = {'k%d' % i: list(range(i % 7)) for i in range(3000)}
    print(p, pickle.loads(pickle.dumps(big, p)) == big)
    print(p, pickle.loads(pickle.dumps('x' * 100000 + '€', p)) == 'x' * 100000 + '€')
    print(p, pickle.loads(pickle.dumps([Rec, len, pickle.dumps], p)) == [Rec, len, pickle.dumps])


class DB:
    rows = {'r1': 'row one', 'r2': 'row two'}


class Ref:
    def __init__(self, key):
        self.key = key


class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return 'row:' + obj.key
        return None


class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(':')
        return DB.rows[key]


for p in (0, 2, 4):
    f = io.BytesIO()
    MyPickler(f, p).dump([Ref('r1'), Ref('r2'), 3])
    print('persistent', p, f.getvalue().hex())
    f.seek(0)
    print('persistent', p, MyUnpickler(f).load())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(pt):
    return (Point, (pt.x * 10, pt.y * 10))


f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Point] = reduce_point
pk.dump(Point(1, 2))
print('dispatch', f.getvalue().hex())
pt = pickle.loads(f.getvalue())
print('dispatch', pt.x, pt.y)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (complex, (obj.x, obj.y))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([Point(3, 4), 'keep'])
print('override', pickle.loads(f.getvalue()))


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for p in (3, 4):
    print('safe', p, sorted(SafeUnpickler(io.BytesIO(pickle.dumps({1, 2}, p))).load()))
    try:
        SafeUnpickler(io.BytesIO(pickle.dumps(Point(1, 2), p))).load()
    except pickle.UnpicklingError as e:
        print('safe', p, e)

mf = io.BytesIO()
pk = pickle.Pickler(mf, 3)
obj = ['a']
pk.dump(obj)
pk.dump(obj)
pk.clear_memo()
pk.dump(obj)
print('memo', mf.getvalue().hex())
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.MARK, pickle.STOP, pickle.FRAME, pickle.PROTO)
print(pickle.dumps([1]) == pickle.dumps([1], 4), pickle.dumps([1], -1) == pickle.dumps([1], 5))

# pickle: dumps gives CPython 3.11's exact bytes for every protocol: scalars
# (int opcode sizes, big and negative ints, floats, bools), text and bytes of
# each size class, tuples of 0-4 items, lists/dicts/sets around the 1000-item
# batch size, shared and recursive references (memo opcodes), 64 KB frames,
# classes, functions, nested classes and instances through the default
# reduction, __reduce__, __reduce_ex__, __getstate__, __getnewargs(_ex)__.
import pickle


class Plain:
    pass


class WithState:
    def __init__(self):
        self.a, self.b = 1, 'two'

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, st):
        self.a = st['a']
        self.b = 'restored'


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {'proto': proto})


class NewArgs(int):
    def __getnewargs__(self):
        return (int(self),)


class NewArgsEx:
    def __new__(cls, *args, **kw):
        self = object.__new__(cls)
        self.args, self.kw = args, kw
        return self

    def __getnewargs_ex__(self):
        return (self.args, self.kw)

    def __getstate__(self):
        return None


class Outer:
    class Inner:
        pass


def func():
    pass


def show(label, obj, protos=range(6)):
    for p in protos:
        print(label, p, pickle.dumps(obj, p).hex())


for v in (None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**63, -2**63, 2**64 - 1, 10**40, -10**40, 2**2100):
    show('int' if not isinstance(v, int) or abs(v) < 2**100 else 'hugeint', v)
for v in (0.0, -0.0, 1.5, 1e300, -2.5e-300, 0.1, float('inf')):
    show('float', v)
for v in ('', 'a', 'é€\U0001f600', 'x' * 255, 'y' * 256, 'a\\b\nc\rd\x00e\x1a', '\x7f\x80\xff\u0100'):
    show('str', v)
for v in (b'', b'\x00', b'z' * 255, b'w' * 256, bytearray(), bytearray(b'\x00\xff')):
    show('bytes', v)
for v in ((), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2], {}, {'k': 'v'},
          {1: [2], 'x': (3,)}, {5}, frozenset(), frozenset({9}), set()):
    show('container', v)
for n in (999, 1000, 1001, 2000, 2001):
    for p in (0, 1, 2, 4):
        print('batch', n, p, pickle.dumps(list(range(n)), p)[-24:].hex(),
              pickle.dumps(dict.fromkeys(range(n)), p)[-24:].hex())
    print('setbatch', n, pickle.dumps(set(range(n)), 4)[-16:].hex(), len(pickle.dumps(set(range(n)), 4)))

s = 'shared'
lst = [1, 2]
show('shared', [s, s, lst, lst, (lst, s)])
rec = [1]
rec.append(rec)
show('reclist', rec)
d = {}
d['me'] = d
show('recdict', d)
x = [1]
t = (x, x)
x.append(t)
show('rectuple', t)
t4 = ([], 2, 3, 4)
t4[0].append(t4)
show('rectuple4', t4)
many = ['s%d' % i for i in range(300)]
show('memo>256', many + many[:3], (1, 2, 3))

for n in (65530, 65536, 70000):
    data = pickle.dumps(['x' * n, 'y' * 10, b'z' * n], 4)
    print('frames', n, len(data), data[:12].hex(), data[65540:65560].hex(), data[-40:].hex())
ints = list(range(40000))
data = pickle.dumps(ints, 5)
print('intframes', len(data), data[:12].hex(), data[65535:65560].hex())
data = pickle.dumps([str(i) for i in range(20000)], 4)
print('strframes', len(data), [i for i in range(len(data) - 8) if data[i] == 0x95 and data[i + 8] == 0][:5])

show('class', Plain)
show('nested', Outer.Inner)
show('func', func)
show('builtin', len)
show('builtintype', [bytearray, set, bytearray])
pl = Plain()
show('plain', pl)
pl.x = [1]
pl.y = 'y'
show('plainattrs', pl)
show('twice', [pl, pl])
show('getstate', WithState())
show('reduce', Reduced([1, 'a']))
show('reduce_ex', ReducedEx())
show('newargs', NewArgs(7), range(2, 6))
show('newargs_ex', NewArgsEx(1, k=2), (4, 5))
show('newargs_ex_noks', NewArgsEx(1, 2), range(2, 6))

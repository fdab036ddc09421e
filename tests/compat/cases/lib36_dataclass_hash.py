# dataclasses: CPython's __hash__ rules for eq/frozen/unsafe_hash, with and
# without a __hash__ written in the class body (kept; unsafe_hash refuses it).
from dataclasses import dataclass, field


def show(label, cls, *args):
    h = cls.__dict__.get('__hash__', 'inherited')
    kind = 'None' if h is None else ('inherited' if h == 'inherited' else 'function')
    try:
        v = hash(cls(*args))
        v = 'int' if isinstance(v, int) else v
    except TypeError as e:
        v = 'TypeError ' + str(e)
    print(label, kind, v)


@dataclass(frozen=True)
class C:
    d: dict = field(default_factory=dict)

    def __hash__(self):
        return 42


show('frozen+own', C)

try:
    @dataclass(unsafe_hash=True)
    class G:
        x: int

        def __hash__(self):
            return 9
    print('no error')
except TypeError as e:
    print('TypeError', e)

for eq in (False, True):
    for frozen in (False, True):
        for unsafe in (False, True):
            for own in (False, True):
                ns = {'__annotations__': {'x': int}}
                if own:
                    ns['__hash__'] = lambda self: 7
                try:
                    cls = dataclass(eq=eq, frozen=frozen, unsafe_hash=unsafe)(type('K', (), ns))
                except TypeError as e:
                    print(eq, frozen, unsafe, own, 'TypeError', e)
                    continue
                h = cls.__dict__.get('__hash__', 'inherited')
                if h is None:
                    r = 'set to None'
                elif h == 'inherited':
                    r = 'object hash'
                else:
                    r = hash(cls(5))
                    r = 'own' if r == 7 else ('fields' if r == hash((5,)) else r)
                print(eq, frozen, unsafe, own, r)


@dataclass
class E:
    x: int

    def __eq__(self, o):
        return True


show('own eq', E, 1)


@dataclass(frozen=True)
class N:
    x: int
    __hash__ = None


show('frozen, __hash__ = None', N, 1)


@dataclass(frozen=True)
class P:
    x: int
    y: list = field(hash=False, compare=False, default=None)


print(hash(P(3)) == hash((3,)), hash(P(3, [1])) == hash(P(3, [2])))

# pprint breaks dataclasses, SimpleNamespace and the collections types
# (OrderedDict, defaultdict, Counter, ChainMap, deque) over lines as
# CPython 3.11 does when their repr is too long.
import pprint, types
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, namedtuple
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    secret: str = field(default='x', repr=False)
@dataclass
class Order:
    id: int
    items: list
    note: str = ''
o = Order(1, [Item('widget', ['a', 'b'] * 5, {'k%d' % i: i for i in range(5)}), Item('gadget')], 'rush order please')
for w in (80, 40, 20):
    pprint.pprint(o, width=w)
pprint.pprint([o, o], width=60)
pprint.pprint(OrderedDict(a=1, b=[1, 2]), width=20)
pprint.pprint(OrderedDict((str(i), i) for i in range(10)), width=40)
dd = defaultdict(list); dd['x'].extend(range(12)); dd['a'].append('q'); pprint.pprint(dd, width=30)
pprint.pprint(Counter('abracadabra' * 3), width=30)
pprint.pprint(ChainMap({'a': list(range(8))}, {'b': 2}), width=30)
pprint.pprint(deque(range(20)), width=30); pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(types.SimpleNamespace(alpha=list(range(10)), beta='x' * 30), width=40)
pprint.pprint(OrderedDict(), width=5); pprint.pprint(deque(), width=5); pprint.pprint(Counter(), width=5); pprint.pprint(defaultdict(int), width=5)
class MyOD(OrderedDict): pass
pprint.pprint(MyOD(a=list(range(10))), width=30)
pprint.pprint({'data': [Item('n%d' % i) for i in range(3)]}, width=50, indent=2)
pprint.pprint(Counter({'x': 5, 'y': 3}), indent=4, width=10)
pprint.pprint([deque([1, 2, 3]), Counter('ab')], width=15, compact=True)
print(pprint.pformat(o, depth=1), pprint.pformat(o, depth=2, width=30))

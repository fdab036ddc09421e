# A dict subclass's __missing__ (patch 0099), and copy of instances whose
# class refuses __setattr__ (a frozen dataclass).
import collections
class Cache(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]
c = Cache(a=1)
print(c[3], c, c['a'], c.get(9), 9 in c)
class Loud(dict):
    def __missing__(self, k):
        raise KeyError('no ' + str(k))
try:
    Loud()['x']
except KeyError as e:
    print('KeyError', e)
class Plain(dict): pass
try:
    Plain()['y']
except KeyError as e:
    print('KeyError', e)
class Ordered(collections.OrderedDict):
    def __missing__(self, k):
        return 0
o = Ordered(); print(o['z'], list(o))
d = collections.defaultdict(list); d['k'].append(1); print(dict(d))
class Counts(collections.Counter): pass
print(Counts('aab')['c'], Counts('aab')['a'])
import copy, dataclasses
@dataclasses.dataclass(frozen=True)
class P:
    x: int
    y: int = 0
print(copy.copy(P(7)), copy.deepcopy([P(1), {'k': P(2)}]), copy.copy(P(1)) == P(1))

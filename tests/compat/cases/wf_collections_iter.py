# Aggregations a report script does with collections, itertools and functools.
import functools
import itertools
import operator
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

words = 'the cat and the hat and the bat sat on the mat'.split()
c = Counter(words)
print(c.most_common(3), c.most_common()[-1], c['the'], c['dog'], len(c), sum(c.values()), c.total())
c.update(['cat', 'cat'])
c.subtract({'the': 2})
print(sorted(c.items()), +Counter(a=1, b=-1), Counter('abca') + Counter('bd'), Counter('abca') - Counter('a'), Counter('aab') & Counter('ab'), Counter('ab') | Counter('bbc'))
print(list(Counter('mississippi').elements()), Counter('mississippi'), repr(Counter()))
print(dict(Counter(len(w) for w in words)), Counter({'x': 2}) == Counter(x=2))

tree = defaultdict(lambda: defaultdict(list))
for owner, repo, lang in [('a', 'r1', 'py'), ('a', 'r2', 'js'), ('b', 'r3', 'py'), ('a', 'r1', 'c')]:
    tree[owner][repo].append(lang)
print({k: dict(v) for k, v in tree.items()}, 'zz' in tree, len(tree))
dd = defaultdict(int)
for ch in 'hello':
    dd[ch] += 1
print(dd, repr(defaultdict(list)), dd.default_factory, dict(dd))
sets = defaultdict(set)
sets['x'].add(1)
print(sets, sets.get('y'), 'y' in sets)

Release = namedtuple('Release', ['version', 'date', 'notes'], defaults=[''])
r = Release('1.0', '2024-01-01')
print(r, r._asdict(), r._replace(version='1.1'), r._fields, Release._field_defaults, r.version, r[1], tuple(r))
print(Release._make(['2', 'd', 'n']), r == ('1.0', '2024-01-01', ''), isinstance(r, tuple))
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
x, y = p
print(p, x + y, p._asdict(), Point.__name__, sorted([Point(2, 1), Point(1, 5)]))
try:
    Point(1)
except TypeError as e:
    print('TypeError', type(e).__name__)

recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
print(recent, list(recent), recent.maxlen, len(recent))
recent.appendleft(-1)
print(recent, recent.pop(), recent.popleft(), recent)
q = deque([1, 2, 3, 4, 5])
q.rotate(2)
print(q, q[0], q[-1], 3 in q, q.index(4), q.count(1))
q.rotate(-3)
q.extend([7, 8])
q.extendleft([0, -1])
print(q, list(reversed(q)))
q.remove(7)
q.clear()
print(q, bool(q), deque('abc', 2))

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'ci'}
cli = {'debug': True}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], cm['debug'], sorted(cm), len(cm), dict(cm) == {'color': 'red', 'user': 'ci', 'debug': True})
child = cm.new_child({'color': 'blue'})
child['extra'] = 1
print(child['color'], child.maps[0], cm.parents.maps == [env, defaults], 'extra' in cm, child.get('nope', 'dflt'))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))

rows = [('py', 'a', 3), ('py', 'b', 1), ('js', 'c', 5), ('js', 'd', 2), ('go', 'e', 4)]
for lang, grp in itertools.groupby(sorted(rows, key=operator.itemgetter(0)), key=lambda r: r[0]):
    g = list(grp)
    print(lang, len(g), sum(x[2] for x in g))
print([k for k, _ in itertools.groupby('aaabbbcca')], [(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 1])])
print(list(itertools.chain.from_iterable([[1, 2], (3,), 'ab'])), list(itertools.chain('ab', [1])))
print(list(itertools.product('ab', [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations('abc', 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.islice(itertools.count(10, 5), 2, 5)), list(itertools.islice('abcdefg', 3)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1])), list(itertools.filterfalse(None, [0, 1, '', 'x'])), list(itertools.repeat('x', 3)))
print(list(itertools.pairwise('abcd')), [list(t) for t in itertools.tee([1, 2], 2)], list(itertools.islice(itertools.cycle('ab'), 5)))
batches = [list(itertools.islice(it, 2)) for it in [iter(range(5))] for _ in range(3)]
print(batches)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info(), sq.__name__)


@functools.cache
def slow(a, b=1):
    return a + b


print(slow(1), slow(1), slow(1, b=2), slow.cache_info().hits)
def parse(s, base=10):
    return int(s, base)


base2 = functools.partial(parse, base=2)
print(base2('1010'), base2.func is parse, base2.keywords, functools.partial(max, 5)(3, 9))
print(functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(lambda a, b: a * b, range(1, 6)))


def log_calls(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@log_calls
def documented(x):
    return x


print(documented.__name__, documented.__wrapped__.__name__, documented(4))


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split('.'))

    def __eq__(self, o):
        return self.t == o.t

    def __lt__(self, o):
        return self.t < o.t

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.t))


vs = [Version('1.10.0'), Version('1.2.0'), Version('1.2')]
print(sorted(vs), max(vs), Version('2.0') >= Version('1.9'), Version('1.0') <= Version('1.0'), Version('1.0') > Version('1.1'))


class Repo:
    calls = 0

    def __init__(self, name):
        self.name = name

    @functools.cached_property
    def slug(self):
        Repo.calls += 1
        return self.name.lower().replace(' ', '-')


r = Repo('My Repo')
print(r.slug, r.slug, Repo.calls, 'slug' in vars(r))
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

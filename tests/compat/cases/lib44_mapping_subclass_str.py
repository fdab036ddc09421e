# str() of a subclass of OrderedDict, defaultdict or Counter that defines
# only __repr__ is that __repr__, as in CPython (icalendar's vRecur prints
# through its own repr); the library's classes had pinned str to theirs.
from collections import Counter, OrderedDict, defaultdict


class Recur(OrderedDict):
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, dict(self))


class Tally(Counter):
    def __repr__(self):
        return 'Tally:' + ','.join('%s=%d' % kv for kv in sorted(self.items()))


class Groups(defaultdict):
    def __repr__(self):
        return 'Groups%s' % sorted(self)


class Plain(dict):
    def __repr__(self):
        return 'Plain!'


r = Recur(FREQ='WEEKLY', COUNT=4)
t = Tally('abca')
g = Groups(list, {'x': [1], 'y': []})
for value in (r, t, g, Plain(a=1), OrderedDict(a=1), Counter('aab'), defaultdict(int, k=2)):
    print(str(value), '%s' % (value,), '{}'.format(value), f'{value!s}', [value])

# pickle: the standard types CPython implements in C pickle to the same bytes
# (datetime, date, time, timedelta, timezone, Decimal, Fraction, OrderedDict,
# defaultdict, deque, namedtuple, Enum members) and load back equal.
import pickle, datetime, decimal, fractions, collections, enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
P = collections.namedtuple('P', 'x y')
objs = [('dt', datetime.datetime(2024, 5, 6, 7, 8, 9, 123456)), ('date', datetime.date(2024, 2, 29)),
        ('td', datetime.timedelta(days=-1, seconds=5, microseconds=7)), ('time', datetime.time(1, 2, 3)), ('tzdt', datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.timezone.utc)), ('tz', datetime.timezone(datetime.timedelta(hours=2), 'X')),
        ('dec', decimal.Decimal('1.50')), ('frac', fractions.Fraction(3, 4)),
        ('od', collections.OrderedDict([('b', 1), ('a', 2)])), ('nt', P(1, 2)), ('enum', Color.BLUE),
        ('dd', collections.defaultdict(list, {'k': [1]})), ('dq', collections.deque([1, 2]))]
for name, o in objs:
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(o, p)
            print(name, p, d.hex())
        except Exception as e:
            print(name, p, 'dump', type(e).__name__, e)
            continue
        try:
            r = pickle.loads(d)
            print(name, p, r == o, type(r).__name__, repr(r))
        except Exception as e:
            print(name, p, 'load', type(e).__name__, e)

# datetime's classes are built in __new__ (subclasses that override __new__,
# as tomlkit's do, call it), print a subclass by its own name, keep their
# fields in read-only descriptors that are not properties, reduce as
# CPython's (the packed state their __new__ reads back), and copy and
# pickle keep timezone.utc the one object.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t('date.__new__', lambda: date.__new__(date, 2020, 1, 2))
t('datetime.__new__', lambda: datetime.__new__(datetime, 2020, 1, 2, 3, 4, tzinfo=timezone.utc, fold=0))
t('time.__new__', lambda: time.__new__(time, 7, 32, 0, 0, None, fold=1))
t('timedelta.__new__', lambda: timedelta.__new__(timedelta, days=1, hours=2))


class D(date):
    def __new__(cls, text):
        y, m, d = map(int, text.split('-'))
        return super().__new__(cls, y, m, d)


class DT(datetime):
    def __new__(cls, *args, note=None, **kw):
        self = super().__new__(cls, *args, **kw)
        self.note = note
        return self

    def __init__(self, *args, note=None, **kw):
        super().__init__()


class T(time):
    pass


class TD(timedelta):
    pass


d = D('2021-03-04')
print(repr(d), type(d).__name__, d.year, d.month, d.day)
dt = DT(2020, 5, 6, 7, 8, 9, 10, tzinfo=timezone.utc, note='n')
print(repr(dt), dt.note, dt.hour, dt.microsecond)
print(repr(T(7, 30)), repr(T(1, 2, 3, 4, fold=1)), repr(TD(days=1)), repr(TD(0)), repr(TD(seconds=-1)))
print(type(dt + timedelta(days=40)).__name__, repr(dt + timedelta(days=40)))
print(type(dt.replace(year=2000)).__name__, type(dt.date()).__name__, type(dt.timetz()).__name__)
print(type(TD(1) + TD(1)).__name__, type(-TD(1)).__name__, type(+TD(1)).__name__, type(abs(TD(-1))).__name__)
print(D('2020-01-01') == date(2020, 1, 1), date(2020, 1, 1) == D('2020-01-01'))
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == 5)

# the fields: read-only, and not property objects
for cls in (date, datetime, time, timedelta, timezone):
    props = sorted(n for c in cls.__mro__ for n, v in vars(c).items() if isinstance(v, property))
    print(cls.__name__, props)
print(isinstance(date.year, property), repr(date.year), repr(datetime.hour), repr(timedelta.days))
for obj, name in ((date(2020, 1, 1), 'year'), (datetime(2020, 1, 1), 'fold'), (time(1), 'tzinfo'),
                  (timedelta(1), 'days'), (d, 'month')):
    try:
        setattr(obj, name, 3)
        print('set', name)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        delattr(obj, name)
        print('deleted', name)
    except AttributeError as e:
        print('AttributeError', e)

# argument checks made in __new__
t('no month', lambda: date(2020))
t('no day', lambda: datetime(2020, 1))
t('bad tz', lambda: datetime(2020, 1, 1, tzinfo=5))
t('bad time tz', lambda: time(1, tzinfo='x'))
t('bad day', lambda: date(2021, 2, 29))
t('leap day', lambda: date(2020, 2, 29))
t('bad hour', lambda: datetime(2020, 1, 1, 24))
t('bad fold', lambda: time(1, fold=2))
t('fold True', lambda: datetime(2020, 1, 1, fold=True).fold)

# the packed state: what __reduce__ gives and __new__ reads back
for obj in (date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, 5, 678901, fold=1), time(23, 59, 1, 2, timezone.utc),
            timedelta(-1, 5, 6), d, dt, T(1, 2), TD(3)):
    r = obj.__reduce__()
    print(type(obj).__name__, r[0].__name__, r[1])
print(datetime(2020, 1, 2, fold=1).__reduce_ex__(4)[1], time(3, fold=1).__reduce_ex__(4)[1])
t('date(state)', lambda: date(b'\x07\xe4\x01\x02'))
t('datetime(state, tz)', lambda: datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x07', timezone.utc))
t('time(state)', lambda: time(b'\x81\x02\x03\x00\x00\x04'))
t('date(latin-1 str)', lambda: date('\x07\xe4\x0c\x1f'))
t('date(bad state)', lambda: date(b'\x07\xe4\x0d\x01'))

# copy and pickle: subclasses too, and the one timezone.utc
for obj in (date(2020, 1, 2), datetime(2020, 1, 2, 3, tzinfo=timezone.utc), time(4, 5, fold=1), timedelta(7),
            T(5), TD(hours=5), timezone(timedelta(hours=2), 'X')):
    c1, c2 = copy.copy(obj), copy.deepcopy(obj)
    print(repr(c1), repr(c2), c1 == obj, type(c2) is type(obj))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        p = pickle.loads(pickle.dumps(obj, proto))
        assert p == obj and type(p) is type(obj), (obj, proto)
u = timezone.utc
print(copy.copy(u) is u, copy.deepcopy(u) is u, pickle.loads(pickle.dumps(u)) is u, repr(copy.deepcopy(u)))
print(copy.deepcopy(datetime(2020, 1, 1, tzinfo=u)).tzinfo is u)
print(u.__reduce__(), timezone(timedelta(hours=1), 'X').__reduce__())
print(pickle.dumps(date(2020, 1, 2), 2), pickle.dumps(timezone.utc, 0))


class Zone(tzinfo):
    def __init__(self, name='z'):
        self.name = name

    def utcoffset(self, dt):
        return timedelta(hours=1)


z = Zone('q')
print(z.__reduce__()[0].__name__, z.__reduce__()[1:], copy.copy(z).name, pickle.loads(pickle.dumps(z)).name)

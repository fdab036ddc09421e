# __format__: format(), f-strings and str.format call a class's own, as CPython.
import datetime
import enum


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = '%d.%02d' % divmod(self.cents, 100)
        return format(text, spec) if spec else '$' + text

    def __str__(self):
        return 'Money(%d)' % self.cents

    def __repr__(self):
        return '<Money %d>' % self.cents


m = Money(12345)
print(f'{m}', f'{m:>10}|', '{}'.format(m), '{0:<9}|'.format(m), format(m), format(m, '^11'))
print(f'{m!s}', f'{m!r:.5}', str(m))
w = 12
print(f'{m:>{w}}|', '{:{}}|'.format(m, 8))

d = datetime.date(2024, 3, 5)
t = datetime.datetime(2024, 3, 5, 14, 7, 9)
print(f'{d:%Y-%m-%d}', f'{t:%d/%m/%Y %H:%M:%S}', f'{t:%A %B}', '{:%j}'.format(d), format(t, '%H'))
print(f'{d}', f'{t}', '{}'.format(datetime.time(9, 30)), f'{datetime.time(9, 30):%H.%M}')
print(f'{datetime.timedelta(hours=1, minutes=5)}')


class Color(enum.Enum):
    RED = 1


class Pri(enum.IntEnum):
    HIGH = 3


print(f'{Color.RED}', f'{Pri.HIGH}', f'{Pri.HIGH:03d}')


class Bad:
    def __format__(self, spec):
        return 5


try:
    f'{Bad()}'
except TypeError as e:
    print('TypeError')


class Plain:
    pass


p = Plain()
print(f'{p}' == str(p), '{}'.format(p) == str(p), format(p) == str(p))

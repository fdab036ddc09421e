# timedelta arithmetic with CPython's errors and NotImplemented (so the
# other operand is asked), str/repr of odd values, and
# date.fromisocalendar's range checks.
from datetime import date, datetime, timedelta, timezone
def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for td in [timedelta(0), timedelta(days=1), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25, microseconds=5),
           timedelta(days=400, seconds=3661), timedelta(weeks=2, milliseconds=1), timedelta(microseconds=-1),
           timedelta(days=-2, hours=3), timedelta(minutes=1.5), timedelta(days=1e-6), timedelta.max, timedelta.min]:
    print(str(td), repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
a = timedelta(hours=1, minutes=30)
print(a * 2, a / 2, a // 7, a / timedelta(minutes=1), a // timedelta(minutes=7), a % timedelta(minutes=7),
      divmod(a, timedelta(minutes=7)), -a, abs(-a), a * 1.5, 1.5 * a, a / 3.3, 2 * a == a + a)
for f in [lambda: a / 0, lambda: a / 0.0, lambda: a // 0, lambda: a // timedelta(0), lambda: a / timedelta(0),
          lambda: a % timedelta(0), lambda: divmod(a, timedelta(0)), lambda: a == 5, lambda: a != 5,
          lambda: a == timedelta(minutes=90), lambda: timedelta(days=1000000000)]:
    tr(f)
class Minutes:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return other + timedelta(minutes=self.n)
    def __rmul__(self, other):
        return 'rmul %s' % (other,)
    def __rtruediv__(self, other):
        return 'rtruediv'
    def __rmod__(self, other):
        return 'rmod'
    def __gt__(self, other):
        return 'reflected gt'
print(a + Minutes(5), a * Minutes(2), a / Minutes(1), a % Minutes(1), a < Minutes(1))
for args in [(2024, 53, 1), (2020, 53, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1),
             (2015, 53, 7), (2004, 53, 1), (2009, 53, 1)]:
    tr(lambda: date.fromisocalendar(*args))
for off in [timedelta(hours=24), timedelta(hours=-25), timedelta(hours=23, minutes=59)]:
    tr(lambda: timezone(off))

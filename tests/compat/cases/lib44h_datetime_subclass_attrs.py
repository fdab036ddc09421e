# Subclasses of timedelta/date/datetime/time keep their own attributes
# beside the values (pendulum's Duration caches _s, _h, _days, _seconds).
import datetime


class Duration(datetime.timedelta):
    _s = None
    _h = None

    def __new__(cls, **kw):
        self = datetime.timedelta.__new__(cls, **kw)
        self._days = 99
        self._seconds = 1
        self._d = 'mine'
        self._us = 'mine too'
        return self

    @property
    def remaining_seconds(self):
        if self._s is None:
            self._s = self.seconds % 60
        return self._s

    @property
    def hours(self):
        if self._h is None:
            self._h = self.seconds // 3600
        return self._h


d = Duration(days=3, hours=5, minutes=2, seconds=7)
print(d, d.days, d.seconds, d.microseconds, d.remaining_seconds, d.hours, d.total_seconds())
print(d + datetime.timedelta(seconds=1), d._d, d._us, repr(datetime.timedelta(days=3, seconds=18127)))


class Stamp(datetime.datetime):
    def tag(self):
        self._y, self._m, self._tz, self._f = 'a', 'b', 'c', 'd'
        return self


s = Stamp(2020, 5, 17, 10, 30, tzinfo=datetime.timezone.utc).tag()
print(s.year, s.month, s.tzinfo, s.fold, s.isoformat(), s._y, s._tz)


class Day(datetime.date):
    pass


x = Day(2021, 2, 3)
x._dd = 'own'
print(x.day, x.isoformat(), x._dd)


class Clock(datetime.time):
    pass


c = Clock(1, 2, 3)
c._mi, c._h = 'own', 'own'
print(c.minute, c.hour, c.isoformat())

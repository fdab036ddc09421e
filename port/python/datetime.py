"""datetime: date, time, datetime, timedelta, timezone (UTC and fixed
offsets), tzinfo, with arithmetic, comparison, isoformat/fromisoformat,
strftime/strptime (the C-standard directives), timestamps and ISO calendar.
Local time is UTC (WASI has no time zones). fold (PEP 495) is kept and
honoured as CPython does: aware datetimes of one tzinfo compare and subtract
by wall time, others by UTC, and == is False for a time whose offset
depends on fold (zoneinfo's ambiguous hours)."""
import time as _t

MINYEAR, MAXYEAR = 1, 9999
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
         'October', 'November', 'December')


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    return 29 if m == 2 and _leap(y) else _DIM[m]


def _ord(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DBM[m] + (m > 2 and _leap(y)) + d


def _fromord(n):
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    prec = _DBM[m] + (m > 2 and leap)
    if prec > n:
        m -= 1
        prec -= _dim(y, m) if not (m == 2 and leap) else 29
    return y, m, n - prec + 1


def _chk(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _dim(y, m):
        raise ValueError('day is out of range for month')


def _cmp(a, b):
    return (a > b) - (a < b)


_MAXORD = 3652059  # date(9999, 12, 31).toordinal()


def _c_round(v):
    # C's round(): halves away from zero (v - int(v) is exact)
    r = float(int(v))
    if abs(v - r) >= 0.5:
        r += 1.0 if v > 0 else -1.0
    return r


def _delta_us(days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    # timedelta's arguments as a whole number of microseconds, as CPython
    # counts them when one is a float: each argument's whole part times its
    # unit exactly, its fractional part times the unit in floating point,
    # whose whole part is added too and whose fraction goes to a leftover
    # that is rounded once at the end, halves to the even total. (A float
    # total lost microseconds past 2**53 of them, about 285 years.)
    total = 0
    left = 0.0
    for name, v, unit in (('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                          ('seconds', seconds, 1000000), ('minutes', minutes, 60000000),
                          ('hours', hours, 3600000000), ('days', days, 86400000000),
                          ('weeks', weeks, 604800000000)):
        if isinstance(v, int):
            total += v * unit
        elif isinstance(v, float):
            whole = int(v)
            total += whole * unit
            frac = v - whole
            if frac:
                f = float(unit) * frac
                whole = int(f)
                total += whole
                left += f - whole
        else:
            raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(v).__name__))
    if left:
        whole = _c_round(left)
        if abs(whole - left) == 0.5:
            odd = total & 1
            whole = 2.0 * _c_round((left + odd) * 0.5) - odd
        total += int(whole)
    return total


def _tp(x):
    # a type's name as CPython's C types give it
    t = type(x)
    return 'datetime.' + t.__name__ if t in (date, datetime, time, timedelta) else t.__name__


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # ints: normalised part by part, so that no total in microseconds
        # is made (past 2**30 it is a big int here, and a date's total
        # always is: timedelta(minutes=i) cost 4.6 us, datetime + timedelta
        # 20 us)
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            d = weeks * 7 + days
            s = (hours * 60 + minutes) * 60 + seconds
            us = milliseconds * 1000 + microseconds
            if not 0 <= us < 1000000:
                c, us = divmod(us, 1000000)
                s += c
            if not 0 <= s < 86400:
                c, s = divmod(s, 86400)
                d += c
        else:
            d, us = divmod(_delta_us(days, seconds, microseconds, milliseconds, minutes, hours, weeks), 86400000000)
            s, us = divmod(us, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._d, self._s, self._us = d, s, us

    days = property(lambda s: s._d)
    seconds = property(lambda s: s._s)
    microseconds = property(lambda s: s._us)

    def _tot(self):
        return (self._d * 86400 + self._s) * 1000000 + self._us

    def total_seconds(self):
        return self._tot() / 1000000

    def __repr__(self):
        a = ['%s=%d' % (n, v) for n, v in (('days', self._d), ('seconds', self._s), ('microseconds', self._us)) if v]
        return 'datetime.timedelta(%s)' % (', '.join(a) or '0')

    def __str__(self):
        m, s = divmod(self._s, 60)
        h, m = divmod(m, 60)
        r = '%d:%02d:%02d' % (h, m, s)
        if self._us:
            r += '.%06d' % self._us
        if self._d:
            r = '%d day%s, ' % (self._d, '' if abs(self._d) == 1 else 's') + r
        return r

    def __add__(self, o):
        if isinstance(o, timedelta):
            return timedelta(self._d + o._d, self._s + o._s, self._us + o._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return timedelta(self._d - o._d, self._s - o._s, self._us - o._us)
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._d, -self._s, -self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._d < 0 else self

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return timedelta(microseconds=self._tot() * o)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, timedelta):
            return self._tot() / o._tot()
        if isinstance(o, (int, float)):
            if not o:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta(microseconds=self._tot() / o)
        return NotImplemented

    def __floordiv__(self, o):
        if isinstance(o, timedelta):
            return self._tot() // o._tot()
        if isinstance(o, int):
            return timedelta(microseconds=self._tot() // o)
        return NotImplemented

    def __mod__(self, o):
        if isinstance(o, timedelta):
            return timedelta(microseconds=self._tot() % o._tot())
        return NotImplemented

    def __divmod__(self, o):
        if isinstance(o, timedelta):
            q, r = divmod(self._tot(), o._tot())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, o):
        if isinstance(o, timedelta):
            return self._tot() == o._tot()
        return NotImplemented

    def __ne__(self, o):
        if isinstance(o, timedelta):
            return self._tot() != o._tot()
        return NotImplemented

    def __lt__(self, o):
        return self._tot() < o._tot() if isinstance(o, timedelta) else NotImplemented

    def __le__(self, o):
        return self._tot() <= o._tot() if isinstance(o, timedelta) else NotImplemented

    def __gt__(self, o):
        return self._tot() > o._tot() if isinstance(o, timedelta) else NotImplemented

    def __ge__(self, o):
        return self._tot() >= o._tot() if isinstance(o, timedelta) else NotImplemented

    def __hash__(self):
        return hash(self._tot())

    def __bool__(self):
        return self._tot() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(999999999, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        # as CPython: a zero offset without a name is the one timezone.utc
        utc = getattr(cls, 'utc', None)
        if name is None and utc is not None and isinstance(offset, timedelta) and not offset:
            return utc
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self._o, self._n = offset, name

    def utcoffset(self, dt):
        return self._o

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._n is not None:
            return self._n
        if not self._o:
            return 'UTC'
        return 'UTC' + _fmtoff(self._o, ':')

    def fromutc(self, dt):
        return dt + self._o

    def __eq__(self, o):
        return isinstance(o, timezone) and self._o == o._o

    def __hash__(self):
        return hash(self._o)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._n is None:
            return 'datetime.timezone(%r)' % (self._o,)
        return 'datetime.timezone(%r, %r)' % (self._o, self._n)

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _fmtoff(off, sep):
    if off is None:
        return ''
    sign = '+'
    if off._tot() < 0:
        sign, off = '-', -off
    m, s = divmod(off._d * 86400 + off._s, 60)
    h, m = divmod(m, 60)
    r = '%s%02d%s%02d' % (sign, h, sep, m)
    if s or off._us:
        r += '%s%02d' % (sep, s)
        if off._us:
            r += '.%06d' % off._us
    return r


def _strftime(fmt, tt, o):
    # tt: (y, m, d, H, M, S, wday, yday), o: the date/time object
    out, i, n = [], 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        y, mo, d, H, M, S, wd, yd = tt
        if c == 'Y':
            r = '%d' % y  # glibc does not pad years before 1000
        elif c == 'm':
            r = '%02d' % mo
        elif c == 'd':
            r = '%02d' % d
        elif c == 'H':
            r = '%02d' % H
        elif c == 'M':
            r = '%02d' % M
        elif c == 'S':
            r = '%02d' % S
        elif c == 'f':
            r = '%06d' % getattr(o, 'microsecond', 0)
        elif c == 'y':
            r = '%02d' % (y % 100)
        elif c == 'I':
            r = '%02d' % (H % 12 or 12)
        elif c == 'p':
            r = 'AM' if H < 12 else 'PM'
        elif c == 'a':
            r = _DAYS[wd][:3]
        elif c == 'A':
            r = _DAYS[wd]
        elif c == 'b' or c == 'h':
            r = _MONS[mo - 1][:3]
        elif c == 'B':
            r = _MONS[mo - 1]
        elif c == 'j':
            r = '%03d' % yd
        elif c == 'w':
            r = str((wd + 1) % 7)
        elif c == 'u':
            r = str(wd + 1)
        elif c == 'e':
            r = '%2d' % d
        elif c == 'z':
            r = _fmtoff(o.utcoffset(), '') if hasattr(o, 'utcoffset') else ''
        elif c == 'Z':
            r = (o.tzname() or '') if hasattr(o, 'tzname') else ''
        elif c == 'c':
            r = _strftime('%a %b %e %H:%M:%S %Y', tt, o)
        elif c == 'x':
            r = _strftime('%m/%d/%y', tt, o)
        elif c == 'X':
            r = _strftime('%H:%M:%S', tt, o)
        elif c == 'D':
            r = _strftime('%m/%d/%y', tt, o)
        elif c == 'F':
            r = _strftime('%Y-%m-%d', tt, o)
        elif c == 'T':
            r = _strftime('%H:%M:%S', tt, o)
        elif c == 'R':
            r = _strftime('%H:%M', tt, o)
        elif c == 'G' or c == 'V' or c == 'g':
            iy, iw, _ = date(y, mo, d).isocalendar()
            r = '%d' % iy if c == 'G' else '%02d' % (iy % 100) if c == 'g' else '%02d' % iw
        elif c == 'C':
            r = '%d' % (y // 100)
        elif c == 'k':
            r = '%2d' % H
        elif c == 'l':
            r = '%2d' % (H % 12 or 12)
        elif c == 'P':
            r = 'am' if H < 12 else 'pm'
        elif c == 'r':
            r = _strftime('%I:%M:%S %p', tt, o)
        elif c == 'U' or c == 'W':
            off = (wd + 1) % 7 if c == 'U' else wd
            r = '%02d' % ((yd + 6 - off) // 7)
        elif c == 's':
            r = '%d' % o.timestamp() if hasattr(o, 'timestamp') else ''
        elif c == 'n':
            r = '\n'
        elif c == 't':
            r = '\t'
        elif c == '%':
            r = '%'
        else:
            raise NotImplementedError('strftime directive %' + c)
        out.append(r)
    return ''.join(out)


class date:
    def __init__(self, year, month, day):
        _chk(year, month, day)
        self._y, self._m, self._dd = year, month, day

    year = property(lambda s: s._y)
    month = property(lambda s: s._m)
    day = property(lambda s: s._dd)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_t.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _t.gmtime(int(t // 1))[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_fromord(n))

    @classmethod
    def fromisoformat(cls, s):
        import _datetime_parse
        return _datetime_parse.fromisoformat(cls, s, 'date')

    @classmethod
    def fromisocalendar(cls, y, w, d):
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % y)
        jan1 = (_ord(y, 1, 1) + 6) % 7
        if not 0 < w < 53 and not (w == 53 and (jan1 == 3 or (jan1 == 2 and _leap(y)))):
            raise ValueError('Invalid week: %d' % w)
        if not 0 < d < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % d)
        j4 = _ord(y, 1, 4)
        wk1 = j4 - (j4 + 6) % 7
        return cls.fromordinal(wk1 + (w - 1) * 7 + d - 1)

    def toordinal(self):
        return _ord(self._y, self._m, self._dd)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        y = self._y
        j4 = _ord(y, 1, 4)
        wk1 = j4 - (j4 + 6) % 7
        n = self.toordinal()
        if n < wk1:
            y -= 1
            j4 = _ord(y, 1, 4)
            wk1 = j4 - (j4 + 6) % 7
        elif n >= _ord(y + 1, 1, 4) - (_ord(y + 1, 1, 4) + 6) % 7:
            y += 1
            wk1 = _ord(y, 1, 4) - (_ord(y, 1, 4) + 6) % 7
        w, d = divmod(n - wk1, 7)
        return IsoCalendarDate((y, w + 1, d + 1))

    def _tt(self):
        return (self._y, self._m, self._dd, 0, 0, 0, self.weekday(), self.toordinal() - _ord(self._y, 1, 1) + 1)

    def timetuple(self):
        return _t.struct_time(self._tt() + (-1,))

    def strftime(self, fmt):
        return _strftime(fmt, self._tt(), self)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._y, self._m, self._dd)

    __str__ = isoformat

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._y, self._m, self._dd)

    def replace(self, year=None, month=None, day=None):
        return type(self)(year or self._y, month or self._m, day or self._dd)

    def _key(self):
        return (self._y, self._m, self._dd)

    def __eq__(self, o):
        return type(o) is type(self) and self._key() == o._key() if isinstance(o, date) else False

    def __ne__(self, o):
        return not self == o

    def _c(self, o):
        # None when o is not a date (the comparison is then not ours)
        if not isinstance(o, date):
            return None
        if isinstance(o, datetime) != isinstance(self, datetime):
            # as CPython: named from the datetime's side
            a, b = (self, o) if isinstance(self, datetime) else (o, self)
            raise TypeError("can't compare %s to %s" % (_tp(a), _tp(b)))
        return _cmp(self._key(), o._key())

    def __lt__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r < 0

    def __le__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r <= 0

    def __gt__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r > 0

    def __ge__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r >= 0

    def __hash__(self):
        return hash(self._key())

    def __add__(self, o):
        if isinstance(o, timedelta):
            n = self.toordinal() + o.days
            if not 0 < n <= _MAXORD:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return self + timedelta(-o.days)
        if isinstance(o, date) and not isinstance(o, datetime):
            return timedelta(self.toordinal() - o.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


class IsoCalendarDate(tuple):
    year = property(lambda s: s[0])
    week = property(lambda s: s[1])
    weekday = property(lambda s: s[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    __str__ = __repr__  # MicroPython prints tuple subclasses natively otherwise


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if not 0 <= hour <= 23:
            raise ValueError('hour must be in 0..23')
        if not 0 <= minute <= 59:
            raise ValueError('minute must be in 0..59')
        if not 0 <= second <= 59:
            raise ValueError('second must be in 0..59')
        if not 0 <= microsecond <= 999999:
            raise ValueError('microsecond must be in 0..999999')
        if fold not in (0, 1):
            raise ValueError('fold must be either 0 or 1')
        self._h, self._mi, self._s, self._us, self._tz, self._f = hour, minute, second, microsecond, tzinfo, int(fold)

    hour = property(lambda s: s._h)
    minute = property(lambda s: s._mi)
    second = property(lambda s: s._s)
    microsecond = property(lambda s: s._us)
    tzinfo = property(lambda s: s._tz)
    fold = property(lambda s: s._f)

    def utcoffset(self):
        return None if self._tz is None else _chkoff('utcoffset', self._tz.utcoffset(None))

    def tzname(self):
        return None if self._tz is None else self._tz.tzname(None)

    def dst(self):
        return None if self._tz is None else _chkoff('dst', self._tz.dst(None))

    def isoformat(self, timespec='auto'):
        r = _tfmt(self._h, self._mi, self._s, self._us, timespec)
        return r + _fmtoff(self.utcoffset(), ':')

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        import _datetime_parse
        return _datetime_parse.fromisoformat(cls, s, 'time')

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._h, self._mi, self._s, 0, 1), self)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        a = [self._h, self._mi] + ([self._s] if self._s or self._us else []) + ([self._us] if self._us else [])
        r = 'datetime.time(' + ', '.join(str(x) for x in a)
        if self._tz is not None:
            r += ', tzinfo=%r' % (self._tz,)
        if self._f:
            r += ', fold=1'
        return r + ')'

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._h if hour is None else hour, self._mi if minute is None else minute,
                          self._s if second is None else second, self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo, fold=self._f if fold is None else fold)

    def _key(self):
        k = ((self._h * 60 + self._mi) * 60 + self._s) * 1000000 + self._us
        o = self.utcoffset()
        return k - o._tot() if o else k

    def _c(self, o, eq=False):
        # None when o is not a time; 2 for == between naive and aware
        if not isinstance(o, time):
            return None
        if (self.utcoffset() is None) != (o.utcoffset() is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._key(), o._key())

    def __eq__(self, o):
        return isinstance(o, time) and self._c(o, True) == 0

    def __ne__(self, o):
        return not self == o

    def __lt__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r < 0

    def __le__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r <= 0

    def __gt__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r > 0

    def __ge__(self, o):
        r = self._c(o)
        return NotImplemented if r is None else r >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _chkoff(name, o):
    # what a tzinfo's utcoffset()/dst() gave, checked as CPython checks it
    if o is None:
        return o
    if not isinstance(o, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(o).__name__))
    if not -86400000000 < o._tot() < 86400000000:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return o


def _tfmt(h, m, s, us, spec):
    if spec == 'auto':
        spec = 'microseconds' if us else 'seconds'
    if spec == 'hours':
        return '%02d' % h
    if spec == 'minutes':
        return '%02d:%02d' % (h, m)
    if spec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if spec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if spec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        date.__init__(self, year, month, day)
        self._t = time(hour, minute, second, microsecond, tzinfo, fold=fold)

    hour = property(lambda s: s._t._h)
    minute = property(lambda s: s._t._mi)
    second = property(lambda s: s._t._s)
    microsecond = property(lambda s: s._t._us)
    tzinfo = property(lambda s: s._t._tz)
    fold = property(lambda s: s._t._f)

    @classmethod
    def now(cls, tz=None):
        t = _t.time_ns() // 1000
        return cls.fromtimestamp(t / 1000000, tz) if tz else cls._fromus(t, None)

    @classmethod
    def utcnow(cls):
        return cls._fromus(_t.time_ns() // 1000, None)

    today = now

    @classmethod
    def _fromus(cls, us, tz):
        d, us = divmod(us, 86400000000)
        s, us = divmod(us, 1000000)
        if not 0 < d + 719163 <= _MAXORD:
            raise OverflowError('date value out of range')
        y, m, dd = _fromord(d + 719163)
        h, s = divmod(s, 3600)
        mi, s = divmod(s, 60)
        return cls(y, m, dd, h, mi, s, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        r = cls._fromus(round(t * 1000000), None)
        if tz is not None:
            r = tz.fromutc(r.replace(tzinfo=tz))
        return r

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromus(round(t * 1000000), None)

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo if tzinfo is True else tzinfo,
                   fold=t.fold)

    @classmethod
    def fromisoformat(cls, s):
        import _datetime_parse
        return _datetime_parse.fromisoformat(cls, s, 'datetime')

    @classmethod
    def strptime(cls, s, fmt):
        import _datetime_parse
        return _datetime_parse.strptime(s, fmt, cls)

    def date(self):
        return date(self._y, self._m, self._dd)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return self._t

    def utcoffset(self):
        return None if self.tzinfo is None else _chkoff('utcoffset', self.tzinfo.utcoffset(self))

    def tzname(self):
        return None if self.tzinfo is None else self.tzinfo.tzname(self)

    def dst(self):
        return None if self.tzinfo is None else _chkoff('dst', self.tzinfo.dst(self))

    def _us(self):
        return (((self.toordinal() - 719163) * 24 + self.hour) * 60 + self.minute) * 60000000 + self.second * 1000000 + self.microsecond

    def timestamp(self):
        o = self.utcoffset()
        return (self._us() - (o._tot() if o else 0)) / 1000000

    def utctimetuple(self):
        o = self.utcoffset()
        d = self - o if o else self
        return _t.struct_time(d._tt() + (0,))

    def _tt(self):
        return (self._y, self._m, self._dd, self.hour, self.minute, self.second, self.weekday(),
                self.toordinal() - _ord(self._y, 1, 1) + 1)

    def timetuple(self):
        d = self.dst()
        return _t.struct_time(self._tt() + (-1 if d is None else 1 if d else 0,))

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        o = self.utcoffset()
        if o is None:
            o = timedelta(0)  # naive: local time, which is UTC here
        elif tz is self.tzinfo:
            return self
        u = (self - o).replace(tzinfo=tz)
        return tz.fromutc(u)

    def isoformat(self, sep='T', timespec='auto'):
        t = self._t
        if t._tz is None and timespec == 'auto':
            # the usual call, in one formatting
            if t._us:
                return '%04d-%02d-%02d%s%02d:%02d:%02d.%06d' % (self._y, self._m, self._dd, sep, t._h, t._mi, t._s, t._us)
            return '%04d-%02d-%02d%s%02d:%02d:%02d' % (self._y, self._m, self._dd, sep, t._h, t._mi, t._s)
        return '%04d-%02d-%02d%s%s%s' % (self._y, self._m, self._dd, sep,
                                         _tfmt(self.hour, self.minute, self.second, self.microsecond, timespec),
                                         _fmtoff(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        a = [self._y, self._m, self._dd, self.hour, self.minute]
        if self.second or self.microsecond:
            a.append(self.second)
        if self.microsecond:
            a.append(self.microsecond)
        r = 'datetime.datetime(' + ', '.join(str(x) for x in a)
        if self.fold:
            r += ', fold=1'
        if self.tzinfo is not None:
            r += ', tzinfo=%r' % (self.tzinfo,)
        return r + ')'

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._y if year is None else year, self._m if month is None else month,
                          self._dd if day is None else day, self.hour if hour is None else hour,
                          self.minute if minute is None else minute, self.second if second is None else second,
                          self.microsecond if microsecond is None else microsecond,
                          self.tzinfo if tzinfo is True else tzinfo, fold=self.fold if fold is None else fold)

    def _offsets(self, o):
        # (own offset, other's offset) as CPython compares and subtracts:
        # (None, None) for one tzinfo, whose datetimes go by wall time.
        if self.tzinfo is o.tzinfo:
            return None, None
        return self.utcoffset(), o.utcoffset()

    def _fold_dependent(self, off):
        # PEP 495: == never holds for a time whose offset changes with fold
        return off != self.replace(fold=not self.fold).utcoffset()

    def _c(self, o, eq=False):
        if not isinstance(o, datetime):
            if isinstance(o, date):
                raise TypeError("can't compare %s to %s" % (_tp(self), _tp(o)))
            return None
        t, u = self._t, o._t
        if t._tz is u._tz:
            # one tzinfo (or none): wall times compare, field by field, in
            # small ints (the totals in microseconds below are big ints)
            return _cmp((self._y, self._m, self._dd, t._h, t._mi, t._s, t._us),
                        (o._y, o._m, o._dd, u._h, u._mi, u._s, u._us))
        a, b = self._offsets(o)
        if (a is None) != (b is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        r = _cmp(self._us() - (a._tot() if a is not None else 0), o._us() - (b._tot() if b is not None else 0))
        if eq and r == 0 and a is not None and (self._fold_dependent(a) or o._fold_dependent(b)):
            return 2
        return r

    def __eq__(self, o):
        if not isinstance(o, datetime):
            return False
        return self._c(o, True) == 0

    def __hash__(self):
        o = (self.replace(fold=0) if self.fold else self).utcoffset()
        return hash(self._us() - (o._tot() if o is not None else 0))

    def __add__(self, o):
        # day, second and microsecond apart: a total in microseconds is a
        # big int here (see timedelta.__init__)
        if isinstance(o, timedelta):
            t = self._t
            us = t._us + o._us
            s = t._h * 3600 + t._mi * 60 + t._s + o._s
            if us >= 1000000:
                us -= 1000000
                s += 1
            days = o._d
            if s >= 86400:
                c, s = divmod(s, 86400)
                days += c
            y, m, dd = self._y, self._m, self._dd + days
            if not (1 <= dd <= 28 or 28 < dd <= _dim(y, m)):
                # another month: through the day's ordinal (within the
                # month, as most additions of hours or days stay, not)
                n = _ord(y, m, self._dd) + days
                if not 0 < n <= _MAXORD:
                    raise OverflowError('date value out of range')
                y, m, dd = _fromord(n)
            h, s = divmod(s, 3600)
            mi, s = divmod(s, 60)
            if type(self) is not datetime:
                return type(self)(y, m, dd, h, mi, s, us, t._tz)
            # every field is in range already: skip the checks of __init__
            r = object.__new__(datetime)
            r._y, r._m, r._dd = y, m, dd
            r._t = nt = object.__new__(time)
            nt._h, nt._mi, nt._s, nt._us, nt._tz, nt._f = h, mi, s, us, t._tz, 0
            return r
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return self + -o
        if isinstance(o, datetime):
            a, b = self._offsets(o)
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            t, u = self._t, o._t
            d = timedelta(self.toordinal() - o.toordinal(), (t._h - u._h) * 3600 + (t._mi - u._mi) * 60 + t._s - u._s,
                          t._us - u._us)
            return d if a is None else d - a + b
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

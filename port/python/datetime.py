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


_new = object.__new__  # how date, time, datetime and timedelta are made (see their __new__)


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


class _Field:
    # A read-only field of date, time, datetime and timedelta, read from
    # the private attribute that holds it (named _dt_*, as subclasses keep
    # their own _s, _h... beside it: pendulum's Duration caches its parts
    # so). Not a property: CPython's are C
    # getset descriptors, and code that gathers a class's @property values
    # as its data (deepdiff's to_json) must not take these for such.
    # (timedelta's are C struct members in CPython, which word it otherwise)
    def __init__(self, name, attr, owner):
        self.__name__ = name
        self._attr = attr
        self._owner = owner

    def __get__(self, obj, cls=None):
        return self if obj is None else getattr(obj, self._attr)

    def __set__(self, obj, value):
        if self._owner == 'timedelta':
            raise AttributeError('readonly attribute')
        raise AttributeError("attribute '%s' of 'datetime.%s' objects is not writable" % (self.__name__, self._owner))

    def __delete__(self, obj):
        self.__set__(obj, None)

    def __repr__(self):
        return "<%s '%s' of 'datetime.%s' objects>" % ('member' if self._owner == 'timedelta' else 'attribute',
                                                      self.__name__, self._owner)


def _state(st, size):
    # the packed bytes CPython's pickles hold (see __reduce__), or None
    # when st is not such (str: as protocol 0 wrote them, one char a byte)
    if isinstance(st, str):
        try:
            st = st.encode('latin-1')
        except UnicodeEncodeError:
            return None
    return st if isinstance(st, bytes) and len(st) == size else None


class timedelta:
    # Built in __new__ as CPython's are, so that subclasses overriding
    # __new__ can call it (the same holds for date, time and datetime).
    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
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
        self = _new(cls)
        self._dt_d, self._dt_s, self._dt_us = d, s, us
        return self

    days = _Field('days', '_dt_d', 'timedelta')
    seconds = _Field('seconds', '_dt_s', 'timedelta')
    microseconds = _Field('microseconds', '_dt_us', 'timedelta')

    def __reduce__(self):
        return type(self), (self._dt_d, self._dt_s, self._dt_us)

    def _tot(self):
        return (self._dt_d * 86400 + self._dt_s) * 1000000 + self._dt_us

    def total_seconds(self):
        return self._tot() / 1000000

    def __repr__(self):
        a = ['%s=%d' % (n, v) for n, v in (('days', self._dt_d), ('seconds', self._dt_s), ('microseconds', self._dt_us)) if v]
        return '%s(%s)' % (_tp(self), ', '.join(a) or '0')

    def __str__(self):
        m, s = divmod(self._dt_s, 60)
        h, m = divmod(m, 60)
        r = '%d:%02d:%02d' % (h, m, s)
        if self._dt_us:
            r += '.%06d' % self._dt_us
        if self._dt_d:
            r = '%d day%s, ' % (self._dt_d, '' if abs(self._dt_d) == 1 else 's') + r
        return r

    def __add__(self, o):
        if isinstance(o, timedelta):
            return timedelta(self._dt_d + o._dt_d, self._dt_s + o._dt_s, self._dt_us + o._dt_us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return timedelta(self._dt_d - o._dt_d, self._dt_s - o._dt_s, self._dt_us - o._dt_us)
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._dt_d, -self._dt_s, -self._dt_us)

    def __pos__(self):
        # a plain timedelta, as CPython gives for a subclass's too
        return self if type(self) is timedelta else timedelta(self._dt_d, self._dt_s, self._dt_us)

    def __abs__(self):
        return -self if self._dt_d < 0 else +self
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

    def __reduce__(self):
        # as CPython's tzinfo: the class, __getinitargs__() if it has one
        # and the state (so that copy and pickle keep timezone.utc the one
        # object: timezone(timedelta(0)) gives it)
        gi = getattr(self, '__getinitargs__', None)
        gs = getattr(self, '__getstate__', None)
        if gs is not None:
            state = gs()
        else:
            state = getattr(self, '__dict__', None) or None
        return type(self), (gi() if gi is not None else ()), state


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

    def __getinitargs__(self):
        return (self._o,) if self._n is None else (self._o, self._n)

    def __getstate__(self):
        return None  # all of it is in __getinitargs__

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
    m, s = divmod(off._dt_d * 86400 + off._dt_s, 60)
    h, m = divmod(m, 60)
    r = '%s%02d%s%02d' % (sign, h, sep, m)
    if s or off._dt_us:
        r += '%s%02d' % (sep, s)
        if off._dt_us:
            r += '.%06d' % off._dt_us
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
        start = i - 1
        # glibc's extensions (CPython hands the format to the C library):
        # flags - _ 0 ^ #, a field width, the E and O modifiers
        flags = ''
        while i < n and fmt[i] in '-_0^#':
            flags += fmt[i]
            i += 1
        width = ''
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        if i < n and fmt[i] in 'EO' and i + 1 < n:
            i += 1  # the C locale's alternative forms are the plain ones
        if i >= n:
            out.append(fmt[start:])
            break
        c = fmt[i]
        i += 1
        if flags or width:
            r = _strftime('%' + c, tt, o)
            if r == '%' + c and c != '%':
                lit = fmt[start:i]
                out.append((lit.upper() if '^' in flags else lit).rjust(int(width) if width else 0))
                continue
            out.append(_gnu_pad(r, c, flags, width))
            continue
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
            # glibc leaves a conversion it does not know as it is written
            r = '%' + c
        out.append(r)
    return ''.join(out)


_NUMERIC = 'CdeGgHIjklmMsSuUVwWyY'


def _gnu_pad(r, c, flags, width):
    # a glibc flag or width on one conversion's text r: '-' no padding, '_'
    # spaces, '0' zeros, a width pads to it (zeros for numbers), '^' upper
    # case, '#' swapped case (upper for names, lower for %p and %Z)
    if c in _NUMERIC and r.strip().lstrip('-').isdigit():
        neg = r.strip().startswith('-')
        digits = r.strip().lstrip('-').lstrip('0') or '0'
        w = int(width) if width else len(r)
        pad = ' ' if c in 'ekl' else '0'
        for f in flags:
            if f == '_':
                pad = ' '
            elif f == '0':
                pad = '0'
            elif f == '-':
                pad = ''
        num = ('-' if neg else '') + digits
        w = max(w, len(r))  # a width below the usual one does not cut it
        if not pad:
            r = num.rjust(int(width)) if width else num  # '-' with a width pads with spaces
        elif pad == '0':
            r = ('-' if neg else '') + digits.rjust(w - neg, '0')
        else:
            r = num.rjust(w)
    elif width:
        r = r.rjust(int(width), '0' if '0' in flags else ' ')
    if '^' in flags:
        r = r.upper()
    elif '#' in flags:
        r = r.lower() if c in 'pZ' else r.upper() if c in 'aAbBh' else r
    return r


class date:
    def __new__(cls, year, month=None, day=None):
        if type(year) is not int:
            st = _state(year, 4)
            if month is None and isinstance(year, (bytes, str)):
                if st is None or not 1 <= st[2] <= 12:
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(year).__name__)
                self = object.__new__(cls)
                self._dt_y, self._dt_m, self._dt_dd = st[0] * 256 + st[1], st[2], st[3]
                return self
        if month is None or day is None:
            raise TypeError("function missing required argument '%s' (pos %d)" % (('month', 2) if month is None else ('day', 3)))
        if not (1 <= day <= 28 and 1 <= month <= 12 and 1 <= year <= 9999):
            _chk(year, month, day)  # the full checks, past the usual days
        self = _new(cls)
        self._dt_y, self._dt_m, self._dt_dd = year, month, day
        return self

    year = _Field('year', '_dt_y', 'date')
    month = _Field('month', '_dt_m', 'date')
    day = _Field('day', '_dt_dd', 'date')

    def __reduce__(self):
        # the packed state CPython's date pickles as (read back by __new__)
        return type(self), (bytes((self._dt_y >> 8, self._dt_y & 0xff, self._dt_m, self._dt_dd)),)

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
        return _ord(self._dt_y, self._dt_m, self._dt_dd)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        y = self._dt_y
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
        return (self._dt_y, self._dt_m, self._dt_dd, 0, 0, 0, self.weekday(), self.toordinal() - _ord(self._dt_y, 1, 1) + 1)

    def timetuple(self):
        return _t.struct_time(self._tt() + (-1,))

    def strftime(self, fmt):
        return _strftime(fmt, self._tt(), self)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._dt_y, self._dt_m, self._dt_dd)

    __str__ = isoformat

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp(self), self._dt_y, self._dt_m, self._dt_dd)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._dt_y if year is None else year, self._dt_m if month is None else month,
                          self._dt_dd if day is None else day)

    def _key(self):
        return (self._dt_y, self._dt_m, self._dt_dd)

    def __eq__(self, o):
        # a date and a datetime are never equal (datetime's __eq__ says so
        # for either order); date subclasses compare as dates
        if isinstance(o, date) and not isinstance(o, datetime):
            return self._key() == o._key()
        return NotImplemented

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


def _chktime(h, mi, s, us, fold):
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')


def _chktz(tz):
    if tz is not None and not isinstance(tz, _tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _pack_time(h, mi, s, us, fold, proto):
    # fold (PEP 495) rides in the hour's high bit from protocol 4, as CPython packs it
    return bytes((h | (128 if fold and proto > 3 else 0), mi, s, us >> 16, (us >> 8) & 0xff, us & 0xff))


_tzinfo = tzinfo  # the class, where a parameter named tzinfo hides it


class time:
    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if type(hour) is not int:
            st = _state(hour, 6)
            if st is not None and (st[0] & 0x7f) < 24:
                # pickled state: time(state, tzinfo) (minute's 0: none given)
                tz = None if type(minute) is int else minute
                _chktz(tz)
                self = object.__new__(cls)
                self._dt_h, self._dt_mi, self._dt_s = st[0] & 0x7f, st[1], st[2]
                self._dt_us, self._dt_tz, self._dt_f = (st[3] << 16) | (st[4] << 8) | st[5], tz, st[0] >> 7
                return self
        _chktime(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _chktz(tzinfo)
        self = _new(cls)
        self._dt_h, self._dt_mi, self._dt_s, self._dt_us, self._dt_tz, self._dt_f = hour, minute, second, microsecond, tzinfo, 1 if fold else 0
        return self

    hour = _Field('hour', '_dt_h', 'time')
    minute = _Field('minute', '_dt_mi', 'time')
    second = _Field('second', '_dt_s', 'time')
    microsecond = _Field('microsecond', '_dt_us', 'time')
    tzinfo = _Field('tzinfo', '_dt_tz', 'time')
    fold = _Field('fold', '_dt_f', 'time')

    def __reduce_ex__(self, proto):
        st = _pack_time(self._dt_h, self._dt_mi, self._dt_s, self._dt_us, self._dt_f, proto)
        return type(self), ((st,) if self._dt_tz is None else (st, self._dt_tz))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def utcoffset(self):
        return None if self._dt_tz is None else _chkoff('utcoffset', self._dt_tz.utcoffset(None))

    def tzname(self):
        return None if self._dt_tz is None else self._dt_tz.tzname(None)

    def dst(self):
        return None if self._dt_tz is None else _chkoff('dst', self._dt_tz.dst(None))

    def isoformat(self, timespec='auto'):
        r = _tfmt(self._dt_h, self._dt_mi, self._dt_s, self._dt_us, timespec)
        return r + _fmtoff(self.utcoffset(), ':')

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        import _datetime_parse
        return _datetime_parse.fromisoformat(cls, s, 'time')

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._dt_h, self._dt_mi, self._dt_s, 0, 1), self)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        a = [self._dt_h, self._dt_mi] + ([self._dt_s] if self._dt_s or self._dt_us else []) + ([self._dt_us] if self._dt_us else [])
        r = _tp(self) + '(' + ', '.join(str(x) for x in a)
        if self._dt_tz is not None:
            r += ', tzinfo=%r' % (self._dt_tz,)
        if self._dt_f:
            r += ', fold=1'
        return r + ')'

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._dt_h if hour is None else hour, self._dt_mi if minute is None else minute,
                          self._dt_s if second is None else second, self._dt_us if microsecond is None else microsecond,
                          self._dt_tz if tzinfo is True else tzinfo, fold=self._dt_f if fold is None else fold)

    def _key(self):
        k = ((self._dt_h * 60 + self._dt_mi) * 60 + self._dt_s) * 1000000 + self._dt_us
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
    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if type(year) is not int:
            st = _state(year, 10)
            if st is not None and 1 <= (st[2] & 0x7f) <= 12:
                # pickled state: datetime(state, tzinfo)
                _chktz(month)
                self = object.__new__(cls)
                self._dt_y, self._dt_m, self._dt_dd = st[0] * 256 + st[1], st[2] & 0x7f, st[3]
                self._dt_h, self._dt_mi, self._dt_s = st[4], st[5], st[6]
                self._dt_us, self._dt_tz, self._dt_f = (st[7] << 16) | (st[8] << 8) | st[9], month, st[2] >> 7
                return self
        if month is None or day is None:
            raise TypeError("function missing required argument '%s' (pos %d)" % (('month', 2) if month is None else ('day', 3)))
        # the checks inline, as date's, for the usual values
        if not (1 <= day <= 28 and 1 <= month <= 12 and 1 <= year <= 9999):
            _chk(year, month, day)
        if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1)):
            _chktime(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _chktz(tzinfo)
        # the fields of a date and a time, in one object (no time object
        # is made for each datetime)
        self = _new(cls)
        self._dt_y, self._dt_m, self._dt_dd = year, month, day
        self._dt_h, self._dt_mi, self._dt_s, self._dt_us, self._dt_tz, self._dt_f = hour, minute, second, microsecond, tzinfo, 1 if fold else 0
        return self

    hour = _Field('hour', '_dt_h', 'datetime')
    minute = _Field('minute', '_dt_mi', 'datetime')
    second = _Field('second', '_dt_s', 'datetime')
    microsecond = _Field('microsecond', '_dt_us', 'datetime')
    tzinfo = _Field('tzinfo', '_dt_tz', 'datetime')
    fold = _Field('fold', '_dt_f', 'datetime')

    def __reduce_ex__(self, proto):
        y = self._dt_y
        st = bytes((y >> 8, y & 0xff, self._dt_m | (128 if self._dt_f and proto > 3 else 0), self._dt_dd, self._dt_h, self._dt_mi,
                    self._dt_s, self._dt_us >> 16, (self._dt_us >> 8) & 0xff, self._dt_us & 0xff))
        return type(self), ((st,) if self._dt_tz is None else (st, self._dt_tz))

    def __reduce__(self):
        return self.__reduce_ex__(2)

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
        return date(self._dt_y, self._dt_m, self._dt_dd)

    def time(self):
        return time(self._dt_h, self._dt_mi, self._dt_s, self._dt_us, fold=self._dt_f)

    def timetz(self):
        return time(self._dt_h, self._dt_mi, self._dt_s, self._dt_us, self._dt_tz, fold=self._dt_f)

    def utcoffset(self):
        return None if self._dt_tz is None else _chkoff('utcoffset', self._dt_tz.utcoffset(self))

    def tzname(self):
        return None if self._dt_tz is None else self._dt_tz.tzname(self)

    def dst(self):
        return None if self._dt_tz is None else _chkoff('dst', self._dt_tz.dst(self))

    def _total_us(self):
        # wall time in microseconds since 1970 (a big int here)
        return ((((self.toordinal() - 719163) * 24 + self._dt_h) * 60 + self._dt_mi) * 60000000 + self._dt_s * 1000000
                + self._dt_us)

    def timestamp(self):
        o = self.utcoffset()
        return (self._total_us() - (o._tot() if o else 0)) / 1000000

    def utctimetuple(self):
        o = self.utcoffset()
        d = self - o if o else self
        return _t.struct_time(d._tt() + (0,))

    def _tt(self):
        return (self._dt_y, self._dt_m, self._dt_dd, self._dt_h, self._dt_mi, self._dt_s, self.weekday(),
                self.toordinal() - _ord(self._dt_y, 1, 1) + 1)

    def timetuple(self):
        d = self.dst()
        return _t.struct_time(self._tt() + (-1 if d is None else 1 if d else 0,))

    def astimezone(self, tz=None):
        if tz is None:
            # the local zone, named as CPython names it from time.tzname
            # (local time is UTC here)
            tz = timezone(timedelta(0), _t.tzname[0] if hasattr(_t, 'tzname') else 'UTC')
        elif not isinstance(tz, _tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        o = self.utcoffset()
        if o is None:
            o = timedelta(0)  # naive: local time, which is UTC here
        elif tz is self._dt_tz:
            return self
        u = (self - o).replace(tzinfo=tz)
        return tz.fromutc(u)

    def isoformat(self, sep='T', timespec='auto'):
        if self._dt_tz is None and timespec == 'auto':
            # the usual call, in one formatting
            if self._dt_us:
                return '%04d-%02d-%02d%s%02d:%02d:%02d.%06d' % (self._dt_y, self._dt_m, self._dt_dd, sep, self._dt_h, self._dt_mi,
                                                               self._dt_s, self._dt_us)
            return '%04d-%02d-%02d%s%02d:%02d:%02d' % (self._dt_y, self._dt_m, self._dt_dd, sep, self._dt_h, self._dt_mi, self._dt_s)
        return '%04d-%02d-%02d%s%s%s' % (self._dt_y, self._dt_m, self._dt_dd, sep,
                                         _tfmt(self._dt_h, self._dt_mi, self._dt_s, self._dt_us, timespec),
                                         _fmtoff(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        a = [self._dt_y, self._dt_m, self._dt_dd, self._dt_h, self._dt_mi]
        if self._dt_s or self._dt_us:
            a.append(self._dt_s)
        if self._dt_us:
            a.append(self._dt_us)
        r = _tp(self) + '(' + ', '.join(str(x) for x in a)
        if self._dt_f:
            r += ', fold=1'
        if self._dt_tz is not None:
            r += ', tzinfo=%r' % (self._dt_tz,)
        return r + ')'

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._dt_y if year is None else year, self._dt_m if month is None else month,
                          self._dt_dd if day is None else day, self._dt_h if hour is None else hour,
                          self._dt_mi if minute is None else minute, self._dt_s if second is None else second,
                          self._dt_us if microsecond is None else microsecond,
                          self._dt_tz if tzinfo is True else tzinfo, fold=self._dt_f if fold is None else fold)

    def _offsets(self, o):
        # (own offset, other's offset) as CPython compares and subtracts:
        # (None, None) for one tzinfo, whose datetimes go by wall time.
        if self._dt_tz is o._dt_tz:
            return None, None
        return self.utcoffset(), o.utcoffset()

    def _fold_dependent(self, off):
        # PEP 495: == never holds for a time whose offset changes with fold
        return off != self.replace(fold=not self._dt_f).utcoffset()

    def _c(self, o, eq=False):
        if not isinstance(o, datetime):
            if isinstance(o, date):
                raise TypeError("can't compare %s to %s" % (_tp(self), _tp(o)))
            return None
        if self._dt_tz is o._dt_tz:
            # one tzinfo (or none): wall times compare, field by field, in
            # small ints (the totals in microseconds below are big ints)
            return _cmp((self._dt_y, self._dt_m, self._dt_dd, self._dt_h, self._dt_mi, self._dt_s, self._dt_us),
                        (o._dt_y, o._dt_m, o._dt_dd, o._dt_h, o._dt_mi, o._dt_s, o._dt_us))
        a, b = self._offsets(o)
        if (a is None) != (b is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        r = _cmp(self._total_us() - (a._tot() if a is not None else 0), o._total_us() - (b._tot() if b is not None else 0))
        if eq and r == 0 and a is not None and (self._fold_dependent(a) or o._fold_dependent(b)):
            return 2
        return r

    def __eq__(self, o):
        if not isinstance(o, datetime):
            return False if isinstance(o, date) else NotImplemented
        return self._c(o, True) == 0

    def __hash__(self):
        o = (self.replace(fold=0) if self._dt_f else self).utcoffset()
        return hash(self._total_us() - (o._tot() if o is not None else 0))

    def __add__(self, o):
        # day, second and microsecond apart: a total in microseconds is a
        # big int here (see timedelta.__new__)
        if isinstance(o, timedelta):
            us = self._dt_us + o._dt_us
            s = self._dt_h * 3600 + self._dt_mi * 60 + self._dt_s + o._dt_s
            if us >= 1000000:
                us -= 1000000
                s += 1
            days = o._dt_d
            if s >= 86400:
                c, s = divmod(s, 86400)
                days += c
            y, m, dd = self._dt_y, self._dt_m, self._dt_dd + days
            if not (1 <= dd <= 28 or 28 < dd <= _dim(y, m)):
                # another month: through the day's ordinal (within the
                # month, as most additions of hours or days stay, not)
                n = _ord(y, m, self._dt_dd) + days
                if not 0 < n <= _MAXORD:
                    raise OverflowError('date value out of range')
                y, m, dd = _fromord(n)
            h, s = divmod(s, 3600)
            mi, s = divmod(s, 60)
            if type(self) is not datetime:
                return type(self)(y, m, dd, h, mi, s, us, self._dt_tz)
            # every field is in range already: skip the checks of __new__
            r = _new(datetime)
            r._dt_y, r._dt_m, r._dt_dd = y, m, dd
            r._dt_h, r._dt_mi, r._dt_s, r._dt_us, r._dt_tz, r._dt_f = h, mi, s, us, self._dt_tz, 0
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
            d = timedelta(self.toordinal() - o.toordinal(), (self._dt_h - o._dt_h) * 3600 + (self._dt_mi - o._dt_mi) * 60
                          + self._dt_s - o._dt_s, self._dt_us - o._dt_us)
            return d if a is None else d - a + b
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

"""time: MicroPython's built-in time (time, time_ns, monotonic, perf_counter,
sleep, ...) extended towards CPython's: gmtime/localtime return struct_time
(a 9-tuple with tm_* names, tm_zone and tm_gmtoff), mktime/asctime/ctime,
strftime/strptime (the directives datetime supports), timezone constants and
process_time. WASI has no time zones: local time is UTC, as on a CI runner,
and process_time is the wall-clock time since the interpreter started (there
is no CPU clock in the sandbox)."""
from utime import *
import utime as _u

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    # MicroPython's gmtime gives an 8-tuple; CPython's has tm_isdst too and
    # names every field. Built from a 9-sequence: struct_time(seq).
    tm_year = property(lambda s: s[0])
    tm_mon = property(lambda s: s[1])
    tm_mday = property(lambda s: s[2])
    tm_hour = property(lambda s: s[3])
    tm_min = property(lambda s: s[4])
    tm_sec = property(lambda s: s[5])
    tm_wday = property(lambda s: s[6])
    tm_yday = property(lambda s: s[7])
    tm_isdst = property(lambda s: s[8])
    tm_zone = property(lambda s: 'UTC')
    tm_gmtoff = property(lambda s: 0)
    n_fields = n_sequence_fields = 9

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))

    __str__ = __repr__  # MicroPython prints tuple subclasses natively otherwise


def _struct(t, isdst=0):
    if len(t) != 8 and len(t) != 9:
        raise TypeError('time.struct_time() takes a 9-sequence (%d-sequence given)' % len(t))
    return struct_time(tuple(t[:8]) + (t[8] if len(t) > 8 else isdst,))


def _secs(secs):
    if secs is None:
        return _u.time()
    return int(secs // 1)


# MicroPython's utime takes seconds that fit a 32-bit machine word, and
# counts from 2000 inside, so that it wraps before 1932: it answers for
# 1970 to 2038 here. Other seconds, and every mktime(), go through the
# calendar arithmetic below, exact for any year (the sandbox's clock is UTC).
_WORD = 1 << 31
_MONTH_STARTS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before(year, month):
    # days from 1970-01-01 to the first of month (1-12) of year, proleptic
    # Gregorian: whole 400-year cycles of 146,097 days, then years
    cycles, year_in = divmod(year - 1, 400)
    days = cycles * 146097 + year_in * 365 + year_in // 4 - year_in // 100
    days += _MONTH_STARTS[month - 1] + (month > 2 and _is_leap(year))
    return days - 719162  # 719,162 days from 0001-01-01 to 1970-01-01


def _calendar(secs):
    days, rest = divmod(secs, 86400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    # the year: estimate from the mean year, then step to the one that holds the day
    year = 1970 + days * 400 // 146097
    while _days_before(year, 1) > days:
        year -= 1
    while _days_before(year + 1, 1) <= days:
        year += 1
    month = 12
    while _days_before(year, month) > days:
        month -= 1
    mday = days - _days_before(year, month) + 1
    yday = days - _days_before(year, 1) + 1
    return (year, month, mday, hour, minute, second, (days + 3) % 7, yday)


def _broken_down(secs):
    s = _secs(secs)
    return _u.gmtime(s) if 0 <= s < _WORD else _calendar(s)


def gmtime(secs=None):
    return _struct(_broken_down(secs))


def localtime(secs=None):
    return _struct(_broken_down(secs))


def mktime(t):
    # fields out of their range carry over, as C's mktime does
    year, month, mday, hour, minute, second = (int(x) for x in t[:6])
    extra_years, month0 = divmod(month - 1, 12)
    days = _days_before(year + extra_years, month0 + 1) + mday - 1
    return float(((days * 24 + hour) * 60 + minute) * 60 + second)


def _now_or(t):
    return localtime() if t is None else t


def asctime(t=None):
    t = _now_or(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    # The formatting lives in datetime (imported on first use, not with time).
    import datetime as _dt
    t = _now_or(t)
    if len(t) < 8:
        raise TypeError('time.struct_time() takes a 9-sequence')
    d = _dt.datetime(t[0], t[1], t[2], t[3], t[4], t[5], tzinfo=_dt.timezone.utc)
    return d.strftime(format)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import datetime as _dt
    d = _dt.datetime.strptime(string, format)
    return struct_time((d.year, d.month, d.day, d.hour, d.minute, d.second,
                        d.weekday(), d.toordinal() - _dt.date(d.year, 1, 1).toordinal() + 1, -1))


_start_ns = _u.perf_counter_ns()


def process_time_ns():
    return _u.perf_counter_ns() - _start_ns


def process_time():
    return process_time_ns() / 1e9


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'asctime ctime gmtime localtime mktime process_time process_time_ns strftime '
    'strptime thread_time thread_time_ns'))
del as_builtins

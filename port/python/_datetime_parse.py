"""Text to datetime for the datetime module, imported on first use:
fromisoformat's grammar (3.11: ISO week dates, basic forms, any fraction
length, offsets down to microseconds) and strptime. strptime builds one
regular expression per format, as CPython does, so directives match (and
backtrack) the way CPython's do: whitespace in the format is one or more
spaces, letters match in any case, names are the C locale's."""
import re
from _pywasm import iso_datetime_fields as _iso_fields

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
         'october', 'november', 'december')


class _Bad(Exception):
    pass


def _digits(s):
    return s.isdigit() and s.isascii()


# --- fromisoformat -------------------------------------------------------

def _ymd(d):
    return d.year, d.month, d.day


def _week_date(y, w, d):
    # (year, month, day) of ISO year y, week w, weekday d; _Bad when out of range
    import datetime as dt
    try:
        return _ymd(dt.date.fromisocalendar(y, w, d))
    except ValueError:
        raise _Bad


def iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] -> (y, m, d); the
    # numbers are not range-checked for month and day (the caller's
    # constructor does that, with its own message).
    n = len(s)
    if n < 7 or not _digits(s[:4]):
        raise _Bad
    y = int(s[:4])
    if s[4] == '-':
        if s[5] == 'W':
            w, d = s[6:8], (s[9:] if n == 10 and s[8] == '-' else '1' if n == 8 else '')
        elif n == 10 and s[7] == '-':
            m, d = s[5:7], s[8:]
            if not (_digits(m) and _digits(d)):
                raise _Bad
            return y, int(m), int(d)
        else:
            raise _Bad
    elif s[4] == 'W':
        w, d = s[5:7], (s[7:] if n == 8 else '1' if n == 7 else '')
    elif n == 8 and _digits(s):
        return y, int(s[4:6]), int(s[6:])
    else:
        raise _Bad
    if not (_digits(w) and len(d) == 1 and _digits(d)):
        raise _Bad
    return _week_date(y, int(w), int(d))


def _date_end(s):
    # Where the date ends in a datetime string, so the one character after
    # it is the separator (any character, as in CPython).
    n = len(s)
    if n <= 7:
        return n
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if n > 8 and s[8] == '-':
            # YYYY-Www-D, unless a digit follows where the time would start:
            # then the '-' is taken for the separator.
            return 8 if n > 10 and s[10].isdigit() else 10
        return 8
    if s[4] == 'W':
        k = 7
        while k < n and s[k].isdigit():
            k += 1
        # A run of digits after the week: with D, an even total leaves the
        # separator a digit.
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


def _hms(s, tail_ok):
    # HH[[:]MM[[:]SS]][(.|,)f...] -> [h, m, s, us]. tail_ok: one stray
    # character may end it (before an offset, as CPython lets it).
    v = [0, 0, 0, 0]
    n, p, colon = len(s), 0, None
    for k in range(3):
        if not _digits(s[p:p + 2]) or len(s[p:p + 2]) != 2:
            raise _Bad
        v[k] = int(s[p:p + 2])
        p += 2
        if p == n:
            return v
        c = s[p]
        if c in '.,':
            f = s[p + 1:]
            if not f and tail_ok:
                return v
            # CPython reads six digits (fewer if that is all there is),
            # skips the digits after them, and before an offset lets
            # anything else follow
            if not _digits(f[:6]):
                raise _Bad
            v[3] = int((f[:6] + '00000')[:6])
            if f[6:].lstrip('0123456789') and not tail_ok:
                raise _Bad
            return v
        if k < 2 and c == ':' and colon is not False:
            colon = True
            p += 1
        elif k < 2 and c.isdigit() and not colon:
            colon = False
        elif tail_ok and p == n - 1:
            return v
        else:
            raise _Bad
    raise _Bad


def iso_time(s):
    # The time part (after 'T' or the separator) -> (h, m, s, us, tzinfo).
    import datetime as dt
    for i, c in enumerate(s):
        if c in '+-Z':
            break
    else:
        i = -1
    if i < 0:
        h, m, sec, us = _hms(s, False)
        return h, m, sec, us, None
    if i == 0:
        raise _Bad
    h, m, sec, us = _hms(s[:i], True)
    z = s[i:]
    if z[0] == 'Z':
        if z != 'Z':
            raise _Bad  # nothing may follow a Z
        return h, m, sec, us, dt.timezone.utc
    if len(z) < 3:
        raise _Bad
    oh, om, os_, ous = _hms(z[1:], False)
    off = dt.timedelta(hours=oh, minutes=om, seconds=os_, microseconds=ous)
    return h, m, sec, us, dt.timezone(-off if z[0] == '-' else off)


_OFFSETS = {}


def _fast_datetime(cls, s):
    # YYYY-MM-DD?HH:MM:SS[.f{1,6}][Z|+HH:MM|-HH:MM], what logs and web APIs
    # write, read in C (_pywasm.iso_datetime_fields: 9 -> ~3.5 us with the
    # constructor); None for any other text, which the general parser then
    # takes (with its errors).
    f = _iso_fields(s)
    if f is None:
        return None
    y, m, d, h, mi, sec, us, zone, minutes = f
    tz = None
    if zone:
        import datetime as dt
        if zone == 'Z':
            tz = dt.timezone.utc
        else:
            key = zone + str(minutes)
            tz = _OFFSETS.get(key)
            if tz is None:
                off = dt.timedelta(minutes=minutes)
                tz = dt.timezone(-off if zone == '-' else off)
                if len(_OFFSETS) < 64:
                    _OFFSETS[key] = tz
    return cls(y, m, d, h, mi, sec, us, tz)


def fromisoformat(cls, s, kind):
    # kind: 'date', 'time' or 'datetime'
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')
    if kind == 'datetime':
        r = _fast_datetime(cls, s)
        if r is not None:
            return r
    try:
        if kind == 'date':
            if len(s) not in (7, 8, 10):
                raise _Bad
            return cls(*iso_date(s))
        if kind == 'time':
            t = s[1:] if s[:1] == 'T' else s
            return cls(*iso_time(t))
        k = _date_end(s)
        d = iso_date(s[:k])
        if len(s) == k:
            return cls(*d)
        t = s[k + 1:]
        if not t:
            raise _Bad
        return cls(*(d + iso_time(t)))
    except (_Bad, IndexError):
        pass
    raise ValueError('Invalid isoformat string: %r' % (s,))


# --- strptime --------------------------------------------------------------

def _names(seq):
    return '(?:%s)' % '|'.join(sorted(seq, key=len, reverse=True))


_FIELDS = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
    'f': r'[0-9]{1,6}',
    'H': r'2[0-3]|[0-1]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'G': r'\d\d\d\d',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[0-1]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d',
    'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'w': r'[0-6]',
    'u': r'[1-7]',
    'y': r'\d\d',
    'Y': r'\d\d\d\d',
    'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)',
    'A': _names(_DAYS),
    'a': _names(d[:3] for d in _DAYS),
    'B': _names(_MONS),
    'b': _names(m[:3] for m in _MONS),
    'p': 'am|pm',
    'Z': 'utc|gmt',
}
_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_SPECIAL = '\\.^$*+?(){}[]|'
_cache = {}


def _pattern(fmt, whole):
    out, i, n = [], 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c == '%':
            if i >= n:
                raise ValueError('stray %% in format %r' % (whole,))
            c = fmt[i]
            i += 1
            if c == '%':
                out.append('%')
            elif c in _EXPAND:
                out.append(_pattern(_EXPAND[c], whole))
            elif c in _FIELDS:
                out.append('(?P<%s>%s)' % (c, _FIELDS[c]))
            else:
                raise ValueError("%r is a bad directive in format %r" % (c, whole))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append('\\' + c if c in _SPECIAL else c)
    return ''.join(out)


def _compiled(fmt):
    r = _cache.get(fmt)
    if r is None:
        if len(_cache) > 50:
            _cache.clear()
        r = _cache[fmt] = re.compile(_pattern(fmt, fmt), re.IGNORECASE)
    return r


def _offset(z):
    # '+HH[:]MM[[:]SS[.ffffff]]' or 'Z' -> (seconds, microseconds)
    if z == 'Z':
        return 0, 0
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in ' + z[:3] + ':' + z[3:])
            z = z[:5] + z[6:]
    secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    us = int((z[8:] + '00000')[:6]) if len(z) > 8 else 0
    return (-secs, -us) if z[0] == '-' else (secs, us)


_NOWEEKDAY = "a weekday directive ('%A', '%a', '%w', or '%u')."


def strptime(s, fmt, cls):
    import datetime as dt
    if not isinstance(s, str):
        raise TypeError('strptime() argument 1 must be str, not ' + type(s).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not ' + type(fmt).__name__)
    m = _compiled(fmt).match(s)
    if m is None:
        raise ValueError('time data %r does not match format %r' % (s, fmt))
    if m.end() != len(s):
        raise ValueError('unconverted data remains: ' + s[m.end():])
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    year = month = day = weekday = julian = week = iso_year = iso_week = None
    month = day = 1
    hour = minute = second = us = 0
    if 'Y' in g:
        year = int(g['Y'])
    elif 'y' in g:
        year = int(g['y'])
        year += 2000 if year < 69 else 1900
    if 'G' in g:
        iso_year = int(g['G'])
    if 'm' in g:
        month = int(g['m'])
    elif 'B' in g:
        month = _MONS.index(g['B'].lower()) + 1
    elif 'b' in g:
        month = [x[:3] for x in _MONS].index(g['b'].lower()) + 1
    if 'd' in g:
        day = int(g['d'])
    if 'H' in g:
        hour = int(g['H'])
    elif 'I' in g:
        hour = int(g['I'])
        if g.get('p', 'am').lower() == 'am':
            hour = 0 if hour == 12 else hour
        elif hour != 12:
            hour += 12
    if 'M' in g:
        minute = int(g['M'])
    if 'S' in g:
        second = int(g['S'])
    if 'f' in g:
        us = int((g['f'] + '00000')[:6])
    if 'A' in g:
        weekday = _DAYS.index(g['A'].lower())
    elif 'a' in g:
        weekday = [x[:3] for x in _DAYS].index(g['a'].lower())
    elif 'w' in g:
        weekday = (int(g['w']) - 1) % 7
    elif 'u' in g:
        weekday = int(g['u']) - 1
    if 'j' in g:
        julian = int(g['j'])
    monday_first = 'W' in g
    if 'U' in g or 'W' in g:
        week = int(g['W' if monday_first else 'U'])
    if 'V' in g:
        iso_week = int(g['V'])
    tz = None
    if 'z' in g:
        secs, fus = _offset(g['z'])
        off = dt.timedelta(seconds=secs, microseconds=fus)
        tz = dt.timezone(off, g['Z']) if 'Z' in g else dt.timezone(off)
    # CPython 3.11's checks, as it words and orders them: %G without %Y,
    # and %V without %U/%W
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and "
                             + _NOWEEKDAY)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and "
                             + _NOWEEKDAY)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            first = dt.date(year, 1, 1).weekday()
            wd = weekday
            if not monday_first:
                first, wd = (first + 1) % 7, (wd + 1) % 7
            if week == 0:
                julian = 1 + wd - first
            else:
                julian = (7 - first) % 7 + 7 * (week - 1) + 1 + wd
        elif iso_year is not None and iso_week is not None:
            # Not range-checked, as CPython's: week 53 of a 52-week year is
            # the next year's first.
            jan4 = dt.date(iso_year, 1, 4)
            monday = jan4.toordinal() - jan4.weekday()
            year, month, day = _ymd(dt.date.fromordinal(monday + (iso_week - 1) * 7 + weekday))
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if dt._leap(year) else 365
    if julian is not None:
        year, month, day = _ymd(dt.date.fromordinal(dt.date(year, 1, 1).toordinal() + julian - 1))
    return cls(year, month, day, hour, minute, second, us, tz)

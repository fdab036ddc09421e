"""zoneinfo: IANA time zones read from TZif files (RFC 8536), as CPython's.

ZoneInfo(key) looks for the file `key` under each directory of TZPATH, as
CPython does: CPython's default list, or PYTHONTZPATH (os.pathsep-separated;
relative entries are dropped with InvalidTZPathWarning), or reset_tzpath(to).
A file of version 1 gives its 32-bit data; versions 2 and later their 64-bit
data and the POSIX TZ string of their footer, which gives the offsets after
the last transition ("CET-1CEST,M3.5.0,M10.5.0/3": Mm.w.d, Jn and n dates,
/time from -167 to 167 hours, "<+03>-3" quoted names), read as CPython 3.11's
C module reads them (same accepted strings, same errors).

A key not found on TZPATH is read, as in CPython, from the `tzdata`
package (PyPI's IANA database) when it can be imported: the file
zoneinfo/<key> in its directory. available_timezones() starts, as
CPython's, from that package's `zones` list.

The sandbox sees only mounted host directories: without a mount of the
system's database (`pywasm --mount /usr/share/zoneinfo:ro`) or tzdata no
file is found. The zones whose rules are one fixed offset need no database,
as if a tzdata package held them: "UTC" and its aliases, "GMT" and its
aliases and "Etc/GMT+N" / "Etc/GMT-N" (POSIX signs: Etc/GMT+5 is five hours
behind UTC). A file on TZPATH or in tzdata wins over them;
available_timezones() lists them only when neither a TZPATH directory nor
tzdata is visible (otherwise it is CPython's list). A key found nowhere
raises ZoneInfoNotFoundError; when no TZPATH directory is visible at all,
its message says how to mount one.

utcoffset/dst/tzname/fromutc follow PEP 495 as CPython does (fold picks the
first or second of a repeated hour, and the offset before or after a gap);
ZoneInfo(key) is cached per class (no_cache and clear_cache(only_keys=) as
in CPython); zones pickle by key; from_file(fobj, key=None)."""
import datetime as _dt
import os as _os

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()
_MOUNT_HINT = ('no directory of zoneinfo.TZPATH is visible: the sandbox sees only mounted host directories; '
               'mount the time zone database, e.g. pywasm --mount /usr/share/zoneinfo:ro, '
               'or put the tzdata package on sys.path')

TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """Raised when no time zone is found for a key."""


class InvalidTZPathWarning(RuntimeWarning):
    """Raised when PYTHONTZPATH holds a relative path."""


# -- TZPATH -----------------------------------------------------------------

def _relative_paths_message(paths):
    bad = [p for p in paths if not _os.path.isabs(p)]
    return 'Paths should be absolute but found the following relative paths:' + ''.join('\n    ' + p for p in bad)


def _from_env(value):
    if not value:
        return ()
    parts = value.split(_os.pathsep)
    kept = tuple(p for p in parts if _os.path.isabs(p))
    if len(kept) != len(parts):
        import warnings
        msg = 'Invalid paths specified in PYTHONTZPATH environment variable. ' + _relative_paths_message(parts)
        warnings.warn(msg, InvalidTZPathWarning)
    return kept


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError('tzpaths must be a list or tuple, not %s: %r' % (type(to), to))
        if not all(_os.path.isabs(p) for p in to):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
    else:
        env = _os.environ.get('PYTHONTZPATH')
        TZPATH = _from_env(env) if env is not None else _DEFAULT_TZPATH


def _validate_key(key):
    # CPython's three checks, with its messages: a key is a relative,
    # normalised path that stays under the TZPATH directory.
    if isinstance(key, bytes):
        if key.startswith(b'/'):
            raise ValueError('ZoneInfo keys may not be absolute paths, got: %s' % (key,))
        raise TypeError("Can't mix strings and bytes in path components")
    if not isinstance(key, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(key).__name__)
    if key.startswith('/'):
        raise ValueError('ZoneInfo keys may not be absolute paths, got: %s' % key)
    norm = _os.path.normpath(key)
    if len(norm) != len(key):
        raise ValueError('ZoneInfo keys must be normalized relative paths, got: %s' % key)
    if not _os.path.normpath('_/' + norm).startswith('_/'):
        raise ValueError('ZoneInfo keys must refer to subdirectories of TZPATH, got: %s' % key)


def _find_tzfile(key):
    _validate_key(key)
    if '\0' in key:
        return None  # CPython's os.path.isfile is False for such a path
    for base in TZPATH:
        path = _os.path.join(base, key)
        try:
            if _os.path.isfile(path):
                return path
        except (OSError, ValueError):
            pass
    return None


def _tzdata_dir():
    # The directory of the tzdata package when it can be imported, else None
    try:
        import tzdata
    except ImportError:
        return None
    path = getattr(tzdata, '__path__', None)
    if isinstance(path, str):  # a package's __path__ is its directory's name here
        return path
    if path:
        return list(path)[0]
    f = getattr(tzdata, '__file__', None)
    return _os.path.dirname(f) if f else None


def _find_tzdata(key):
    # tzdata's file for key (zoneinfo/Europe/Paris), or None; CPython opens
    # it as the resource of the package tzdata.zoneinfo.Europe, so a key
    # naming a directory fails in open() (IsADirectoryError) there too
    root = _tzdata_dir()
    if root is None or '\0' in key:
        return None
    path = _os.path.join(root, 'zoneinfo', key)
    try:
        return path if _os.path.exists(path) else None
    except (OSError, ValueError):
        return None


def _tzpath_visible():
    for base in TZPATH:
        try:
            if _os.path.isdir(base):
                return True
        except (OSError, ValueError):
            pass
    return False


def available_timezones():
    # CPython's walk of TZPATH: the files that start with the TZif magic,
    # less posix/, right/ and posixrules. With no TZPATH directory visible,
    # the zones that need no database.
    zones = set()
    root = _tzdata_dir()
    if root is not None:
        # tzdata's list of its zones, read first as CPython reads it
        try:
            with open(_os.path.join(root, 'zones')) as f:
                zones.update(line.strip() for line in f if line.strip())
        except OSError:
            pass
    if not zones and not _tzpath_visible():
        zones.update(_BUILTIN_KEYS)
    for root in TZPATH:
        if not _os.path.exists(root):
            continue
        top = _os.path.normpath(root)
        cut = 1 if top == '/' else len(top) + 1
        for dirpath, dirnames, files in _os.walk(root):
            if dirpath == root:
                # posix/ and right/ repeat the database; not keys of their own
                for special in ('right', 'posix'):
                    if special in dirnames:
                        dirnames.remove(special)
            for name in files:
                path = _os.path.join(dirpath, name)
                key = _os.path.normpath(path)[cut:]
                if not key or key in zones:
                    continue
                try:
                    with open(path, 'rb') as f:
                        ok = f.read(4) == b'TZif'
                except Exception:
                    ok = False
                if ok:
                    zones.add(key)
    zones.discard('posixrules')
    return zones


# -- the zones that need no database -----------------------------------------

_UTC_KEYS = ('UTC', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'UCT', 'Etc/UCT')
_GMT_KEYS = ('GMT', 'Etc/GMT', 'Etc/Greenwich', 'Greenwich', 'GMT0', 'Etc/GMT0', 'GMT+0', 'GMT-0',
             'Etc/GMT+0', 'Etc/GMT-0')
_BUILTIN_KEYS = _UTC_KEYS + _GMT_KEYS + tuple('Etc/GMT+%d' % h for h in range(1, 13)) \
    + tuple('Etc/GMT-%d' % h for h in range(1, 15))


def _builtin(key):
    # (offset in seconds, abbreviation) of a fixed zone, or None
    if key in _UTC_KEYS:
        return 0, 'UTC'
    if key in _GMT_KEYS:
        return 0, 'GMT'
    if key in _BUILTIN_KEYS:
        hours = int(key[8:])
        sign = -1 if key[7] == '+' else 1
        return sign * hours * 3600, '%s%02d' % ('-' if sign < 0 else '+', hours)
    return None


# -- reading TZif ------------------------------------------------------------

_DELTAS = {}


def _delta(seconds):
    d = _DELTAS.get(seconds)
    if d is None:
        d = _DELTAS[seconds] = _dt.timedelta(seconds=seconds)
    return d


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname', 'offset')

    def __init__(self, offset, dst, name):
        self.offset = offset  # seconds
        self.utcoff = _delta(offset) if offset is not None else None
        self.dstoff = _delta(dst) if dst is not None else None
        self.tzname = name

    def same(self, other):
        return self.utcoff == other.utcoff and self.dstoff == other.dstoff and self.tzname == other.tzname


_NO_TTINFO = _TTInfo(None, None, None)


class _Bytes:
    # read() over bytes already in memory (a whole file read at once)
    def __init__(self, data):
        self._data, self._pos = data, 0

    def read(self, n=-1):
        start = self._pos
        end = len(self._data) if n is None or n < 0 else min(start + n, len(self._data))
        self._pos = end
        return self._data[start:end]


def _int(b, signed):
    v = int.from_bytes(b, 'big')
    if signed and b and b[0] & 0x80:
        v -= 1 << (8 * len(b))
    return v


def _unpack(fobj, count, size, signed):
    want = count * size
    data = fobj.read(want) if want else b''
    if len(data) != want:
        import struct
        raise struct.error('unpack requires a buffer of %d bytes' % want)
    return [_int(data[i:i + size], signed) for i in range(0, want, size)]


def _header(fobj):
    if fobj.read(4) != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    v = fobj.read(1)
    if v == b'\x00':
        version = 1
    else:
        try:
            version = int(v.decode('latin-1'))
        except ValueError:
            raise ValueError('invalid literal for int() with base 10: %r' % (v,))
    fobj.read(15)
    # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    return (version,) + tuple(_unpack(fobj, 6, 4, True))


def _read_tzif(fobj):
    version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _header(fobj)
    size = 4
    if version >= 2:
        # skip the 32-bit block; the 64-bit one follows with its own header
        fobj.read(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
        version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _header(fobj)
        size = 8
    trans = _unpack(fobj, timecnt, size, True)
    idx = _unpack(fobj, timecnt, 1, False)
    utcoff, isdst, abbrind = [], [], []
    for _ in range(typecnt):
        rec = fobj.read(6)
        if len(rec) != 6:
            import struct
            raise struct.error('unpack requires a buffer of 6 bytes')
        utcoff.append(_int(rec[:4], True))
        isdst.append(_int(rec[4:5], True))
        abbrind.append(_int(rec[5:6], True))
    chars = fobj.read(charcnt)
    names = {}
    abbr = []
    for i in abbrind:
        if i not in names:
            names[i] = chars[i:chars.find(b'\x00', i)].decode()
        abbr.append(names[i])
    tz = None
    if version >= 2:
        fobj.read(isutcnt + isstdcnt + leapcnt * 12)
        c = fobj.read(1)
        if c != b'\n':
            raise AssertionError(c)
        out = []
        while True:
            c = fobj.read(1)
            if c == b'\n' or not c:
                break
            out.append(c)
        tz = b''.join(out)
    return idx, trans, utcoff, isdst, abbr, tz


def _dst_offsets(idx, utcoff, isdst):
    # A TZif file says whether a type is DST, not by how much: infer it from
    # the standard type next to it, as CPython does (one hour when unknown).
    n = len(isdst)
    dstoff = [0] * n
    for i in range(1, len(idx)):
        t = idx[i]
        if not isdst[t] or dstoff[t]:
            continue
        off = 0
        prev = idx[i - 1]
        if not isdst[prev]:
            off = utcoff[t] - utcoff[prev]
        if not off and t < n - 1:
            if i + 1 >= len(idx):
                continue
            nxt = idx[i + 1]
            if isdst[nxt]:
                continue
            off = utcoff[t] - utcoff[nxt]
        if off:
            dstoff[t] = off
    for t in range(n):
        if isdst[t] and not dstoff[t]:
            dstoff[t] = 3600
    return dstoff


def _local_transitions(idx, trans, utcoff):
    # Each transition as a wall-clock timestamp: for fold=0 with the larger
    # of the offsets either side of it, for fold=1 with the smaller.
    if not trans:
        return [[], []]
    wall0, wall1 = [], []
    before = utcoff[0]
    for i, t in enumerate(trans):
        after = utcoff[idx[i]]
        if i == 0 and len(utcoff) <= 1:
            after = before
        hi, lo = (before, after) if before >= after else (after, before)
        wall0.append(t + hi)
        wall1.append(t + lo)
        before = after
    return [wall0, wall1]


def _bisect(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


# -- POSIX TZ strings --------------------------------------------------------

class _MonthRule:
    # Mm.w.d: day d (0 = Sunday) of week w (5 = the last) of month m
    __slots__ = ('m', 'w', 'd', 'secs')

    def __init__(self, m, w, d, secs):
        self.m, self.w, self.d, self.secs = m, w, d, secs

    def local(self, year):
        first = (_ordinal(year, self.m, 1) + 6) % 7  # 0 = Monday
        days = _DAYS_IN_MONTH[self.m] + (self.m == 2 and _is_leap(year))
        day = (self.d - (first + 1)) % 7 + 1 + (self.w - 1) * 7
        if day > days:
            day -= 7
        return (_ordinal(year, self.m, day) - _EPOCH_ORD) * 86400 + self.secs


class _DayRule:
    # Jn (1..365, February 29 never counted) or n (0..365), as CPython counts them
    __slots__ = ('julian', 'day', 'secs')

    def __init__(self, julian, day, secs):
        self.julian, self.day, self.secs = julian, day, secs

    def local(self, year):
        day = self.day
        if self.julian and day >= 59 and _is_leap(year):
            day += 1
        return (_ordinal(year, 1, 1) - _EPOCH_ORD - 1 + day) * 86400 + self.secs


class _Rule:
    # The rule after the last transition: standard time only, or standard
    # and daylight time with yearly start and end dates (local wall times).
    def __init__(self, std, dst=None, start=None, end=None):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.diff = dst.offset - std.offset if dst is not None else 0
        self._years = {}

    def _bounds(self, year):
        b = self._years.get(year)
        if b is None:
            if len(self._years) > 64:
                self._years.clear()
            b = self._years[year] = (self.start.local(year), self.end.local(year))
        return b

    def find(self, ts, year, fold):
        if self.dst is None:
            return self.std
        start, end = self._bounds(year)
        # fold=0 gives the repeated hour to the larger offset, fold=1 to the
        # smaller; a gap is read with the offset before it (fold=0) or after
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = ts < end or ts >= start
        return self.dst if isdst else self.std

    def find_utc(self, ts, year):
        # (ttinfo, fold) at UTC timestamp ts
        if self.dst is None:
            return self.std, 0
        start, end = self._bounds(year)
        start -= self.std.offset
        end -= self.dst.offset
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = ts < end or ts >= start
        if self.diff > 0:
            lo, hi = end, end + self.diff
        else:
            lo, hi = start, start - self.diff
        return (self.dst if isdst else self.std), (1 if lo <= ts < hi else 0)


class _TZStr:
    # a cursor over the TZ string; '' past its end (it ends at a NUL, as in C)
    def __init__(self, raw):
        text = raw.decode('latin-1')
        nul = text.find('\0')
        self.s = text if nul < 0 else text[:nul]
        self.i = 0

    def peek(self, k=0):
        j = self.i + k
        return self.s[j] if j < len(self.s) else ''

    def number(self, least, most):
        # a decimal of least..most digits, read; None (nothing read past
        # the digits seen) if fewer than least
        v = n = 0
        while n < most and _isdigit(self.peek()):
            v = v * 10 + ord(self.peek()) - 48
            self.i += 1
            n += 1
        return v if n >= least else None


def _isdigit(c):
    return c != '' and '0' <= c <= '9'


def _isalpha(c):
    return c != '' and ('a' <= c <= 'z' or 'A' <= c <= 'Z')


def _parse_abbr(p):
    # <quoted> (letters, digits, + and -) or letters; None if malformed
    start = p.i
    if p.peek() == '<':
        p.i += 1
        first = p.i
        while p.peek() != '>':
            c = p.peek()
            if not (_isalpha(c) or _isdigit(c) or c in '+-') or c == '':
                return None
            p.i += 1
        name = p.s[first:p.i]
        p.i += 1
    else:
        while _isalpha(p.peek()):
            p.i += 1
        name = p.s[start:p.i]
    if p.i == start:
        return None
    return name.encode('latin-1').decode()


def _parse_offset(p):
    # [+-]h[hh][:mm[:ss]], hours 0..24, west of Greenwich positive: seconds east
    sign = -1
    if p.peek() in ('-', '+') and p.peek() != '':
        if p.peek() == '-':
            sign = 1
        p.i += 1
    hours = p.number(1, 3)
    if hours is None or hours > 24:
        return None
    parts = [0, 0]
    for k in range(2):
        if p.peek() != ':':
            break
        p.i += 1
        parts[k] = p.number(2, 2)
        if parts[k] is None:
            return None
    return sign * (hours * 3600 + parts[0] * 60 + parts[1])


def _parse_time(p):
    # [+-]h[hh][:mm[:ss]], hours up to 167 (RFC 8536), each part signed alike
    sign = 1
    if p.peek() in ('-', '+') and p.peek() != '':
        if p.peek() == '-':
            sign = -1
        p.i += 1
    vals = [0, 0, 0]
    for k in range(3):
        if k:
            if p.peek() != ':':
                break
            p.i += 1
        v = p.number(1, 3) if k == 0 else p.number(2, 2)
        if v is None or k == 0 and v > 167:
            return None
        vals[k] = sign * v
    return vals[0] * 3600 + vals[1] * 60 + vals[2]


def _parse_date(p):
    secs = 7200  # 02:00 unless given
    if p.peek() == 'M':
        p.i += 1
        if not _isdigit(p.peek()):
            return None
        month = ord(p.peek()) - 48
        p.i += 1
        if p.peek() != '.':
            if not _isdigit(p.peek()):
                return None
            month = month * 10 + ord(p.peek()) - 48
            p.i += 1
        wd = []
        for _ in range(2):
            if p.peek() != '.':
                return None
            p.i += 1
            if not _isdigit(p.peek()):
                return None
            wd.append(ord(p.peek()) - 48)
            p.i += 1
        if p.peek() == '/':
            p.i += 1
            secs = _parse_time(p)
            if secs is None:
                return None
        week, day = wd
        if not (1 <= month <= 12 and 1 <= week <= 5 and 0 <= day <= 6):
            return None
        return _MonthRule(month, week, day, secs)
    julian = 0
    if p.peek() == 'J':
        julian = 1
        p.i += 1
    day = p.number(1, 3)
    if day is None:
        return None
    if p.peek() == '/':
        p.i += 1
        secs = _parse_time(p)
        if secs is None:
            return None
    if not julian <= day <= 365:
        return None
    return _DayRule(julian, day, secs)


def _parse_tz(raw):
    p = _TZStr(raw)
    std = _parse_abbr(p)
    if std is None:
        raise ValueError('Invalid STD format in %r' % (raw,))
    std_off = _parse_offset(p)
    if std_off is None:
        raise ValueError('Invalid STD offset in %r' % (raw,))
    if p.peek() == '':
        return _Rule(_TTInfo(std_off, 0, std))
    dst = _parse_abbr(p)
    if dst is None:
        raise ValueError('Invalid DST format in %r' % (raw,))
    if p.peek() == ',':
        dst_off = std_off + 3600
    else:
        dst_off = _parse_offset(p)
        if dst_off is None:
            raise ValueError('Invalid DST offset in %r' % (raw,))
    dates = []
    for _ in range(2):
        if p.peek() != ',':
            raise ValueError('Missing transition rules in TZ string: %r' % (raw,))
        p.i += 1
        d = _parse_date(p)
        if d is None:
            raise ValueError('Malformed transition rule in TZ string: %r' % (raw,))
        dates.append(d)
    if p.peek() != '':
        raise ValueError('Extraneous characters at end of TZ string: %r' % (raw,))
    return _Rule(_TTInfo(std_off, 0, std), _TTInfo(dst_off, dst_off - std_off, dst), dates[0], dates[1])


# -- ZoneInfo ----------------------------------------------------------------

_CACHES = {}  # class -> {key: zone}


def _cache(cls):
    c = _CACHES.get(cls)
    if c is None:
        c = _CACHES[cls] = {}
    return c


def _local_ts(dt):
    return (dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


class ZoneInfo(_dt.tzinfo):
    def __new__(cls, key):
        cache = _cache(cls)
        zone = cache.get(key)
        if zone is None:
            zone = cls._new_instance(key)
            zone._source = 'cache'
            cache[key] = zone
        return zone

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def no_cache(cls, key):
        zone = cls._new_instance(key)
        zone._source = 'nocache'
        return zone

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        if path is None:
            path = _find_tzdata(key)
        zone = object.__new__(cls)
        zone._key = key
        zone._file_repr = None
        if path is not None:
            with open(path, 'rb') as f:
                data = f.read()
            zone._load(_Bytes(data))
            return zone
        fixed = _builtin(key)
        if fixed is None:
            msg = 'No time zone found with key %s' % key
            if not _tzpath_visible():
                msg += ' (%s)' % _MOUNT_HINT
            raise ZoneInfoNotFoundError(msg)
        tti = _TTInfo(fixed[0], 0, fixed[1])
        zone._setup([], [], [tti], [0], None)
        return zone

    @classmethod
    def from_file(cls, fobj, key=None):
        zone = object.__new__(cls)
        zone._file_repr = repr(fobj)
        zone._load(fobj)
        zone._key = key
        zone._source = 'file'
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        cache = _cache(cls)
        if only_keys is None:
            cache.clear()
        else:
            for key in only_keys:
                cache.pop(key, None)

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)

    def _load(self, fobj):
        idx, trans, utcoff, isdst, abbr, tz = _read_tzif(fobj)
        for i in idx:
            if i > len(utcoff):
                raise ValueError('Invalid transition index found while reading TZif: %d' % i)
        dstoff = _dst_offsets(idx, utcoff, isdst)
        ttis = [_TTInfo(utcoff[i], dstoff[i], abbr[i]) for i in range(len(utcoff))]
        self._setup(idx, trans, ttis, isdst, tz)

    def _setup(self, idx, trans, ttis, isdst, tz):
        self._trans_utc = trans
        self._trans_local = _local_transitions(idx, trans, [t.offset for t in ttis])
        self._ttis = [ttis[i] for i in idx]
        before = None
        for i in range(len(ttis)):
            if not isdst[i]:
                before = ttis[i]
                break
        if before is None and ttis:
            before = ttis[0]
        self._before = before
        if tz:
            self._after = _parse_tz(tz)
        else:
            if not ttis:
                raise ValueError('No time zone information found.')
            last = self._ttis[-1] if self._ttis else ttis[-1]
            self._after = _Rule(last)
        after = self._after
        if len(ttis) > 1 or after.dst is not None:
            self._fixed = False
        elif not ttis:
            self._fixed = True
        else:
            self._fixed = ttis[0].same(after.std)

    @property
    def key(self):
        return self._key

    def _find(self, dt):
        if dt is None:
            return self._after.std if self._fixed else _NO_TTINFO
        ts = _local_ts(dt)
        fold = 1 if getattr(dt, 'fold', 0) else 0
        local = self._trans_local[fold]
        n = len(local)
        if n and ts < local[0]:
            return self._before
        if not n or ts > local[-1]:
            return self._after.find(ts, dt.year, fold)
        return self._ttis[_bisect(local, ts) - 1]

    def utcoffset(self, dt):
        return self._find(dt).utcoff

    def dst(self, dt):
        return self._find(dt).dstoff

    def tzname(self, dt):
        return self._find(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _dt.datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        ts = _local_ts(dt)
        trans = self._trans_utc
        n = len(trans)
        fold = 0
        if n and ts < trans[0]:
            tti = self._before
        elif not n or ts > trans[-1]:
            tti, fold = self._after.find_utc(ts, dt.year)
            if n:
                # just after the last transition the repeated hour is
                # between the type before it and the rule's
                prev = self._before if n == 1 else self._ttis[n - 2]
                shift = prev.offset - tti.offset
                if shift > 0 and ts < trans[-1] + shift:
                    fold = 1
        else:
            i = _bisect(trans, ts)
            if i >= 2:
                prev, tti = self._ttis[i - 2], self._ttis[i - 1]
            else:
                prev, tti = self._before, self._ttis[0]
            if prev.offset - tti.offset > ts - trans[i - 1]:
                fold = 1
        out = dt + tti.utcoff
        return out.replace(fold=1) if fold else out

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return '%s(key=%r)' % (name, self._key)
        return '%s.from_file(%s)' % (name, self._file_repr)

    def __reduce__(self):
        if self._source == 'file':
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (_ClassMethodRef(type(self), '_unpickle'), (self._key, 1 if self._source == 'cache' else 0))


class _ClassMethodRef:
    # cls.name, callable, pickled as CPython pickles a bound class method
    # (getattr(cls, name)), so the bytes match CPython's and load in both
    def __init__(self, cls, name):
        self._cls, self._name = cls, name

    def __call__(self, *args):
        return getattr(self._cls, self._name)(*args)

    def __reduce__(self):
        return getattr, (self._cls, self._name)


reset_tzpath()

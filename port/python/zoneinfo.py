"""zoneinfo: ZoneInfo for the zones that need no time zone database.

pywasm has no time zone database: the system's is outside the sandbox and
tzdata is not bundled. The zones whose rules are one fixed offset work as
in CPython: "UTC" and its aliases ("Etc/UTC", "Etc/Universal", "Etc/Zulu",
"Universal", "Zulu", "GMT", "Etc/GMT", "Etc/Greenwich", "Greenwich",
"GMT0", "Etc/GMT0", "GMT+0", "GMT-0", "Etc/GMT+0", "Etc/GMT-0") and
"Etc/GMT+N" / "Etc/GMT-N" for N up to 14, whose sign is POSIX's (Etc/GMT+5
is five hours behind UTC). Any other key raises ZoneInfoNotFoundError, as
CPython does for a key its database lacks, so a script that needs a region
("Europe/Paris") says so at once. Supported: ZoneInfo(key) (cached),
ZoneInfo.no_cache, ZoneInfo.clear_cache, key, utcoffset/dst/tzname/fromutc,
str/repr, pickling, available_timezones, TZPATH, reset_tzpath,
ZoneInfoNotFoundError, InvalidTZPathWarning."""
import datetime as _dt

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    pass


class InvalidTZPathWarning(RuntimeWarning):
    pass


_UTC_KEYS = ('UTC', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'UCT', 'Etc/UCT')
_GMT_KEYS = ('GMT', 'Etc/GMT', 'Etc/Greenwich', 'Greenwich', 'GMT0', 'Etc/GMT0', 'GMT+0', 'GMT-0',
             'Etc/GMT+0', 'Etc/GMT-0')


def _rule(key):
    # (offset, abbreviation) of a fixed-offset zone, or None.
    if key in _UTC_KEYS:
        return _dt.timedelta(0), 'UTC'
    if key in _GMT_KEYS:
        return _dt.timedelta(0), 'GMT'
    if key.startswith('Etc/GMT') and len(key) > 8 and key[7] in '+-' and key[8:].isdigit():
        hours = int(key[8:])
        if 1 <= hours <= (12 if key[7] == '+' else 14):
            sign = -1 if key[7] == '+' else 1  # POSIX: GMT+5 is behind UTC
            return _dt.timedelta(hours=sign * hours), '%s%02d' % ('-' if sign < 0 else '+', hours)
    return None


def _check_key(key):
    if not isinstance(key, str):
        raise TypeError('key must be a str, not %s' % type(key).__name__)
    if not key or key.startswith('/') or '..' in key.split('/') or '\0' in key:
        raise ValueError('ZoneInfo keys must be normalized relative paths, got: %s' % key)


class ZoneInfo(_dt.tzinfo):
    _cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls.no_cache(key)
            cls._cache[key] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        _check_key(key)
        rule = _rule(key)
        if rule is None:
            raise ZoneInfoNotFoundError('No time zone found with key %s' % key)
        zone = object.__new__(cls)
        zone._key = key
        zone._offset, zone._name = rule
        return zone

    @classmethod
    def from_file(cls, fobj, key=None):
        raise NotImplementedError('ZoneInfo.from_file: pywasm reads no TZif data')

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _dt.timedelta(0)

    def tzname(self, dt):
        return self._name

    def fromutc(self, dt):
        if not isinstance(dt, _dt.datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return '%s(key=%r)' % (type(self).__name__ if type(self) is not ZoneInfo else 'zoneinfo.ZoneInfo', self._key)

    def __reduce__(self):
        return (ZoneInfo, (self._key,))


def available_timezones():
    keys = set(_UTC_KEYS) | set(_GMT_KEYS)
    keys.update('Etc/GMT+%d' % h for h in range(1, 13))
    keys.update('Etc/GMT-%d' % h for h in range(1, 15))
    return keys


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError('tzpaths must be a list or tuple, not %s: %r' % (type(to).__name__, to))
        for path in to:
            if not str(path).startswith('/'):
                raise ValueError('tzpaths must be absolute paths')
        TZPATH = tuple(to)
    else:
        TZPATH = ()

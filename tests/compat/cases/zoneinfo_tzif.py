# zoneinfo reading TZif data (RFC 8536) built here, so no database is
# needed: versions 1 to 3, the POSIX TZ string after the last transition
# (Mm.w.d, Jn and n dates, /time past 24h and negative, <+03>-3 names,
# negative DST), PEP 495 folds and gaps, fromutc, datetime arithmetic and
# comparisons across zones, and CPython's errors for bad data.
import io
import pickle
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc


def be(v, n):
    return (v & ((1 << (8 * n)) - 1)).to_bytes(n, 'big')


def tzif(version, trans, types, tz=b''):
    # trans: [(utc seconds, type index)], types: [(utoff, isdst, abbr)]
    chars, where = b'', []
    for _, _, ab in types:
        where.append(len(chars))
        chars += ab.encode() + b'\0'

    def block(size):
        head = b'TZif' + (b'\0' if version == 1 else str(version).encode()) + bytes(15)
        head += b''.join(be(n, 4) for n in (0, 0, 0, len(trans), len(types), len(chars)))
        body = b''.join(be(t, size) for t, _ in trans) + bytes(i for _, i in trans)
        body += b''.join(be(off, 4) + bytes([dst, w]) for (off, dst, _), w in zip(types, where))
        return head + body + chars
    data = block(4)
    if version >= 2:
        data += block(8) + b'\n' + tz + b'\n'
    return data


def ts(*a):
    return int(datetime(*a, tzinfo=UTC).timestamp())


def zone(version, trans, types, tz=b'', key=None):
    return ZoneInfo.from_file(io.BytesIO(tzif(version, trans, types, tz)), key=key)


def show(x):
    return '%s %s %s %s fold=%d' % (x.isoformat(), x.utcoffset(), x.dst(), x.tzname(), x.fold)


def around(z, y, mo, d, h, hours=4):
    # UTC hours around an instant, then the wall times near it with both folds
    start = datetime(y, mo, d, h, tzinfo=UTC) - timedelta(hours=hours // 2)
    for k in range(hours * 2 + 1):
        u = start + timedelta(minutes=30 * k)
        loc = u.astimezone(z)
        print(' ', u.strftime('%H:%M'), show(loc), loc.astimezone(UTC) == u)
    wall = datetime(y, mo, d, h) - timedelta(hours=hours // 2)
    for k in range(hours * 2 + 3):
        w = wall + timedelta(minutes=30 * k)
        a, b = w.replace(tzinfo=z), w.replace(tzinfo=z, fold=1)
        print(' ', w.strftime('%d %H:%M'), a.utcoffset(), b.utcoffset(), a.tzname(), b.tzname(),
              a.timestamp(), b.timestamp(), a.astimezone(UTC).astimezone(z).fold)


# A Paris-like zone: a 32-bit era, explicit transitions, then the rule.
cet = [(561, 0, 'LMT'), (3600, 0, 'CET'), (7200, 1, 'CEST')]
paris = zone(2, [(ts(1911, 3, 11), 1), (ts(2021, 3, 28, 1), 2), (ts(2021, 10, 31, 1), 1)], cet,
             b'CET-1CEST,M3.5.0,M10.5.0/3', key='Test/Paris')
print(repr(paris), str(paris), paris.utcoffset(None), paris.tzname(None))
print(show(datetime(1900, 1, 1, tzinfo=paris)), show(datetime(1950, 6, 1, tzinfo=paris)))
for when in ((2021, 3, 28, 1), (2021, 10, 31, 1), (2024, 3, 31, 1), (2024, 10, 27, 1), (2087, 10, 26, 1)):
    print('paris', when)
    around(paris, *when)

# Negative DST (Europe/Dublin: winter is "daylight saving" at -1h).
dublin = zone(3, [(ts(2020, 3, 29, 1), 0), (ts(2020, 10, 25, 1), 1)], [(3600, 0, 'IST'), (0, 1, 'GMT')],
              b'IST-1GMT0,M10.5.0,M3.5.0/1')
for when in ((2020, 10, 25, 1), (2030, 3, 31, 1), (2030, 10, 27, 1)):
    print('dublin', when)
    around(dublin, *when)
print(show(datetime(2030, 1, 15, tzinfo=dublin)), show(datetime(2030, 7, 15, tzinfo=dublin)))

# Half-hour DST in the southern hemisphere (Australia/Lord_Howe).
lh = zone(2, [(ts(2000, 1, 1), 1)], [(36000, 0, 'LMT'), (37800, 0, '+1030'), (39600, 1, '+11')],
          b'<+1030>-10:30<+11>-11,M10.1.0,M4.1.0')
for when in ((2024, 4, 6, 15), (2024, 10, 5, 15)):
    print('lord howe', when)
    around(lh, *when, hours=2)

# Negative and past-24h transition times; Jn and n dates; quoted names.
for tz in (b'<-02>2<-01>,M3.5.0/-1,M10.5.0/0', b'IST-2IDT,M3.4.4/26,M10.5.0', b'AAA3BBB,J60/2,J300/2',
           b'AAA3BBB,59/2,300/2', b'<+03>-3', b'EST5EDT,M3.2.0/-30:30,M11.1.0/150'):
    z = zone(3, [], [(0, 0, 'UTC')], tz)
    print(tz, [datetime(2033, m, 15, 12, tzinfo=UTC).astimezone(z).strftime('%H:%M%Z') for m in range(1, 13)])
    start = datetime(2033, 1, 1, tzinfo=UTC)
    prev = None
    for h in range(0, 365 * 24, 6):
        u = start + timedelta(hours=h)
        cur = u.astimezone(z)
        if prev is not None and cur.utcoffset() != prev.utcoffset():
            print('  change', u, show(prev), show(cur))
        prev = cur

# Version 1 (32-bit data only, no rule: the last type stays); no transitions.
v1 = zone(1, [(ts(1990, 3, 25, 1), 1), (ts(1990, 9, 30, 1), 0)], [(3600, 0, 'CET'), (7200, 1, 'CEST')])
print(show(datetime(1980, 1, 1, tzinfo=v1)), show(datetime(1990, 6, 1, tzinfo=v1)), show(datetime(2030, 6, 1, tzinfo=v1)))
fixed = zone(2, [], [(-12600, 0, '-0330')], b'<-0330>3:30')
print(show(datetime(2030, 6, 1, tzinfo=fixed)), fixed.utcoffset(None), fixed.tzname(None))

# Arithmetic and comparisons across zones, PEP 495 style.
a = datetime(2024, 10, 27, 2, 30, tzinfo=paris)
b = a.replace(fold=1)
print(repr(b), a == b, a < b, b - a, a.astimezone(UTC), b.astimezone(UTC), b.astimezone(UTC) - a.astimezone(UTC))
print(b.astimezone(UTC) == b, a.astimezone(dublin) == a, a.astimezone(dublin) - a, b.astimezone(dublin) > a)
print(a + timedelta(hours=1), (b + timedelta(hours=1)).fold, len({a, b, a.astimezone(UTC)}))
gap = datetime(2024, 3, 31, 2, 30, tzinfo=paris)
print(show(gap), show(gap.replace(fold=1)), gap.astimezone(UTC), gap.replace(fold=1).astimezone(UTC))
print(a.timetuple().tm_isdst, datetime(2024, 7, 1, tzinfo=paris).timetuple().tm_isdst, a.strftime('%Z %z'))
print(datetime.fromtimestamp(ts(2024, 10, 27, 1, 15), paris).fold, datetime.fromtimestamp(ts(2024, 10, 27, 0, 15), paris).fold)

# Errors, as CPython words them.
for bad in (b'', b'TZjf' + bytes(60), tzif(2, [], [], b''), tzif(1, [(0, 7)], cet)):
    try:
        ZoneInfo.from_file(io.BytesIO(bad))
    except ValueError as e:
        print('ValueError', e)
for tz in (b'CET', b'CET-25', b'CET-1CEST', b'CET-1CEST,M3.5.0', b'CET-1CEST,M13.5.0,M10.5.0',
           b'CET-1CEST,M3.5.0,M10.5.0/168', b'CET-1CEST,J0,J100', b'CET-1CEST,M3.5.0,M10.5.0x', b'<C*T>-1'):
    try:
        zone(3, [], [(0, 0, 'UTC')], tz)
    except ValueError as e:
        print('ValueError', e)
for arg in (datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 1), 0):
    try:
        paris.fromutc(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(paris)
except pickle.PicklingError as e:
    print('PicklingError', e)

# Timestamps in CI: parse ISO strings with offsets, compute durations, format reports.
from datetime import date, datetime, time, timedelta, timezone

start = datetime.fromisoformat('2024-03-05T14:30:00+00:00')
end = datetime.fromisoformat('2024-03-05T16:45:30.250000+02:00')
print(start, end, end - start, (end - start).total_seconds())
print(end.utcoffset(), end.tzinfo, end.astimezone(timezone.utc), end.astimezone(timezone.utc).isoformat())
print(start.isoformat(), start.isoformat(timespec='seconds'), end.isoformat(sep=' ', timespec='milliseconds'))
print(datetime.fromisoformat('2024-03-05'), datetime.fromisoformat('2024-03-05 07:08'), datetime.fromisoformat('2024-03-05T07:08:09.5'))
print(datetime.fromisoformat('2024-03-05T07:08:09-05:30').tzinfo, date.fromisoformat('2023-12-31'), time.fromisoformat('23:59:58.123'))
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
print(ist, repr(timezone.utc), timezone(timedelta(hours=-8)), datetime(2024, 1, 1, 12, tzinfo=ist).strftime('%Y-%m-%d %H:%M %Z %z'))
d = datetime(2024, 2, 28, 23, 59, 59)
print(d + timedelta(seconds=1), d + timedelta(days=1, seconds=1), d - timedelta(weeks=9))
print(d.strftime('%a %A %b %B %d %j %U %w %y %Y %H %I %p %M %S %f %%'), d.strftime('%x %X'), d.strftime('%c'))
print(d.strftime('%m/%d/%Y'), d.strftime('%-d') if False else '', d.strftime('%e') if False else '')
for s, fmt in [('2024-03-05 14:30:00', '%Y-%m-%d %H:%M:%S'), ('05/Mar/2024:14:30:00 +0100', '%d/%b/%Y:%H:%M:%S %z'),
               ('Tue, 05 Mar 2024 14:30:00 GMT', '%a, %d %b %Y %H:%M:%S GMT'), ('2024-065', '%Y-%j'),
               ('20240305T143000Z', '%Y%m%dT%H%M%SZ'), ('3:04 PM', '%I:%M %p'), ('2024-03-05T14:30:00.123456', '%Y-%m-%dT%H:%M:%S.%f')]:
    v = datetime.strptime(s, fmt)
    print(repr(v), v.tzinfo)
try:
    datetime.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
try:
    datetime.strptime('2024-01-01 extra', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
td = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td // timedelta(hours=1), td / 2, td * 3)
print(timedelta(seconds=-1), timedelta(hours=25), timedelta(0), timedelta(minutes=90) % timedelta(hours=1), divmod(timedelta(minutes=90), timedelta(hours=1)))
print(str(timedelta(seconds=3725)).zfill(8), timedelta(milliseconds=1500), max(timedelta(1), timedelta(hours=30)))
dt = datetime(2024, 12, 31, 22, 0, tzinfo=timezone.utc)
print(dt.timestamp(), datetime.fromtimestamp(0, tz=timezone.utc), datetime.utcfromtimestamp(86400 * 365), datetime.fromtimestamp(1700000000, timezone.utc).isoformat())
print(dt.date(), dt.time(), dt.timetz(), dt.replace(year=2025, tzinfo=None), dt.weekday(), dt.isoweekday(), dt.isocalendar(), tuple(dt.isocalendar()))
print(date(2024, 3, 5).toordinal(), date.fromordinal(738950), date(2024, 1, 1) + timedelta(days=59), date(2024, 3, 1) - date(2023, 3, 1))
print(date(2024, 3, 5).strftime('%d %B %Y'), date(2024, 3, 5).isoformat(), date(2024, 3, 5).replace(day=1), date(2024, 3, 5).timetuple()[:6])
print(datetime.combine(date(2024, 3, 5), time(8, 30)), time(8, 30, 15).isoformat(), time(8, 30).strftime('%H:%M'), time(0) < time(1))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 6), datetime(2024, 1, 1, 23)]))
print(datetime(2024, 3, 5, tzinfo=timezone.utc) == datetime(2024, 3, 5, 2, tzinfo=timezone(timedelta(hours=2))))
print(f"{datetime(2024, 3, 5, 7, 8):%Y-%m-%d}" if False else datetime(2024, 3, 5, 7, 8).strftime('%Y-%m-%d'))
now = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo is timezone.utc, (datetime.now() - datetime.now()).days in (0, -1), isinstance(date.today(), date))
print(datetime.max.year, datetime.min, date.max, timedelta.max.days, timedelta.resolution)
print(hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1)), {date(2024, 1, 1): 'x'}[date(2024, 1, 1)])
# A zero offset without a name is timezone.utc itself.
print(timezone(timedelta(0)) is timezone.utc, repr(datetime.fromisoformat('2024-01-02T03:04:05+00:00')),
      timezone(timedelta(0), 'Z') is timezone.utc)

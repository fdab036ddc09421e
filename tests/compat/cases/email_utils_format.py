# email.utils date output: formatdate (plain, localtime, usegmt), format_datetime
# with naive/UTC/offset datetimes and its usegmt error, localtime(), the
# shape of make_msgid, and the HTTP-date / RSS round trips scripts do.
import datetime
import os
import re
import time

import email.utils as eu

# local time is UTC in pywasm; make CPython agree wherever this runs
os.environ['TZ'] = 'UTC'
getattr(time, 'tzset', lambda: None)()

for t in (0, 1, 86399, 951782400, 1e9, 1700000000.75, 2147483647, -1, -86400 * 365, 4102444800):
    print(t, eu.formatdate(t), '|', eu.formatdate(t, usegmt=True), '|', eu.formatdate(t, localtime=True),
          '|', eu.formatdate(t, True, True))

UTC = datetime.timezone.utc
zones = [None, UTC, datetime.timezone(datetime.timedelta(0), 'UTC'), datetime.timezone(datetime.timedelta(hours=2)),
         datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)), datetime.timezone(datetime.timedelta(hours=14)),
         datetime.timezone(datetime.timedelta(hours=-12), 'far west')]
for tz in zones:
    for args in ((2024, 2, 29, 13, 5, 9), (1, 1, 1), (9999, 12, 31, 23, 59, 59, 999999), (2000, 1, 3, 4, 5, 6, 7)):
        dt = datetime.datetime(*args, tzinfo=tz)
        try:
            g = eu.format_datetime(dt, usegmt=True)
        except ValueError as e:
            g = 'ValueError: %s' % e
        print(eu.format_datetime(dt), '|', g)

# round trips
for t in (0, 1234567890, 1700000000):
    s = eu.formatdate(t, usegmt=True)
    dt = eu.parsedate_to_datetime(s)
    print(s, repr(dt), dt.timestamp() == t, eu.mktime_tz(eu.parsedate_tz(s)) == t)
    s = eu.formatdate(t)
    print(s, repr(eu.parsedate_to_datetime(s)))

lt = eu.localtime()
print(type(lt).__name__, lt.utcoffset(), lt.tzname(), repr(lt.tzinfo), abs(lt.timestamp() - time.time()) < 5)
print(repr(eu.localtime(datetime.datetime(2020, 5, 6, 7, 8, 9))))
print(repr(eu.localtime(datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=zones[3]))))
print(repr(eu.localtime(datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=UTC), isdst=0)))
now = eu.formatdate()
print(re.fullmatch(r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} '
                   r'\d\d:\d\d:\d\d -0000', now) is not None)
print(re.fullmatch(r'.* \+0000', eu.formatdate(localtime=True)) is not None, eu.formatdate(usegmt=True)[-4:])

m = eu.make_msgid()  # the one call that asks for the host name
print(re.fullmatch(r'<\d+\.\d+\.\d+@[^@<>]+>', m) is not None)
m = eu.make_msgid('release', 'example.com')
print(re.fullmatch(r'<\d+\.\d+\.\d+\.release@example\.com>', m) is not None, m.endswith('.release@example.com>'))
m = eu.make_msgid(domain='ci.local')
print(m.endswith('@ci.local>'), int(m[1:].split('.')[0]) > 170000000000)
print(eu.make_msgid(domain='x') != eu.make_msgid(domain='x'))  # the random part

print(eu.decode_rfc2231("utf-8''%C3%A9t%C3%A9"), eu.decode_rfc2231('plain'), eu.decode_rfc2231("a'b"))
print(eu.encode_rfc2231('été x', 'utf-8'), eu.encode_rfc2231('plain text'), eu.encode_rfc2231('a b', 'utf-8', 'en'))
print(eu.collapse_rfc2231_value('"quoted"'), eu.collapse_rfc2231_value('<x>'))
print(sorted(eu.__all__))

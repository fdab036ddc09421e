# email.utils date parsing: parsedate, parsedate_tz, parsedate_to_datetime and
# mktime_tz on RFC 2822 dates in many forms (with and without the weekday,
# two-digit years, obsolete zones, numeric zones, missing seconds, RFC 850
# and asctime orders, HTTP and RSS dates) and on garbage, with CPython's
# results and error messages.
import email.utils as eu

DATES = [
    'Mon, 20 Nov 1995 19:12:08 -0500',
    'Thu, 01 Jan 1970 00:00:00 GMT',
    'Sun, 06 Nov 1994 08:49:37 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT',
    'Sun Nov  6 08:49:37 1994',
    'Tue, 29 Feb 2000 12:00:00 +0000',
    'Wed, 31 Dec 9999 23:59:59 +2359',
    'Mon, 01 Jan 0001 00:00:00 -0000',
    '1 Jan 2020 10:00:00',
    '1 Jan 2020 10:00',
    '1 Jan 20 10:00 EST',
    '1 Jan 68 10:00 EDT',
    '1 Jan 69 10:00 CST',
    '1 Jan 99 10:00 cdt',
    '1 Jan 100 10:00 MST',
    '01 January 2021 7:05:09 MDT',
    'Fri, 13 Sep 2024 23:01:02 PST',
    'Fri, 13 Sep 2024 23:01:02 PDT',
    'Fri, 13 Sep 2024 23:01:02 AST',
    'Fri, 13 Sep 2024 23:01:02 ADT',
    'Fri, 13 Sep 2024 23:01:02 UT',
    'Fri, 13 Sep 2024 23:01:02 UTC',
    'Fri, 13 Sep 2024 23:01:02 Z',
    'Fri, 13 Sep 2024 23:01:02 XYZ',
    'Fri, 13 Sep 2024 23:01:02 +0530',
    'Fri, 13 Sep 2024 23:01:02 -0930',
    'Fri, 13 Sep 2024 23:01:02 -0000',
    'Fri, 13 Sep 2024 23:01:02 +0000',
    'Fri, 13 Sep 2024 23:01:02+0200',
    'Fri, 13 Sep 2024 23:01-0200',
    'Fri,13 Sep 2024 23:01:02 +0100',
    'fri, 13 sep 2024 23:01:02 +0100',
    'Sep 13 2024 23:01:02 +0100',
    '13 Sep 2024, 23:01:02 +0100',
    '13 Sep 2024 23.01.02 +0100',
    '13 Sep 2024 23.01 +0100',
    '13 Sep 2024 23.01.02.03 +0100',
    '13 Sep 2024 23:01:02:03 +0100',
    '13 Sep 2024 23 +0100',
    '13 Sep EST 2024 23:01:02',
    '2024-09-13T23:01:02Z',
    '13 Foo 2024 23:01:02',
    '32 Jan 2020 10:00:00 +0000',
    '31 Apr 2020 10:00:00 +0000',
    '29 Feb 2021 10:00:00 +0000',
    '1 Jan 2020 24:00:00 +0000',
    '1 Jan 2020 10:60:00 +0000',
    '1 Jan 2020 10:00:60 +0000',
    '1 Jan 2020 10:00:00 +2400',
    '1 Jan 2020 10:00:00 +9999',
    'Mon, 1 Jan 2020',
    'Mon,',
    '',
    '   ',
    'garbage',
    'a b c d e',
    '1 Jan x 10:00',
    ', 1 Jan 2020 10:00',
]

for d in DATES:
    print(repr(d))
    print('  tz  ', eu.parsedate_tz(d))
    print('  p   ', eu.parsedate(d))
    try:
        dt = eu.parsedate_to_datetime(d)
        print('  dt  ', repr(dt), dt.isoformat(), dt.tzname())
    except ValueError as e:
        # (the ", not <timedelta>" tail of datetime.timezone's range message
        # is datetime's business, not this module's)
        print('  dt   ValueError', str(e).split(', not ')[0].rstrip('.'))
    t = eu.parsedate_tz(d)
    if t is not None and 1 <= t[1] <= 12 and t[0] >= 1:
        try:
            print('  mk  ', eu.mktime_tz(t))
        except ValueError as e:
            print('  mk   ValueError', e)

for bad in (None, 0, [], ''):
    try:
        eu.parsedate_to_datetime(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    print(repr(bad), eu.parsedate(bad), eu.parsedate_tz(bad))
try:
    eu.parsedate_to_datetime(12345)
except Exception as e:
    print(type(e).__name__, e)

print(eu.mktime_tz((2020, 1, 1, 0, 0, 0, 0, 1, -1, 3600)))
print(eu.mktime_tz((2020, 1, 1, 0, 0, 0, 0, 1, -1, -18000)))
print(eu.mktime_tz((1969, 12, 31, 23, 0, 0, 0, 1, -1, 0)))

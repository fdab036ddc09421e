# fromisoformat's fast path for YYYY-MM-DD?HH:MM:SS[.f{1,6}][Z|+HH:MM]
# (port/python/_datetime_parse.py) and the general parser behind it: every
# form at and past the fast path's edges must give CPython's datetime or
# its error.
from datetime import datetime, timezone, timedelta
cases = ["2026-12-05T10:11:12", "2026-12-05 10:11:12", "2026-12-05x10:11:12", "2026-12-05T10:11:12Z",
         "2026-12-05T10:11:12.1", "2026-12-05T10:11:12.123", "2026-12-05T10:11:12.123456", "2026-12-05T10:11:12.1234567",
         "2026-12-05T10:11:12,5", "2026-12-05T10:11:12.123Z", "2026-12-05T10:11:12+00:00", "2026-12-05T10:11:12-05:30",
         "2026-12-05T10:11:12.5+05:45", "2026-12-05T10:11:12+24:00", "2026-12-05T10:11:12+23:59", "2026-12-05T10:11:12+0530",
         "2026-13-05T10:11:12", "2026-12-32T10:11:12", "2026-12-05T24:11:12", "2026-12-05T10:60:12", "2026-12-05T10:11:60",
         "2026-12-05T10:11:12.", "2026-12-05T10:11:12.Z", "2026-12-05T10:11:1Z", "２026-12-05T10:11:12", "2026-12-05T10:11:12+00:00:30",
         "2026-12-05T1:11:12", "2026-12-05T10:11:12 ", " 2026-12-05T10:11:12", "2026-02-29T00:00:00", "2024-02-29T00:00:00Z",
         "2026-12-05T10:11:12-00:00", "0001-01-01T00:00:00", "9999-12-31T23:59:59.999999", "2026-12-05T10:11:12.000001-23:59"]
for c in cases:
    try:
        d = datetime.fromisoformat(c)
        print(repr(c), d.isoformat(), d.tzinfo is timezone.utc, d.utcoffset())
    except ValueError as e:
        print(repr(c), "ValueError", e)
class Sub(datetime):
    pass
print(type(Sub.fromisoformat("2026-12-05T10:11:12Z")).__name__, Sub.fromisoformat("2026-12-05T10:11:12+01:00") == datetime(2026, 12, 5, 9, 11, 12, tzinfo=timezone.utc))

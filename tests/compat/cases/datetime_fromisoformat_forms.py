# datetime.fromisoformat on the forms logs and web APIs write (read by a
# fast path in C) and on their near misses (left to the general parser):
# separators, fractions of every length, Z and offsets, out-of-range fields.
import datetime as dt
base = ["2026-12-06T12:34:56", "2026-12-06 12:34:56", "2026-12-06x12:34:56", "2024-02-29T00:00:00", "2023-02-29T00:00:00",
        "2026-12-06T24:00:00", "2026-13-06T12:34:56", "2026-12-06T12:60:00", "0001-01-01T00:00:00", "9999-12-31T23:59:59.999999"]
suffixes = ["", "Z", "+05:30", "-08:00", "+00:00", "-00:00", "+24:00", "+23:59", "+05:60", ".5", ".123", ",123456", ".1234567", ".", ".12Z",
            ".123456+01:00", "z", "+0530", "+05:30:15", "+05", " ", "Zx", ".١٢"]
cases = [b + x for b in base for x in suffixes]
cases += ["2026-12-06T12:34:5a", "2026-12-06T12:3:56", "2026-12-06T12:34:56+05:3a", "2026-12-06T12:34:56.12a", "２026-12-06T12:34:56",
          "2026-12-06é12:34:56", "2026-12-06T12:34:56.000000Z", "2026-12-06T12:34:56+01:00Z", "2026-12-06", "2026-12-06T12"]
for s in cases:
    try:
        v = dt.datetime.fromisoformat(s)
        print(repr(s), v.isoformat(), v.tzinfo)
    except (ValueError, TypeError) as e:
        print(repr(s), type(e).__name__, e)

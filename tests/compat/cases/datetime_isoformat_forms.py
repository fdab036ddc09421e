# datetime.isoformat and str(): naive and aware, with and without
# microseconds, every timespec and a separator of its own.
import datetime as dt
for d in [dt.datetime(2026, 1, 2, 3, 4, 5), dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59, 999999), dt.datetime(2026, 1, 2, 3, 4, 5, 60),
          dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc), dt.datetime(2026, 1, 2, 3, 4, 5, 7, tzinfo=dt.timezone(dt.timedelta(hours=-3)))]:
    print(d.isoformat(), d.isoformat(" "), str(d), d.isoformat(timespec="minutes"), d.isoformat("x", "milliseconds"), f"{d}", repr(d))

# zoneinfo without a time zone database (the compat run mounts none): UTC,
# its aliases and Etc/GMT±N work as in CPython; other keys raise
# ZoneInfoNotFoundError.
import datetime as dt, pickle
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
utc = ZoneInfo("UTC")
print(utc, repr(utc), utc is ZoneInfo("UTC"), utc.key, ZoneInfo.no_cache("UTC") is utc)
t = dt.datetime(2024, 3, 1, 12, 30, tzinfo=utc)
print(t, t.isoformat(), t.tzname(), t.utcoffset(), t.dst(), t.timestamp())
e = t.astimezone(ZoneInfo("Etc/GMT+5")); print(e, e.tzname(), e.utcoffset())
w = t.astimezone(ZoneInfo("Etc/GMT-14")); print(w, w.tzname())
print(dt.datetime.fromtimestamp(0, ZoneInfo("Etc/UTC")), ZoneInfo("GMT").tzname(None), ZoneInfo("Zulu").utcoffset(None))
print(pickle.loads(pickle.dumps(utc)) is utc, "UTC" in available_timezones(), "Etc/GMT+12" in available_timezones())
now = dt.datetime.now(ZoneInfo("UTC")); print(now.tzinfo is utc, now.utcoffset())
for key in ("Mars/Olympus", "Etc/GMT+13"):
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as err:
        # pywasm adds a hint when no database is mounted: compare the start
        print("not found", str(err).startswith("'No time zone found with key " + key), isinstance(err, KeyError))
for key in ("/etc/passwd", "../x"):
    try:
        ZoneInfo(key)
    except ValueError as err:
        print("ValueError")

# timedelta and datetime arithmetic work on days, seconds and microseconds
# apart (a total in microseconds is a big int on wasm32): thousands of
# random sums, differences, negations and normalisations must equal
# CPython's, across day, month, year and range boundaries.
import datetime as dt
import hashlib
import random

rng = random.Random(2026)
h = hashlib.sha256()
for i in range(4000):
    kw = {}
    for name in rng.sample(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"], rng.randrange(1, 4)):
        v = rng.randrange(-10**rng.randrange(1, 9), 10**rng.randrange(1, 9))
        kw[name] = v / rng.choice([1, 3, 7]) if rng.random() < 0.2 else v
    try:
        td = dt.timedelta(**kw)
    except OverflowError as e:
        h.update(("O%s" % e).encode())
        continue
    base = dt.datetime(rng.randrange(1, 10000), rng.randrange(1, 13), rng.randrange(1, 29),
                       rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(10**6))
    other = dt.datetime(rng.randrange(1, 10000), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24))
    parts = [repr(td), str(-td), repr(td - dt.timedelta(seconds=1)), repr(abs(td)), repr(base - other)]
    for f in (lambda: td + td, lambda: base + td, lambda: base - td, lambda: td + base):
        try:
            r = f()
            parts.append(r.isoformat() if isinstance(r, dt.datetime) else repr(r))
        except OverflowError as e:
            parts.append("O%s" % e)
    h.update("|".join(parts).encode())
print(h.hexdigest())
d = dt.datetime(2024, 2, 28, 23, 59, 59, 999999)
print(d + dt.timedelta(microseconds=1), d + dt.timedelta(days=1, microseconds=1), d - dt.timedelta(days=59))
print(dt.datetime(2024, 3, 1) - d, d - dt.datetime(2024, 3, 1), dt.timedelta(hours=-1, minutes=30), -dt.timedelta(0, 1))
print(dt.timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999), dt.timedelta(weeks=-1, days=7))
for bad in (lambda: dt.datetime.max + dt.timedelta(microseconds=1), lambda: dt.datetime.min - dt.timedelta(1),
            lambda: dt.timedelta(days=10**9), lambda: dt.timedelta(days=999999999) + dt.timedelta(1)):
    try:
        print(bad())
    except OverflowError as e:
        print("OverflowError", e)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30))
a = dt.datetime(2024, 6, 1, 12, tzinfo=tz)
b = dt.datetime(2024, 6, 1, 12, tzinfo=dt.timezone.utc)
print(a - b, b - a, (a + dt.timedelta(hours=20)).isoformat(), a.astimezone(dt.timezone.utc))

# datetime + timedelta, - timedelta and comparisons over random values:
# within a month and across months, years, leap days and the range's ends,
# naive and aware (one tzinfo or two), with fold; as CPython computes them.
import datetime as dt
import random
r = random.Random(5)
tzs = [None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=5, minutes=30)), dt.timezone(dt.timedelta(hours=-8))]
out = []
for i in range(400):
    y = r.choice([1, 2, 1999, 2000, 2023, 2024, 2100, 9998, 9999])
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else 30)
    a = dt.datetime(y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice([0, 999999, r.randint(0, 999999)]), r.choice(tzs))
    td = dt.timedelta(days=r.randint(-400, 400) * r.choice([0, 1]), hours=r.randint(-30, 30), minutes=r.randint(-5000, 5000), seconds=r.randint(-90000, 90000), microseconds=r.randint(-2000000, 2000000))
    try:
        b = a + td
        out.append("%s + %r = %s" % (a, td, b))
    except OverflowError as e:
        out.append("%s + %r: OverflowError %s" % (a, td, e))
        b = a
    try:
        c = a - td
        out.append("- %s" % c)
    except OverflowError as e:
        out.append("- OverflowError %s" % e)
    for x, z in ((a, b), (b, a), (a, a), (a, a.replace(fold=1))):
        try:
            out.append("%s %s %s %s %s" % (x < z, x <= z, x == z, x > z, x >= z))
        except TypeError as e:
            out.append("TypeError %s" % e)
    o = dt.datetime(2024, 3, 1, tzinfo=r.choice(tzs))
    try:
        out.append("%s %s %s" % (a < o, a == o, a != o))
    except TypeError as e:
        out.append("TypeError %s" % e)
print(len(out)); print("\n".join(out))

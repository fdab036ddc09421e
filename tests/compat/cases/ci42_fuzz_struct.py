# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Differential fuzz: pprint/json/repr of random nested data, datetime arithmetic, statistics."""
import random
import pprint
import json
import datetime as dt
import statistics
import collections
from decimal import Decimal
from fractions import Fraction

random.seed(99)
WORDS = ["alpha", "b", "gamma-delta", "", "x y", "ü", "very_long_identifier_name_here", "q'uote", 'dq"', "back\\slash", "tab\t", "nl\n"]


def rnd(depth=0):
    r = random.random()
    if depth > 3 or r < 0.3:
        return random.choice([random.randint(-10**random.randint(0, 20), 10**random.randint(0, 20)), random.choice(WORDS), random.uniform(-1e5, 1e5), None, True, False, 1.5e-8, float(random.randint(0, 100))])
    if r < 0.5:
        return [rnd(depth + 1) for _ in range(random.randint(0, 6))]
    if r < 0.65:
        return tuple(rnd(depth + 1) for _ in range(random.randint(0, 4)))
    if r < 0.9:
        d = {}
        for _ in range(random.randint(0, 6)):
            key = random.choice(WORDS) + str(random.randint(0, 9))
            d[key] = rnd(depth + 1)
        return d
    return set(random.randint(0, 50) for _ in range(random.randint(0, 8)))


for i in range(120):
    obj = rnd()
    w = random.choice([20, 40, 60, 80, 120])
    print(pprint.pformat(obj, width=w, compact=random.random() < 0.5, sort_dicts=random.random() < 0.5, depth=random.choice([None, 2, 3])))
    try:
        print(json.dumps(obj, indent=random.choice([None, 0, 2, "  "]), sort_keys=random.random() < 0.5, ensure_ascii=random.random() < 0.5))
    except TypeError as e:
        print("TypeError", e)
    print(repr(obj)[:300])
base = dt.datetime(2024, 2, 28, 23, 59, 59, 999999)
for i in range(200):
    delta = dt.timedelta(days=random.randint(-800, 800), seconds=random.randint(-90000, 90000), microseconds=random.randint(-10**6, 10**6))
    t = base + delta
    print(t.isoformat(), (t - base) == delta, str(delta), repr(delta), delta.total_seconds(), t.weekday(), t.isocalendar(), t.strftime("%j %U %W %a"), (t.date() - base.date()).days, t.replace(microsecond=0).timestamp() if False else "", abs(delta) // dt.timedelta(hours=1), delta / 3, round(delta.total_seconds() / 7, 3))
for i in range(60):
    data = [random.gauss(50, 15) for _ in range(random.randint(2, 30))]
    ints = [random.randint(0, 10) for _ in range(random.randint(1, 20))]
    print(round(statistics.mean(data), 10), round(statistics.median(data), 10), round(statistics.stdev(data), 10), round(statistics.pvariance(data), 8), statistics.median_grouped(ints), statistics.mode(ints), statistics.multimode(ints), [round(q, 8) for q in statistics.quantiles(data, n=5, method=random.choice(["exclusive", "inclusive"]))], statistics.fmean(ints), statistics.median(ints), statistics.mean([Fraction(x) for x in ints]), statistics.mean([Decimal(x) for x in ints]))
c = collections.Counter(random.choice("abcdefg") for _ in range(500))
print(c.most_common(), sorted(c.elements())[:10], c.total())

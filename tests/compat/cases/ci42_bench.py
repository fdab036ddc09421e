# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Compare benchmark CSVs between base and head."""
import csv
import io
import statistics
import random
from decimal import Decimal
from fractions import Fraction

BASE = """name,iterations,mean_ms,stddev_ms,notes
parse_small,1000,0.512,0.020,
parse_large,100,12.75,0.51,"uses ""fast"" path"
render,500,3.3333,0.1,"multi,comma"
serialize,200,7.0,0.35,
"""
HEAD = """name;iterations;mean_ms;stddev_ms;notes
parse_small;1000;0.498;0.019;
parse_large;100;14.10;0.62;regressed
render;500;3.1;0.09;
new_bench;10;1.0;0.0;
"""

base = {r["name"]: r for r in csv.DictReader(io.StringIO(BASE))}
dialect = csv.Sniffer().sniff(HEAD.splitlines()[0])
print("sniffed delimiter", repr(dialect.delimiter), csv.Sniffer().has_header(HEAD))
head = {r["name"]: r for r in csv.DictReader(io.StringIO(HEAD), delimiter=";")}
print(base["parse_large"]["notes"], "|", base["render"]["notes"])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["name", "base", "head", "delta", "ratio", "verdict"])
ratios = []
for name in sorted(base.keys() | head.keys()):
    b, h = base.get(name), head.get(name)
    if not b or not h:
        w.writerow([name, b and b["mean_ms"], h and h["mean_ms"], "", "", "added" if h else "removed"])
        continue
    bm, hm = Decimal(b["mean_ms"]), Decimal(h["mean_ms"])
    delta = hm - bm
    ratio = hm / bm
    ratios.append(float(ratio))
    verdict = "regression" if ratio > Decimal("1.05") else "improvement" if ratio < Decimal("0.95") else "same"
    w.writerow([name, bm, hm, f"{delta:+.3f}", f"{ratio:.4f}", verdict])
print(out.getvalue())
print("geomean", round(statistics.geometric_mean(ratios), 6), "mean", round(statistics.mean(ratios), 6))
print("variance", round(statistics.variance(ratios), 8), "pvariance", round(statistics.pvariance(ratios), 8))
xs = [1.0, 2.0, 3.0, 4.0, 5.0]; ys = [2.1, 3.9, 6.2, 7.8, 10.1]
print("corr", round(statistics.correlation(xs, ys), 6), statistics.linear_regression(xs, ys))
print("covariance", statistics.covariance(xs, ys))
nd = statistics.NormalDist(10, 2)
print(nd, round(nd.cdf(12), 6), round(nd.inv_cdf(0.975), 6), round(nd.pdf(10), 6), nd.quantiles(4))
print(statistics.NormalDist.from_samples([1, 2, 3, 4]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.median([Decimal("1"), Decimal("2")]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
print(random.sample(range(100), 5), random.choices("abc", weights=[1, 2, 3], k=6))
lst = list(range(10)); random.shuffle(lst); print(lst)
print(random.gauss(0, 1), random.normalvariate(0, 1), random.randrange(0, 100, 5), random.getrandbits(70))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.gammavariate(2, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(8).hex(), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "-")
r = random.Random("seed-string"); print(r.random(), r.randint(0, 10**12))
r2 = random.Random(b"bytes-seed"); print(r2.random())
r3 = random.Random(7); print(r3.random())
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed(42, version=1); print(random.random())
for row in csv.reader(['a,"b c",d', "  x , y", "'q,r',s", "'it''s',x"], skipinitialspace=True, quotechar="'"):
    print(row)
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["a", "b"], extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader(); dw.writerow({"a": 1, "b": "x", "c": 3}); dw.writerow({"a": 2.5})
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO('1,"2"\n'), quoting=csv.QUOTE_NONNUMERIC)))
try:
    dw.writerow({"z": 1}) if False else csv.DictWriter(io.StringIO(), ["a"]).writerow({"z": 1})
except ValueError as e:
    print("ValueError", e)

# statistics: averages, spread, quantiles, two-variable functions and
# NormalDist; result values and types, StatisticsError messages.
import math
import statistics as st
from fractions import Fraction as F
from statistics import StatisticsError


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(f.__name__, repr(r), type(r).__name__)
    except StatisticsError as e:
        print(f.__name__, 'StatisticsError:', e)
    except (TypeError, ValueError, AttributeError, ZeroDivisionError, OverflowError) as e:
        print(f.__name__, type(e).__name__)


# typical use
scores = [88, 92, 79, 93, 85, 92, 71, 92, 80]
print(st.mean(scores), st.median(scores), st.mode(scores), st.stdev(scores), st.pstdev(scores))
print(st.variance(scores), st.pvariance(scores), st.quantiles(scores), st.fmean(scores))
times = [1.25, 0.5, 3.75, 2.0, 0.25, 1.5]
print(st.mean(times), st.median(times), st.stdev(times), st.variance(times), st.quantiles(times, n=10))
print(issubclass(StatisticsError, ValueError), sorted(st.__all__) == st.__all__, len(st.__all__))

# mean keeps the type: int when whole, else float; Fraction stays Fraction
for data in [[1, 2, 3], [1, 2], [1, 2, 3, 4], [1.5, 2.5], [F(1, 2), F(3, 4)], [F(1, 2), 2], [F(1, 2), 1.5],
             [True, False, True], [True, True], [1, 2, 3.0], [-1, 2], [3], [10 ** 20, 10 ** 20 + 1],
             [0.1, 0.2, 0.3], [1e16, 1.0, -1e16], [1e308, 1e308], range(10), iter([4, 8, 15, 16, 23, 42]),
             [2 ** 80 + 1, 2 ** 80 + 2, 7], [0.1] * 10, [1, float('inf')], [float('inf'), float('-inf')]]:
    show(st.mean, data)
show(st.mean, [])
show(st.mean, ['a', 'b'])
show(st.mean, [1, 'a'])

# fmean, with weights
for args in [([1, 2, 3],), ([0.1] * 10,), (iter([1, 2, 4]),), ([F(1, 3), 2],), ([1, 2, 3], [1, 2, 3]),
             ([85, 92, 83, 91], [0.2, 0.2, 0.3, 0.3]), (iter([1, 2, 3]), iter([3, 2, 1])), ([],),
             ([1, 2, 3], [1, 2]), ([1, 2, 3], [0, 0, 0])]:
    show(st.fmean, *args)

# geometric mean goes through exp and log: compare rounded
for data in [[54, 24, 36], [1, 2, 3], [2.5, 4.0, 10.0], [F(1, 2), 8]]:
    print('geometric_mean', round(st.geometric_mean(data), 9))
for data in [[], [1, 0, 3], [1, -2], iter([])]:
    show(st.geometric_mean, data)

# harmonic mean
for args in [([40, 60],), ([2.5, 3, 10],), ([1, 2, 4],), ([F(1, 2), F(1, 3)],), ([1, 0, 3],), ([5],), ([2.5],),
             ([F(1, 2)],), ([40, 60], [5, 30]), ([1, 2, 3], [1, 2, 3]), ([],), ([-1],), ([1, -2],), (['a'],),
             ([1, 2, 3], [1, 2]), ([1, 2], [0, 0]), ([1, 2], [-1, 2]), (iter([10, 20]),)]:
    show(st.harmonic_mean, *args)

# medians
for data in [[1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3], [1.5, 2.5], [F(1, 2), F(3, 2)], ['b', 'a', 'c'], [5],
             [1, 2, 3.0], [True, False, True], [10 ** 20, 10 ** 20 + 1]]:
    print(repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
for f in (st.median, st.median_low, st.median_high, st.median_grouped):
    show(f, [])
show(st.median, ['a', 'b'])
for data in [[52, 52, 53, 54], [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], [5], [1, 3], [2.5, 3.5, 3.5], [F(1, 2), F(3, 2)]]:
    for interval in (1, 2, 0.5):
        show(st.median_grouped, data, interval)
show(st.median_grouped, ['a', 'b'])
show(st.median_grouped, [1, 2], 'x')

# mode and multimode
for data in [[1, 1, 2, 3, 3, 3, 3, 4], ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'], [3, 1, 3, 1],
             'aabbbcc', [1.0, 1, True], iter('xyzzy'), [], [[1]]]:
    show(st.mode, data)
    show(st.multimode, data)

# quantiles
for data in [[105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
              106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
              103, 107, 101, 81, 109, 104], [1, 2], [1.5, 2.5, 10.0, 4.0], [F(1, 3), F(1, 2), F(5)], list(range(10))]:
    for n in (1, 2, 4, 10):
        print(n, st.quantiles(data, n=n), st.quantiles(data, n=n, method='inclusive'))
show(st.quantiles, [1])
show(st.quantiles, [1, 2, 3], n=0)
show(st.quantiles, [1, 2, 3], method='nearest')
show(st.quantiles, [1, 2, 3], 4)

# variance and standard deviation: exact sums, then one rounding
for data in [[1, 2, 3], [1, 2, 3, 4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [F(1, 6), F(1, 2), F(5, 3)],
             [1e9 + 1, 1e9 + 2, 1e9 + 3], [10 ** 20 + 1, 10 ** 20 + 2, 10 ** 20 + 4], [0.1, 0.2, 0.3, 0.4],
             [True, False, True], [1, 2, 3.0], [3, 3, 3], [F(1, 2), 1.5], [1e300, -1e300, 1e300],
             [1, float('inf')], [float('nan'), 1.0]]:
    for f in (st.variance, st.pvariance, st.stdev, st.pstdev):
        show(f, data)
for f, c in [(st.variance, 2.5), (st.variance, 2), (st.pvariance, F(5, 2)), (st.stdev, 2), (st.pstdev, 2.5),
             (st.variance, float('nan'))]:
    show(f, [1, 2, 3, 4], c)
for f in (st.variance, st.stdev, st.pvariance, st.pstdev):
    show(f, [])
    show(f, [7])
    show(f, iter([1, 5, 9]))
    show(f, ['a', 'b'])

# two variables
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]))
print(st.linear_regression(x, y), st.linear_regression([1, 2, 3, 4], [2, 4, 5, 9], proportional=True))
lr = st.linear_regression([1.5, 2.5, 4.0], [3.0, 5.5, 7.25])
print(lr.slope, lr.intercept, lr[0] == lr.slope, type(lr).__name__)
slope, intercept = st.linear_regression([2009, 2010, 2011, 2012, 2013], [3, 5, 6, 8, 9])
print(round(slope * 2019 + intercept))
for f in (st.covariance, st.correlation, st.linear_regression):
    show(f, [1, 2, 3], [1, 2])
    show(f, [1], [1])
show(st.correlation, [1, 1, 1], [1, 2, 3])
show(st.linear_regression, [1, 1], [1, 2])

# NormalDist
N = st.NormalDist
d = N(100, 15)
print(d, d.mean, d.median, d.mode, d.stdev, d.variance, N())
print(d.inv_cdf(0.5), d.inv_cdf(0.975), d.inv_cdf(0.001), d.inv_cdf(1e-12), d.quantiles(), d.zscore(130))
print([round(N().inv_cdf(p), 12) for p in (0.1, 0.3, 0.42, 0.5, 0.9, 0.99999)])
print(round(d.cdf(115), 12), round(d.pdf(100), 12), round(N(2.4, 1.6).overlap(N(3.2, 2.0)), 10))
print(round(N(1, 2).overlap(N(1, 2)), 12), round(N(0, 1).overlap(N(5, 1)), 12))
print(d + 5, d - 5, 5 - d, d * 2, 2 * d, d / 3, -d, +d, N(1, 3) + N(2, 4), N(1, 3) - N(2, 4))
print(N(1, 2) == N(1.0, 2.0), N(1, 2) == N(1, 3), N(1, 2) == 5, hash(N(1, 2)) == hash(N(1.0, 2.0)))
print(N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), N.from_samples([1, 2, 3, 4]), N.from_samples(iter([1, 2, 6])))
print(N(1, 2).samples(3, seed=42), N(0, 1).samples(0, seed=1))
print(N('1', 2), N(0, 0))
for f in [lambda: N(0, -1), lambda: N(1, 0).pdf(1), lambda: N(1, 0).cdf(1), lambda: N(1, 0).inv_cdf(0.5),
          lambda: N(1, 0).zscore(1), lambda: N().inv_cdf(0), lambda: N().inv_cdf(1.0), lambda: N(1, 0).overlap(N()),
          lambda: N().overlap(5), lambda: N.from_samples([1]), lambda: N(1, 2) * N(1, 2)]:
    try:
        print(f())
    except StatisticsError as e:
        print('StatisticsError:', e)
    except TypeError as e:
        print('TypeError', e if 'NormalDist instance' in str(e) else '')

# --- added with the pywasm port: exactness past 2**53, subnormals, mixed types
big = 2 ** 60
for f, args in [(st.median, ([big + 1, big + 2],)), (st.median, ([2 ** 53 + 1, 2 ** 53 + 2],)),
                (st.mean, ([big + 1, big + 2, 1.0],)), (st.mean, ([2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 2],)),
                (st.mean, ([10 ** 400, 0],)), (st.mean, ([10 ** 400, 1],)), (st.median, ([10 ** 400, 1],)),
                (st.mean, ([1e-320, 3e-320],)), (st.mean, ([5e-324, 0.0],)), (st.mean, ([5e-324, 5e-324, 0.0],)),
                (st.variance, ([1e-300, 2e-300, 4e-300],)), (st.stdev, ([1e-300, 2e-300, 4e-300],)),
                (st.variance, ([big, big + 1, big + 3],)), (st.stdev, ([big, big + 1, big + 3],)),
                (st.pvariance, ([big, big + 2],)), (st.quantiles, ([big, big + 3, big + 7],)),
                (st.median, ([2, F(1, 2), 1.5, 1],)), (st.median, ([1, F(1, 2)],)), (st.median_low, ([3, F(5, 2), 1],)),
                (st.median_high, (iter([3, 1, 2, 4]),)), (st.median_low, (['a', 'b'],)),
                (st.quantiles, ([1, F(1, 2), 2.0, 3],)), (st.pvariance, ([F(1, 2), 0.5, 1],)),
                (st.variance, ([1, 2, 3], True)), (st.variance, ([1.0, 'a'],)), (st.variance, ([1, 2], 'a')),
                (st.variance, ([float('inf'), 1.0, float('-inf')],)), (st.pstdev, ([1, 2], 1.5)),
                (st.stdev, ([F(1, 2), F(3, 2)],)), (st.fmean, (['a'],)), (st.fmean, ([1, 2], [1, 'a'])),
                (st.fmean, ([], [])), (st.fmean, ([1, 2], iter([1, 2]))), (st.geometric_mean, (['a'],)),
                (st.harmonic_mean, ([True],)), (st.harmonic_mean, ([0.0, 2],)), (st.harmonic_mean, ([1, 0], [1, 0])),
                (st.harmonic_mean, ([1, 2], [F(1, 2), 1])), (st.harmonic_mean, ([1.5, 2], [F(1, 2), 1])),
                (st.harmonic_mean, ([F(1, 2), 2], [1, 1])), (st.harmonic_mean, ([5], [2])), (st.harmonic_mean, ([5], [0])),
                (st.harmonic_mean, (iter([7]),)), (st.harmonic_mean, ([float('inf'), 2],)), (st.harmonic_mean, ([0, -1],)),
                (st.harmonic_mean, ([1, 2], iter([1, 2]))), (st.harmonic_mean, ([big, big + 1],)),
                (st.harmonic_mean, (['a', 'b'],)), (st.mode, ([1, 2],)), (st.multimode, ([2, 1, 1, 2, 3],)),
                (st.covariance, ([1, 2], iter([1, 2]))), (st.covariance, ([1, 1], [3, 3])),
                (st.correlation, ([1, 2], [3, 3])), (st.covariance, ([big, big + 1, 5], [1, 2, 4])),
                (st.median_grouped, (['1', '2'],)), (st.median_grouped, ([1, 2], '2')),
                (st.median_grouped, ([F(1, 2)], F(1, 3))), (st.median_grouped, ([1, 2], None)),
                (st.median_grouped, ([1, 2, 2, F(5, 2), 3],)), (st.quantiles, ([], )), (st.quantiles, ([1],)),
                (st.mean, ([1, None],)), (st.mean, ([1, 1j],)), (st.mode, (1,))]:
    show(f, *args)
for args, kw in [(([1, 2, 3], [1, 2, 3]), {'proportional': True}), (([1, 1], [1, 2]), {'proportional': True}),
                 (([0, 0], [1, 2]), {'proportional': True}), (([F(1, 2), F(3, 2)], [1, 4]), {'proportional': True}),
                 (([big, big + 1, big + 3], [1, 2, 4]), {}), (([1, 2, 3], [1, 2, 3], True), {})]:
    show(st.linear_regression, *args, **kw)
for n, method in [(1, 'inclusive'), (0, 'inclusive'), (3, 'x'), (5, 'exclusive')]:
    show(st.quantiles, [1, 2], n=n, method=method)
a, b = N(3, 2), N(1, 5)
print(round(a.overlap(b), 12), a.overlap(b) == b.overlap(a), round(N(3, 2).overlap(N(1, 2)), 12))
print(N(1, 2).quantiles(1), N(1, 0) - 5, N(1, 2) * -2, N(1, float('nan')), N(mu=1, sigma=2), N(1, 2) == N(1, 2))
print(N.from_samples([F(1, 3), 2, 2]), N.from_samples([1.0, float('inf')]), N.from_samples((big, big + 2, big + 7)))
print(N(5, 2).inv_cdf(0.5000000001), round(N(2, 3).pdf(1.5), 12), round(N(1, 2).cdf(F(1, 2)), 12), N(2, 4).zscore(F(1, 2)))
print(len(N(0, 1).samples(5, seed=7)), [round(v, 9) for v in N(10, 3).samples(4, seed=123)], N(3, 2).quantiles(10)[4])
print(d.variance, d.stdev, (d * 2).variance, (d / 5).stdev, (d + N(1, 20)).stdev, (N(1, 3) - d).mean)
for f in [lambda: N(1, 2) + 'a', lambda: N(1, 2) / 0, lambda: N('a'), lambda: N(1, 2).quantiles(0),
          lambda: N(1, 2).samples(2.0, seed=1), lambda: N(1, 2).pdf('a'), lambda: N(1, 0).inv_cdf(0)]:
    try:
        print(f())
    except StatisticsError as e:
        print('StatisticsError:', e)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)

# statistics with Decimal data: results are Decimals in the current context
# (stdev and pstdev correctly rounded square roots), and mixing Decimal with
# float or Fraction is refused as in CPython.
import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
data = [D('1.10'), D('2.2'), D('3.3'), D('0.45')]
for f in (st.mean, st.median, st.median_low, st.median_high, st.variance, st.pvariance, st.stdev, st.pstdev, st.mode, st.fmean):
    tr(f, data)
tr(st.mean, [D(1), 2, D('0.5')])
tr(st.stdev, [D(1), D(3), D(5)])
tr(st.stdev, [D(1), D(2)])
tr(st.pstdev, [D('0.1'), D('0.2'), D('0.4')])
# CPython names the two types in the order of a set of type objects, which
# hash by address: only which two it names is stable.
def mixed(f, data):
    try:
        print(f(data))
    except TypeError as e:
        print('TypeError', sorted(str(e).split()))
mixed(st.mean, [D(1), 2.5])
mixed(st.mean, [2.5, D(1)])
mixed(st.mean, [Fraction(1, 2), D(1)])
mixed(st.variance, [D(1), Fraction(1, 2)])
tr(st.mean, [D('1e30'), D('1e-30'), D('3')])
with localcontext() as c:
    c.prec = 6
    tr(st.stdev, [D(1), D(2), D(4), D(7)])
    tr(st.mean, [D(1), D(2), D(4)])
for i in range(2, 30):
    v = [D(i), D(i * i + 1), D(3)]
    print(st.stdev(v), st.pstdev(v), st.variance(v))

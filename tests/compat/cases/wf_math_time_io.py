# Numbers and timing helpers used by benchmark and report steps.
import io
import math
import time

print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.sqrt(16), math.factorial(10), math.log(8, 2), math.log10(1000))
print(math.inf > 1e308, math.isnan(math.nan), math.copysign(3, -0.0), math.fabs(-2), math.pow(2, 10), math.exp(0), round(math.pi, 5), math.e > 2.7)
print(math.modf(2.5), math.frexp(8.0), math.ldexp(1, 3), math.degrees(math.pi), math.radians(180) == math.pi)

t0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
s = sum(range(10000))
print(s, time.monotonic() >= t0, time.perf_counter() - p0 >= 0, isinstance(time.perf_counter_ns() - n0, int), isinstance(time.time(), float))
g = time.gmtime(86400 * 366 + 3723)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g[0], tuple(g)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', g), time.strftime('%a %b %d %j', g), time.strftime('%Y', time.gmtime(0)))
print(time.asctime(g), time.ctime(0)[-4:])
print(time.mktime(time.localtime(1700000000)) == 1700000000, time.localtime(0).tm_year in (1969, 1970))
print(isinstance(time.strftime('%H:%M'), str), len(time.strftime('%Y-%m-%dT%H:%M:%S')), time.strptime('2024-03-05', '%Y-%m-%d')[:3])
print(time.time_ns() > 1_600_000_000 * 10 ** 9, time.gmtime().tm_year >= 2024)
time.sleep(0)
start = time.perf_counter()
elapsed = time.perf_counter() - start
print(f'took {elapsed:.0f} s' if elapsed < 1 else 'slow')

buf = io.StringIO()
buf.write('line one\n')
print('line two', file=buf)
for line in ['a\n', 'b\n']:
    buf.write(line)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end='')
print(buf.read(4), [line for line in buf])
r = io.StringIO('x\ny\nz')
print([line.rstrip() for line in r])
with io.StringIO('abc') as s:
    print(s.read(), repr(s.read()))
b = io.BytesIO()
b.write(b'\x00\x01hello')
b.seek(2)
print(b.read(), b.getvalue(), b.tell())
b = io.BytesIO(b'line1\nline2\n')
print(b.readline(), b.read(), io.BytesIO(b'abc').read(2))

# time.gmtime/localtime/mktime past 2038 and before 1970: MicroPython's
# utime stops at a 32-bit word (OverflowError, or wrong dates before 1932);
# the library's calendar arithmetic covers every year, as CPython does.
import time, random
for t in (0, 2**31 - 1, 2**31, 4102444800, -1, -2**31, -2**31 - 1, 253402300799, -62135596800, 2**40, -2**40, 1e11 + 0.7, 951782400, 951868800, 4107542400):
    g = time.gmtime(t)
    print(t, tuple(g), time.strftime('%Y-%m-%d %H:%M:%S %a %j', g) if 1 <= g[0] <= 9999 else '')
print(time.mktime((2100, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((1900, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2038, 1, 19, 3, 14, 8, 0, 1, -1)))
print(time.mktime((2024, 13, 40, 25, 61, 61, 0, 1, 0)), time.mktime((2024, 0, 0, -1, 0, 0, 0, 1, 0)), time.mktime((1970, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.ctime(4102444800), time.asctime(time.gmtime(-5e9)))
r = random.Random(5)
bad = 0
for i in range(3000):
    t = r.randrange(-2**38, 2**38)
    g = time.gmtime(t)
    if time.mktime(g) != t: bad += 1
print('roundtrip mismatches', bad, tuple(time.gmtime(r.randrange(-2**38, 2**38))))

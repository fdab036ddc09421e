# Big integers against CPython: arithmetic, bitwise ops, shifts, division,
# hashing and conversions across the boundaries of a machine word and of a
# digit (16 and 32 bits), float(int) rounding at and near halfway points, and
# int.to_bytes/int.from_bytes with signed= and their errors.
# One labelled line per check; the random values come from a fixed seed.
import random

EDGES = [0, 1, -1]
for b in (15, 16, 17, 30, 31, 32, 33, 63, 64, 65, 96, 127, 128):
    EDGES += [2**b - 1, 2**b, 2**b + 1, -(2**b - 1), -(2**b), -(2**b + 1)]


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
        return
    print(label, repr(r))


rng = random.Random(61)
values = EDGES + [rng.getrandbits(rng.randrange(1, 400)) * rng.choice((1, -1)) for _ in range(40)]

for i, a in enumerate(values):
    show('repr %d' % i, lambda: (str(a), hex(a), oct(a), bin(a)[-40:], a.bit_length()))
    show('hash %d' % i, lambda: hash(a) == hash(a + 0) and {a: i}[a + 0])
    show('small %d' % i, lambda: (a == int(str(a)), a + 1 - 1 == a, -(-a) == a, abs(a)))
    show('float %d' % i, lambda: float(a))
    show('bytes %d' % i, lambda: (a.to_bytes(60, 'little', signed=True).hex()[:40],
                                  int.from_bytes(a.to_bytes(60, 'big', signed=True), 'big', signed=True) == a))

for i, a in enumerate(values[::3]):
    for j, b in enumerate(values[1::4]):
        show('arith %d %d' % (i, j), lambda: (a + b, a - b, a * b, a < b, a == b, a >= b))
        show('bits %d %d' % (i, j), lambda: (a & b, a | b, a ^ b, ~a))
        show('div %d %d' % (i, j), lambda: (a // b, a % b, divmod(b, a)))
    for s in (0, 1, 15, 16, 17, 31, 32, 33, 64, 100):
        show('shift %d %d' % (i, s), lambda: (a << s, a >> s, -a >> s))

# float(int) rounds to nearest, ties to even, as CPython's does
for k in (53, 54, 60, 64, 65, 100, 500, 1000):
    base = 2**k
    for d in (0, 1, 2, 3, 4, 5, 2**(k - 53) - 1 if k > 53 else 0, 2**(k - 54) if k > 54 else 0,
              2**(k - 54) + 1 if k > 54 else 0, 3 * 2**(k - 54) if k > 54 else 0):
        show('round %d %d' % (k, d), lambda: (float(base + d), float(-(base + d))))
show('largest', lambda: float(2**1024 - 2**971))
show('overflow at halfway', lambda: float(2**1024 - 2**970))
show('overflow', lambda: float(10**400))
show('mixed', lambda: (2**70 + 0.5, 2**70 * 1.5, 10**26 * 1.0, 3 * 10**25 / 7, 2**100 / 2**90))
show('pow', lambda: (pow(3, 200, 2**127 - 1), pow(2**65 + 3, 3), (-7)**41, 10**50 // 7**20))
show('int()', lambda: (int('9' * 60), int('-' + 'f' * 33, 16), int(1e300) % 10**9, int(-2.5e19)))
show('sum', lambda: (sum(range(2**30 - 10, 2**30 + 1000)), sum([2**31] * 5), 2**31 * 2**31))
show('index', lambda: ([0, 1, 2][2**31 - 2**31 + 1], 'abc' * (2**32 - 2**32 + 2)))
show('sort', lambda: sorted([2**40, -2**35, 2**31, 3, -2**64, 2**16])[::2])

# to_bytes / from_bytes: CPython's signatures, range checks and errors
for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, 2**31, -2**31, 2**63, -2**63 - 1, 2**64 - 1, -10**30):
    for n in (1, 2, 4, 8, 9, 16):
        for signed in (False, True):
            show('to %r %d %s' % (v, n, signed), lambda: (v.to_bytes(n, 'big', signed=signed),
                                                          v.to_bytes(n, byteorder='little', signed=signed)))
for b in (b'', b'\x7f', b'\x80', b'\xff\xff', b'\x00\x80', b'\x80\x00', b'\xff' * 9, b'\x80' + bytes(15), bytearray(b'\xfe\x01'), [1, 255]):
    show('from %r' % (b,), lambda: (int.from_bytes(b, 'big'), int.from_bytes(b, 'little'), int.from_bytes(b, 'big', signed=True),
                                    int.from_bytes(b, byteorder='little', signed=True), int.from_bytes(bytes=b, byteorder='big')))
show('defaults', lambda: ((5).to_bytes(), int.from_bytes(b'\x01\x00'), (65).to_bytes(length=2), (0).to_bytes(0, 'big')))
show('bad order', lambda: (1).to_bytes(2, 'middle'))
show('bad order type', lambda: (1).to_bytes(2, 5))
show('bad length', lambda: (1).to_bytes(-1, 'big'))
show('from bad order', lambda: int.from_bytes(b'\x01', 'x'))
show('bool', lambda: (True.to_bytes(1, 'big'), (258).to_bytes(2, 'bi' + 'g')))

# range() past a small int (31 bits on wasm32) and up to the machine word
show('range sum', lambda: sum(range(2**30 - 10, 2**30 + 1000)))
show('range list', lambda: (list(range(2**30 - 2, 2**30 + 2)), list(range(2**31 - 5, 2**31 - 1, 3)),
                            list(range(-2**31 + 5, -2**31 + 1, -2)), list(range(2**31 - 3, 2**31 - 1, 7))))
show('range index', lambda: (range(2**30, 2**30 + 10)[5], list(reversed(range(2**30 - 1, 2**30 + 2))),
                             2**30 + 3 in range(2**30, 2**30 + 10), range(-2**31 + 1, 2**31 - 1)[2**30]))
show('range len', lambda: (len(range(-2**31 + 1, 2**31 - 1)) > 2**31, bool(range(2**31 - 2, 2**31 - 1))))
show('hourly', lambda: [t for t in range(1764633600, 1764633600 + 4 * 3600, 3600)])
show('range map', lambda: (list(map(lambda x: x * 2, range(2**30 - 1, 2**30 + 1))), max(range(2**30, 2**30 + 5)),
                           sorted(range(2**30 + 2, 2**30 - 2, -1))[:2]))

# ints meet floats by exact value (patch 0065): comparisons, true division
# rounded once from the exact quotient, hashes of equal ints and floats
floats = [0.0, -0.0, 0.5, 1e30, -1e30, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 2.0**100 + 2.0**48,
          1.5 * 2**70, 1e308, float('inf'), float('-inf'), float('nan')]
for i, a in enumerate(values[::2]):
    for j, f in enumerate(floats):
        show('cmp %d %d' % (i, j), lambda: (a < f, a <= f, a == f, a != f, a > f, a >= f, f < a, f == a, f >= a))
show('near', lambda: (10**30 == 1e30, 10**30 > 1e30, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53,
                      2**53 + 1 < 2.0**53 + 1.5, 2**1024 > 1e308, 2**1024 < float('inf'), -2**1024 > float('-inf')))
for i, a in enumerate(values[::2]):
    for j, b in enumerate(values[1::5]):
        show('truediv %d %d' % (i, j), lambda: (a / b).hex())
pairs = [(2**80 + 1, 3), (10**30 + 7, 3), (3**100, 7**50), (-(3**100), 7**50), (2**1100, 2**100), (1, 10**400),
         (10**400, 10**399), (2**1024, 1), (2**1024 - 1, 2), (10**500 // 3, 10**192), (7, 2**1100)]
for i, (a, b) in enumerate(pairs):
    show('truediv pair %d' % i, lambda: (a / b).hex())
for k in range(300):
    a = rng.getrandbits(rng.randrange(50, 300)) | 1
    b = rng.getrandbits(rng.randrange(50, 300)) | 1
    show('truediv random %d' % k, lambda: ((a / b).hex(), (-a / b).hex(), (b * 3 / a).hex()))
show('mixed overflow', lambda: 10**400 + 1.0)
show('mixed overflow right', lambda: 1.0 * 10**400)
show('mixed complex', lambda: 10**400 + 1j)
for e in (31, 32, 40, 52, 53, 54, 60, 61, 62, 100, 500, 1000):
    v = 2**e + 2**(e - 5) if e > 5 else 2**e
    show('hash %d' % e, lambda: (hash(v) == hash(float(v)), hash(-v) == hash(-float(v)), {v: 'int'}.get(float(v)),
                                 {float(v): 'float'}.get(v), len({v, float(v)})))

# Big ints to and from text in every base and format (patch 0164 writes
# and reads nine decimal digits per pass): random values of 1-4,000 bits,
# signs, chunk boundaries (10**9k +- 1, 2**32k +- 1), grouping
# separators, int(text, base) round trips; bit_length and bit_count in C
# (patch 0165), on bools and big values, and their TypeError.
import hashlib
import random
import sys
getattr(sys, 'set_int_max_str_digits', lambda n: None)(0)
rng = random.Random(11)
vals = [0, 1, -1, 9, 10, 999999999, 10 ** 9, 10 ** 9 + 1, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 1, -(2 ** 31)]
for k in (1, 2, 3, 7, 20):
    vals += [10 ** (9 * k) - 1, 10 ** (9 * k), 10 ** (9 * k) + 1, 2 ** (32 * k) - 1, 2 ** (32 * k), -(10 ** (9 * k))]
for bits in (1, 5, 31, 32, 33, 63, 64, 65, 100, 333, 1000, 4000):
    for _ in range(25):
        v = rng.getrandbits(bits)
        vals.append(-v if rng.random() < 0.3 else v)
h = hashlib.sha256()
bad = 0
for v in vals:
    for t in (str(v), repr(v), hex(v), oct(v), bin(v), '%d' % v, '%x' % v, '%o' % v, format(v, ','), format(v, '_'),
              format(v, '_x'), format(v, '_b'), format(v, '#_o'), format(v, '>40,'), format(v, 'X')):
        h.update(t.encode() + b'|')
    for base, f in ((10, str), (16, hex), (8, oct), (2, bin)):
        if int(f(v), 0 if base != 10 else 10) != v:
            bad += 1
    for base in (3, 7, 36):
        digits, n = [], abs(v)
        while n:
            n, r = divmod(n, base)
            digits.append('0123456789abcdefghijklmnopqrstuvwxyz'[r])
        text = ('-' if v < 0 else '') + (''.join(reversed(digits)) or '0')
        if int(text, base) != v or int(text.upper(), base) != v:
            bad += 1
    h.update(b'%d,%d;' % (v.bit_length(), v.bit_count()))
print(len(vals), bad, h.hexdigest())
big = 3 ** 20000
s = str(big)
print(len(s), s[:20], s[-20:], int(s) == big, int('-' + s) == -big, int(s.replace('', '_')[1:-1]) == big)
print(int('1_000_000_007'), int('  123456789012345678901234567890  '), int('0x' + 'f' * 100, 16) == 16 ** 100 - 1)
print(True.bit_length(), False.bit_count(), int.bit_length(-255), int.bit_count(2 ** 1000 - 1), (7 ** 5000 * 11 ** 5000).bit_length())
for bad_self in ('x', 2.5):
    try:
        int.bit_length(bad_self)
    except TypeError as e:
        print('TypeError')
print('bit_length' in dir(int), 'bit_count' in dir(5))
for t in ('1_000_000_000_000_000_000_000', '1__2', '_1', '1_', '1' * 30 + '__1', '_' + '1' * 30, '1' * 30 + '_', '0x_' + 'f' * 30,
          '0x' + 'f' * 30 + '_f', '0b_1_0', '0o_', ' 1_2 ', '1_2.5'):
    try:
        print(int(t, 0 if t.strip()[:2] in ('0x', '0b', '0o') else 10))
    except ValueError as e:
        print('ValueError', e)
for src in ('1__2', '1_', '0x__f', '1_000', '0x_f', '1_0.2_5', '1_0j'):
    try:
        print(eval(src))
    except SyntaxError as e:
        print('SyntaxError')

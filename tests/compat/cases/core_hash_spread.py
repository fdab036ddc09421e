# Tuples and frozensets hash by mixing their items' hashes: grid points,
# swapped pairs and small frozensets get (nearly) distinct hashes, so sets
# and dicts keyed by them stay fast (a sum gave a 150 x 150 grid 300
# hashes). Floats with a fraction hash from all their bits (every k / 1024
# hashed to 0), complex numbers as real + 1000003 * imag (an xor gave a
# grid 128 hashes). Equal values still hash equal across types.
pts = [(x, y) for x in range(150) for y in range(150)]
print(len({hash(p) for p in pts}) > 22400, hash((1, 2)) != hash((2, 1)))
print(hash((1, 2)) == hash(tuple([1, 2])), hash(((1, 'a'), 2.5)) == hash(((1, 'a'), 2.5)), hash(()) == hash(tuple()))
print(hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
trip = {(x, y, z) for x in range(30) for y in range(30) for z in range(30)}
print(len({hash(t) for t in trip}) > 26500, len(trip))
fs = [frozenset((a, b)) for a in range(60) for b in range(a + 1, 60)]
print(len({hash(f) for f in fs}) > 1700, len(fs), hash(frozenset([1, 4])) != hash(frozenset([2, 3])))
print(hash(frozenset('abc')) == hash(frozenset('cba')), hash(frozenset()) == hash(frozenset([])))
grid = {p: i for i, p in enumerate(pts)}
print(grid[(149, 0)], grid[(3, 7)], (150, 0) in grid, sum(1 for p in pts if p in grid))
fl = [k / 1024 for k in range(1024)] + [5 + k / 4096 for k in range(4096)] + [i * 0.1 for i in range(5000)]
print(len({hash(f) for f in fl}) > 10000, len(set(fl)))
cx = [x + y * 1j for x in range(-50, 50) for y in range(-50, 50)]
print(len({hash(c) for c in cx}) > 9700, len(set(cx)))
print(hash(0.0) == hash(-0.0) == hash(0) == hash(0j), hash(3.0) == hash(3) == hash(3 + 0j), hash(2.0 ** 40) == hash(2 ** 40),
      hash(-7.0) == hash(-7), hash(1e300) == hash(int(1e300)), hash(True) == hash(1.0))
from fractions import Fraction
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(-3, 8)) == hash(-0.375), {0.5: 'half'}[Fraction(1, 2)], {Fraction(5, 4): 1}.get(1.25))

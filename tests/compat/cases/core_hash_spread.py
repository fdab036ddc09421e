# Tuples and frozensets hash by mixing their items' hashes: grid points,
# swapped pairs and small frozensets get (nearly) distinct hashes, so sets
# and dicts keyed by them stay fast (a sum gave a 150 x 150 grid 300
# hashes). Equal values still hash equal, whatever their construction.
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

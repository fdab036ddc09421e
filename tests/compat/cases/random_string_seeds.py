# Seeding with a str or bytes gives CPython's sequence (the seed extended by
# its SHA-512 digest); vonmisesvariate draws as CPython's does.
import random
for s in ('hello', '', 'naïve ünïcode', b'bytes seed', bytearray(b'\x00\xff')):
    random.seed(s)
    print(repr(s), round(random.random(), 12), random.randint(0, 10 ** 6), random.choice('abcdefgh'))
r = random.Random('report-2024')
print([r.randrange(100) for _ in range(6)], r.sample(range(50), 4))
random.seed(11)
print([round(random.vonmisesvariate(m, k), 10) for m, k in ((0, 1), (1.5, 4), (3, 0), (0.5, 50))])

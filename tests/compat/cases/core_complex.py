# complex as CPython prints and computes it (patch 0060): repr with the
# shortest digits and signed zeros, integral powers by repeated squaring,
# division scaled by the divisor's larger part; 300 seeded random cases.
for z in [1j, -1j, 2+3j, complex(2, -0.0), complex(-0.0, 1), complex(0.1, 0.1 + 0.2), complex(1e16, 1e-7), complex(float('inf'), float('nan')), complex(-1.5, -2), 0j, -0j, complex(0, -0.0), (1+2j) * 2, complex(3, 4).conjugate(), abs(3+4j), complex('1+2j'), (1+1j) ** 2]:
    print(repr(z), str(z))
print(f'{1+2j}', [1j, 2.5j], '%s' % (1-1j,))
import random
rng = random.Random(3)
for _ in range(300):
    z = complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
    n = rng.randint(-12, 12)
    print(repr(z ** n), repr(z * z), repr(z / (1 + z)), repr(complex(z.real, -0.0)))

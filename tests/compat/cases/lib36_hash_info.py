# sys.hash_info: the numeric fields agree with how hash() treats numbers,
# so a class hashing by the documented recipe (mpmath's mpf) hashes like
# the equal float or int.
import sys

hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, len(hi), hi[0] == hi.width, type(hi.algorithm).__name__)
print(type(hi.hash_bits).__name__, type(hi.seed_bits).__name__, hi.cutoff)
M = hi.modulus
print(hash(float('inf')) == hi.inf, hash(float('-inf')) == -hi.inf, hash(complex(0, 1)) == hi.imag)
print(hash(M), hash(M + 5), hash(-M - 1), hash(2 ** 64 + 5))


def recipe(x):
    # the hash of a finite float from its ratio, by the modulus
    n, d = x.as_integer_ratio()
    h = abs(n) % M * pow(d, M - 2, M) % M
    h = -h if n < 0 else h
    return -2 if h == -1 else h


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for x in [0.5, 1.5, -3.25, 2.0 ** 100, 1e300, 1 / 3, -1.0]:
    print(x, hash(H(recipe(x))) == hash(x))

# Numbers hash as in CPython where the value fits a small int: -1 hashes
# as -2 (in every numeric type), so sets with negative ints print in
# CPython's order. Bigger hashes keep their low bits and spread the rest:
# ints that differ only in high bits (k << 40) are distinct keys, found
# without scanning. __hash__ may return any int, a bool, or fails as
# CPython's does.
print(hash(-1), hash(-2), hash(-1.0), hash(complex(-1, 0)), hash(-1) == hash(-1.0) == hash(-1 + 0j))
print({-1, 0, -2, 5, -8}, {-1, -2, -3}, set(range(-6, 3)), {x - 20 for x in range(0, 40, 3)})

shifted = {k << 40 for k in range(3000)}
print(len(shifted), all((k << 40) in shifted for k in range(3000)), (3000 << 40) in shifted)
print(len({hash(k << 40) for k in range(3000)}) == 3000, len({hash(k / 1024) for k in range(1, 3000)}) > 2990)
print(hash(2 ** 40) == hash(2.0 ** 40), hash(10 ** 20) == hash(float(10 ** 20)), {2 ** 40: 'x'}[2.0 ** 40])


class Big:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Big) and other.n == self.n


keys = {Big(k << 35): k for k in range(500)}
print(len(keys), keys[Big(7 << 35)], hash(Big(5)) == 5, hash(Big(-1)), hash(Big(True)), hash(Big(2 ** 70)) == hash(2 ** 70))
try:
    hash(Big("text"))
except TypeError as e:
    print("TypeError:", e)

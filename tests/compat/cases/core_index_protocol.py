# An object with __index__ serves as an int: indexes, slices, range(),
# repetition, bin()/hex()/oct(), int(); bin() and friends refuse floats
# and strs with CPython's text.
import operator
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
i = Idx(2)
print([10, 20, 30][i], "abcd"[i:], "abcd"[:Idx(-1)], list(range(Idx(3))), bin(i), hex(Idx(255)), oct(i), int(i), operator.index(i))
print((1, 2, 3)[i], b"xyz"[i], bytearray(b"xyz")[i], "abc" * Idx(2), [0] * i, list(range(10))[Idx(1):Idx(8):Idx(3)])
l = [1, 2, 3]; l[i] = 9; del l[Idx(0)]; print(l, round(3.14159, Idx(2)))
class NoIdx: pass
for fn in (lambda: [1][NoIdx()], lambda: range(NoIdx()), lambda: hex(NoIdx()), lambda: int(NoIdx())):
    try: fn()
    except TypeError as e: print("TypeError", e)
for v in [1.5, "x", True, -5, 2**70]:
    try:
        print(bin(v), hex(v), oct(v))
    except TypeError as e:
        print("TypeError", e)

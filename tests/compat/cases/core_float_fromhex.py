# float.fromhex (exact, correctly rounded), float.real/imag
import random
vals = ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.fffffffffffffp1023', '0x1p1024', 'inf', '-Infinity', 'nan', '1.0', '0x.8', ' 0xAp0 ', '0x1.00000000000008p0', '0x1.00000000000018p0', 'x', '0x', '0x1p', '1p+3', '0x1.p-2', '0x_1p0']
for v in vals:
    try:
        print(v, repr(float.fromhex(v)))
    except Exception as e:
        print(v, type(e).__name__, e)
random.seed(5)
bad = 0
for i in range(3000):
    x = random.uniform(-1e300, 1e300) * random.choice([1, 1e-300, 1e-600, 1e10])
    if float.fromhex(x.hex()) != x:
        bad += 1
print("roundtrip mismatches", bad, (2.5).real, (2.5).imag, float.fromhex('0x1.0p0') == 1.0)


# fromhex is a classmethod: a subclass's makes one of its own (patch 0143)
class Hexed(float):
    pass


class Doubled(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


for make in (lambda: Hexed.fromhex('0x1.8p1'), lambda: Hexed.fromhex('-inf'), lambda: Hexed(2).fromhex('0x1p3'),
             lambda: Doubled.fromhex('0x1p0'), lambda: float.fromhex('0x1p-1'), lambda: (1.5).fromhex('0x1p2'),
             lambda: Hexed.fromhex('zz')):
    try:
        v = make()
        print(type(v).__name__, v)
    except ValueError as e:
        print(type(e).__name__, e)

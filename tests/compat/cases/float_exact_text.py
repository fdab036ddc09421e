# float() and repr() at the edges: correctly rounded reading of texts of any
# length (near the halfway points between doubles too), and the shortest,
# nearest repr (port/floatdecimal.c).
import struct
import random


def from_bits(bits):
    return struct.unpack('<d', struct.pack('<Q', bits))[0]


values = [from_bits(b) for b in list(range(1, 20)) + [
    0x000fffffffffffff, 0x0010000000000000, 0x0010000000000001, 0x7fefffffffffffff,
    0x7fe0000000000000, 0x3ff0000000000000, 0x3fefffffffffffff, 0x4340000000000000, 0x433fffffffffffff]]
values += [2.0 ** e for e in range(-1022, 1024, 7)]
for e in range(-325, 309, 3):
    values += [float('1e%d' % e), float('9.999999999999999e%d' % e), float('5e%d' % e)]
for x in values:
    print(repr(x), float(repr(x)) == x)

texts = [
    '2.4703282292062327e-324', '2.4703282292062328e-324', '2.470328229206232720882e-324',
    '1.7976931348623158e308', '1.7976931348623157e308', '1.797693134862315807e308', '1.7976931348623159e308',
    '0e0', '0.0e-999', '000123.4500e2', '1_000.000_1', '.5', '5.', '1e-400', '1e400',
    '12345678901234567890e-30', '9007199254740993', '9007199254740992.5', '9007199254740993.0000000001',
    '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400', '2.2250738585072011e-308', '2.2250738585072012e-308',
    # exactly halfway between two doubles, and just below it (libc's strtod
    # read both an ulp or two off)
    '6.30586633303852803512174575435225792840311211935076762096408585225344088124079339969983326340178590198'
    '415042238338309365697578807431700594423147710441479633320662365691088024899357833419344387948513031005859375e-68',
    '6.3058663330385280351217457543522579284031121193507676209640858522534408812407933996998332634017859e-68',
]
for t in texts:
    print(t[:24], repr(float(t)), repr(float('-' + t)))

# random doubles by their bits, and random decimal texts
rng = random.Random(19)
for _ in range(3000):
    x = from_bits(rng.getrandbits(63))
    if x == x and x != float('inf'):
        print(repr(x))
for _ in range(3000):
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40)))
    print(repr(float(digits[:1] + '.' + digits[1:] + 'e' + str(rng.randint(-330, 310)))))

# Instances of subclasses of int, float, str and bytes: the base's methods and
# attributes, and format specs formatting the number.
import enum


class F(int):
    pass


class G(float):
    pass


class S(str):
    pass


class B(bytes):
    pass


for cls, b in {F: int, G: float, S: str, B: bytes, list: list, dict: dict}.items():
    obj = cls(b())
    print(cls.__name__, [n for n in dir(b) if not n.startswith('_') and not hasattr(obj, n)])
f = F(10)
print(f.bit_length(), f.to_bytes(2, 'big'), f.real, f.imag, f.numerator, f.denominator)
print(f.as_integer_ratio(), f.bit_count(), f.conjugate(), F.from_bytes(b'\x01\x00', 'big'))
g = G(2.5)
print(g.is_integer(), g.hex(), g.real, g.imag, g.as_integer_ratio(), g.conjugate(), G.fromhex('0x1p1'))
print(S('ab').zfill(5), S('ab').ljust(4, '*') + '|', S('a b').title(), S('x').isascii(), B(b'ab').zfill(4))
print(f"{F(2):d}", format(F(2), '>4'), f"{G(1.5):.2f}", f"{F(255):#x}", f"{G(1.5)}", f"{F(3)!r}")
print('%d %x %.1f %s' % (F(2), F(255), G(1.5), F(7)), '{:,}'.format(F(1234567)), f'{G(0.25):.0%}')


class H(int):
    def __str__(self):
        return 'H!'

    def __repr__(self):
        return 'H()'


print(f"{H(5)}", f"{H(5):>4}", format(H(5)), format(H(5), 'd'), '%s %r %d' % (H(5), H(5), H(5)), str(H(5)))


class K(float):
    def __format__(self, spec):
        return 'K' + spec


print(f"{K(1):.2f}", format(K(1), 'x'))


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


print(f'{Color.GREEN:d}', f'{Color.RED:>3}|', Color.GREEN.bit_length(), Color.RED.real)
try:
    F(2).nosuch
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(F(1), 'nosuch'), hasattr(G(1), 'hex'), getattr(S('a'), 'zfill')(3))

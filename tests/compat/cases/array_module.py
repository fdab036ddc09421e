# array.array as CPython has it (patch 0189): every method, membership,
# comparisons across typecodes, CPython's range checks and messages when
# an int does not fit an item, and its errors for bad typecodes and
# initialisers. ('u' and 64-bit 'l'/'L' items are not offered: see
# docs/compat.md.)
import array
import io
from array import array as A

print(set(array.typecodes) <= set("bBuhHiIlLqQfd"), array.ArrayType is A)
a = A("i", [5, 1, 4, 1, 3])
print(a, a.typecode, a.itemsize, len(a), a.buffer_info()[1], a.tolist(), a.tobytes()[:8])
print(a.count(1), a.count(9), a.index(1), a.index(1, 2), a.index(3, -2))
a.insert(0, 7); a.insert(100, 8); a.insert(-100, 9); a.insert(-1, 6)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
a.reverse()
print(a)
a.fromlist([10, 11])
a.frombytes(A("i", [12]).tobytes())
a.extend(range(3))
a.append(-4)
print(a, 11 in a, 99 in a, "x" in a, 11.0 in a)
b = A("H", [1, 256, 513])
b.byteswap()
print(b, A("d", [1.5]).tobytes() == A("d", [1.5]).tobytes(), A("b", b"\x01\xff"))
f = io.BytesIO()
A("h", [1, -2, 3]).tofile(f)
f.seek(0)
c = A("h")
c.fromfile(f, 2)
print(c)
try:
    c.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, c)
print(A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1, 2]) < A("i", [1, 3]), A("i", [1]) < A("i", [1, 0]))
print(A("d", [float("nan")]) == A("d", [float("nan")]), A("b", [-1]) < A("b", [0]), A("i", [1]) == [1])
print(A("B", b"ab") == bytearray(b"ab"), A("f", [0.5]) >= A("d", [0.5]), A("q", [2**40, -5]))
print(A("Q", [2**64 - 1]), A("I", [2**32 - 1]), A("b", [-128, 127]), A("B", [0, 255]), A("h", [True, False]))
d = A("i", range(10))
d[2:5] = A("i", [0])
del d[0]
del d[::3]
print(d, d[::-1], d * 2, 3 * A("b", [1]), d + A("i", [100]))
d += A("i", [1])
print(d, sum(d), max(d), sorted(d), list(reversed(d)))
for bad in [lambda: A("i", [2**31]), lambda: A("B", [256]), lambda: A("b", [-129]),
            lambda: A("I", [-1]), lambda: A("Q", [-1]), lambda: A("q", [2**63]),
            lambda: A("i").append(1.5), lambda: A("d").append("x"),
            lambda: A("ii"), lambda: A(5), lambda: A("i", b"abc"), lambda: A("i").frombytes("ab"),
            lambda: A("i").fromlist((1,)), lambda: A("i").index(3), lambda: A("i").remove(3),
            lambda: A("i").pop(), lambda: A("i", [1]).pop(5),
            lambda: A("d", [1.0]).tounicode(), lambda: A("i").fromfile(io.BytesIO(), -1),
            lambda: bytearray(b"a").append(256), lambda: A("i", [1, 2]).__setitem__(slice(0, 1), [5])]:
    try:
        print("ok", bad())
    except (TypeError, ValueError, OverflowError, IndexError, EOFError) as e:
        print(type(e).__name__, e)
# the message names the typecodes offered, and the class as "array"
for bad in [lambda: A("z"), lambda: A("i", [1]) < [1]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
e = bytearray(b"abcdef")
print(e[::2], e[::-1], e[4:1:-2], A("h", range(6))[1::2], A("d", [1.5, 2.5])[::-1])
e[::2] = b"XYZ"
e[1::2] = bytearray(b"123")
f = A("i", range(6))
f[::-1] = f
f[::3] = A("i", [70, 80])
print(e, f)
for bad in [lambda: e.__setitem__(slice(None, None, 2), b"toolong"), lambda: f.__setitem__(slice(None, None, 2), A("d", [1.0, 2, 3])),
            lambda: f.__setitem__(slice(None, None, 2), [1, 2, 3]), lambda: f.__setitem__(slice(None, None, 3), A("i", [1]))]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
big = A("d", (i / 7 for i in range(1000)))
print(len(big), round(sum(big), 6), big[999] == 999 / 7, A("i", [3, 1, 2]).tolist() == [3, 1, 2])


class Samples(A):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1.0, 2.0, 6.0])
print(s.mean(), s.typecode, s.count(2.0), s.tolist())

# Parts of a str are made without a second UTF-8 check and long strs and
# bytes are hashed only when asked (patch 0195); instances take their
# arguments from a stack array up to ten entries (0194). What must hold:
# a slice of the whole is the str itself, parts of non-ASCII text are the
# right characters, equal strs and bytes hash alike however they were made,
# and constructors see every argument on either side of the ten.
s = "x" * 40 + "é" * 5
print(s[:] is s, s[0:] is s, s[:1000] is s, s[-1000:] is s, s[1:] is s, s[1:][-5:])
print(type(s[:]) is str, ""[:] == "", "é"[0:1], "aé"[1:], "aéb"[-2:-1])

line = "2026-12-05 00:01:02 INFO wörker-3 processed 12 items in 7 ms, naïve café"
fields = (line + " " + line).split(" ")
print(fields[3], fields[-1], len(fields), fields[:3] == line.split(" ")[:3])
print(line.partition("ö"), line.rpartition("é"), line.rsplit(" ", 2), line.split("ï"))
print("é-ü\nñ\r\nz".splitlines(), "  ünï  ".strip(), "ééaéé".strip("é"), "\u3000x\u3000".split())

long_a = "a line of text that is far too long to be a qstr: " + "ß" * 10
long_b = ("%s|%s" % (long_a, long_a)).split("|")[1]
print(long_a == long_b, long_a is long_b, hash(long_a) == hash(long_b))
d = {long_b: 1}
print(d[long_a], long_a in d, {long_a, long_b} == {long_a}, [k for k in d] == [long_a])
print(len({line[i:i + 40] for i in range(0, 40)}), len({line[:40]} | {line[0:40]}))
short = "items in 7 ms"
print(short in line, line.split(" ")[6] == "items", hash(line.split(" ")[6]) == hash("items"))

b1 = long_a.encode()
b2 = bytes(long_a, "utf-8")
b3 = b"".join([b1[:10], b1[10:]])
print(b1 == b2 == b3, hash(b1) == hash(b2) == hash(b3), {b1: 3}[b3], b2 in {b1}, len({b1, b2, b3}))
print(sorted({x.encode() for x in ["héllo", "héllo", "world", "world"]}))
print(b1[:] == b1, bytes(10)[2:4], b"a,b".split(b","), b1.decode() == long_a)
try:
    b"abc\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)


class Args:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


for n_args, n_kw in [(0, 0), (1, 0), (7, 0), (8, 0), (9, 0), (20, 0), (3, 3), (4, 3), (0, 5), (6, 6)]:
    a = Args(*range(n_args), **{"k%d" % i: i for i in range(n_kw)})
    print(n_args, n_kw, a.args, sorted(a.kwargs.items()))


class Made:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.seen = (args, sorted(kwargs.items()))
        return self

    def __init__(self, *args, **kwargs):
        self.again = len(args) + len(kwargs)


for n in (0, 2, 9, 15):
    m = Made(*range(n), key=n)
    print(n, m.seen, m.again)


class Raises:
    def __init__(self, a, b, c):
        raise ValueError(a + b + c)


try:
    Raises(1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    Args(1, 2)(3)
except TypeError as e:
    print("TypeError", e)

# marshal: every value type it covers survives dumps() and loads(); bytes
# that CPython's dumps() wrote (back-references, interned strings) load;
# what it cannot hold fails as CPython's does.
import io
import marshal

VALUES = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100,
          -(2**100) + 7, 12345678901234567890, 0.0, -0.0, 1.5, 1e308, float("inf"), 3j, complex(1.5, -2), "",
          "abc", "x" * 300, "é€😀", b"", b"\x00\xff", (), (1,), tuple(range(300)), [1, [2, [3]]],
          {"a": 1, 2: (3, 4)}, {1, 2}, frozenset({"q"}), ["s", "s", ("t", "t")], {"k": ["v", {"n": None}]}]
for v in VALUES:
    back = marshal.loads(marshal.dumps(v))
    print(repr(back)[:50], repr(back) == repr(v), type(back).__name__)
print(marshal.loads(marshal.dumps(bytearray(b"ba"))), marshal.version)
written_by_cpython = ["da03616263", "a903da016172010000007201000000",
                      "db04000000e901000000ec03000000000000000004da056964656e747203000000",
                      "fbda036b6579a9027201000000e7000000000000f83f30", "be01000000da0178"]
for text in written_by_cpython:
    print(marshal.loads(bytes.fromhex(text)))
f = io.BytesIO()
marshal.dump([1, "two"], f)
marshal.dump(3.5, f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
for bad in (lambda: marshal.dumps(object()), lambda: marshal.dumps(lambda: 0), lambda: marshal.loads(b"i\x01"),
            lambda: marshal.loads(b"?"), lambda: marshal.loads(b""), lambda: marshal.dumps([[]] * 3 + [type])):
    try:
        bad()
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)

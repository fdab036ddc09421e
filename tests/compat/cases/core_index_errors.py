# The IndexError, ValueError and TypeError texts of sequences, dict() and
# int.from_bytes() are CPython's: a store or a delete says "assignment",
# pop() says "pop", bytes, range and memoryview have their own texts.
import array


def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, e)


def get(o, i):
    return o[i]


def put(o, i):
    o[i] = 1


def delete(o, i):
    del o[i]


makers = {
    "list": lambda: [1, 2],
    "tuple": lambda: (1, 2),
    "str": lambda: "ab",
    "bytes": lambda: b"ab",
    "bytearray": lambda: bytearray(b"ab"),
    "array": lambda: array.array("i", [1, 2]),
    "range": lambda: range(2),
    "memoryview": lambda: memoryview(b"ab"),
    "memoryview-rw": lambda: memoryview(bytearray(b"ab")),
}
for name, make in makers.items():
    for op in (get, put, delete):
        for i in (5, -3):
            attempt(f"{name} {op.__name__} [{i}]", lambda: op(make(), i))
attempt("memoryview-ro put [0]", lambda: put(memoryview(b"ab"), 0))
attempt("del empty list [0]", lambda: delete([], 0))
attempt("pop empty", lambda: [].pop())
attempt("pop [5]", lambda: [1].pop(5))
attempt("pop [-2]", lambda: [1].pop(-2))
print([1, 2, 3].pop(-1), bytearray(b"xyz")[-1], memoryview(b"xyz")[-3])

for o in ([1], (1,), "a", b"a", bytearray(b"a"), range(3), memoryview(b"a")):
    attempt(f"{type(o).__name__}[::0]", lambda: o[::0])
attempt("store [::0]", lambda: [1, 2].__setitem__(slice(None, None, 0), []))

attempt("dict([1])", lambda: dict([1]))
attempt("dict([(1,)])", lambda: dict([(1,)]))
attempt("dict([(1, 2), 'abc'])", lambda: dict([(1, 2), "abc"]))
attempt("update([(1, 2), 5])", lambda: {}.update([(1, 2), 5]))
print(dict(["ab", [3, 4], (5, 6), iter("xy")]), dict(zip("ab", range(2))))

attempt("from_bytes(str)", lambda: int.from_bytes("x", "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes([1, 0], "little"), int.from_bytes(bytearray(b"\xff"), "big", signed=True))
attempt("issubclass(int, 2)", lambda: issubclass(int, 2))
attempt("issubclass(int, (str, 2))", lambda: issubclass(int, (str, 2)))

# The TypeError texts for an index of the wrong type, and for print()'s sep
# and end when they are no strings.
cases = [
    lambda: [1][None],
    lambda: (1,)["a"],
    lambda: "ab"[1.5],
    lambda: "ab"[None],
    lambda: b"a"["x"],
    lambda: bytearray(b"a")["x"],
    lambda: range(3)["x"],
    lambda: memoryview(b"a")["x"],
    lambda: print(1, sep=2),
    lambda: print(end=b"x"),
    lambda: print("x", end=[]),
]
for call in cases:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Text(str):
    pass


print(1, 2, sep=None, end=None)
print(1, 2, sep=Text(" - "), end=Text("!\n"))

# printf-style formatting refuses what a conversion cannot take with
# CPython's TypeError texts, and bytes follow CPython's rules: %s and %b
# take the bytes of any bytes-like object (or __bytes__), %r is %a, and a
# bytearray formats too, into a bytearray.
values = [[1], (2,), {"k": 3}, b"by", None, 1.5, 2 + 1j, "s", 7, True]
for conversion in ["%d", "%i", "%u", "%x", "%X", "%o", "%c"]:
    row = []
    for value in values:
        try:
            row.append(conversion % (value,))
        except (TypeError, OverflowError, ValueError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(conversion, row)
for text, args in [("%(key)s", (1,)), ("%c", (2 ** 40,)), ("%b", (b"x",)), ("%s %s", ("a",))]:
    try:
        print(text % args)
    except (TypeError, OverflowError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")


class Raw:
    def __bytes__(self):
        return b"raw!"


print(b"%s|%b|%s|%s" % (bytearray(b"ba"), b"bb", memoryview(b"mv"), Raw()), b"%r %a" % ("\xe9", b"q"))
print(b"%5s|%-4b|%.2s" % (b"ab", b"cd", b"efgh"), bytearray(b"%d-%s") % (5, b"z"), bytearray(b"%%"))
for text, args in [(b"%s", "str"), (b"%b", 5), (b"%s", None)]:
    try:
        print(text % args)
    except TypeError as e:
        print(f"TypeError: {e}")

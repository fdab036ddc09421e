# bytes()/bytearray() from text encode with the codec named (patch 0105),
# keywords too, and CPython's texts for common errors.
print(bytes("é", "latin-1"), bytearray("é", "latin-1"), bytes("é", "utf-8"), bytes("a", encoding="ascii"), bytes("é", "ascii", "replace"), bytearray("xy", "utf-16-le"))
print(bytes("é", encoding="ascii", errors="ignore"), bytearray("ab", encoding="utf-8"), bytes(), bytes(3), bytes([65, 66]), bytes(b"x"), bytearray(b"ab"))
for bad in (lambda: bytes("é", "ascii"), lambda: bytes("x"), lambda: bytearray("x"), lambda: bytes("x", "nope"), lambda: bytes(1, "ascii")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("{0}{1}".format(1, 2), max([], default=0), min((), default=None))
for bad in (lambda: "{}{}".format(1), lambda: "{2}".format(1), lambda: min([]), lambda: max(()), lambda: [1].remove(2), lambda: range(0, 1, 0), lambda: int("1", 40)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

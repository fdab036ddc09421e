# UnicodeEncodeError and UnicodeDecodeError are made of (encoding, object,
# start, end, reason); str() writes the message from them, naming the one
# character or byte at fault, else the range.
failing = [
    lambda: "é".encode("ascii"),
    lambda: "aé😀x€".encode("latin-1"),
    lambda: "ab😀".encode("ascii"),
    lambda: b"a\xff".decode(),
    lambda: b"a\xe2\x82".decode(),
    lambda: "x€".encode("cp1252").decode("ascii"),
    lambda: "ĀĀ".encode("cp1252"),
    lambda: b"\x81".decode("cp1252"),
    lambda: "naïve".encode("utf-16").decode("utf-8"),
]
for call in failing:
    try:
        call()
        print("no error")
    except UnicodeError as e:
        print(type(e).__name__, "|", e)
        print("  ", repr(e))
        print("  ", e.args == (e.encoding, e.object, e.start, e.end, e.reason))

# raised by a script, as a codec or a parser does
e = UnicodeDecodeError("utf-8", b"xyz\x80", 3, 4, "invalid start byte")
print(e, "|", repr(e))
e.reason = "changed"
e.start, e.end = 1, 3
print(e, "|", e.args)
print(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "no"))
print(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "no"))
print(UnicodeDecodeError("x", b"", 0, 0, "empty"))
try:
    raise UnicodeDecodeError("utf-8", b"\xc3", 0, 1, "unexpected end of data")
except ValueError as err:
    print("caught as ValueError:", err)
print(str(UnicodeError("plain")), b"\xffab".decode("utf-8", "replace"))

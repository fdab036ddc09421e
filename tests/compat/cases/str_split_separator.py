# str.split / bytes.split with a separator (patch 0201 finds it with
# find_subbytes): separators at the edges, repeated, overlapping, whose
# first byte occurs without the rest, multi-byte UTF-8, and maxsplit.
cases = [
    ("a,b,,c,", ","),
    (",", ","),
    ("", ","),
    ("abc", "abcd"),
    ("aXaab", "ab"),
    ("aaaa", "aa"),
    ("aaa", "aa"),
    ("--a----b--", "--"),
    ("x<>y<<>>z<>", "<>"),
    ("ü€ü€€ü", "€"),
    ("€ü€", "ü"),
    ("na\u00efve caf\u00e9 na\u00efve", "\u00ef"),
]
for text, sep in cases:
    print(repr(text), repr(sep), text.split(sep))
    for n in (0, 1, 2):
        print("  maxsplit", n, text.split(sep, n), text.split(sep, maxsplit=n))

# bytes and bytearray
print(b"k=v;;k2=v2;".split(b";"), b"k=v;;k2=v2;".split(b";", 1))
print(bytearray(b"1 2  3").split(b" "), b"\x00\xff\x00".split(b"\xff"))

# a long text: separators at every distance from the word boundaries memchr reads
text = "".join("%s|" % ("x" * (i % 13)) for i in range(3000))
parts = text.split("|")
print(len(parts), sum(len(p) for p in parts), parts[:3], parts[-3:])
lines = ("line %d\r\n" % i for i in range(2000))
blob = "".join(lines)
rows = blob.split("\r\n")
print(len(rows), rows[0], rows[1999], repr(rows[-1]))
print(len(blob.split("\r")), len(blob.split("\n", 10)), blob.split("9\r\n", 3)[:4])

# a separator longer than what is left, and the type checks
print("ab".split("abc"), "abc".split("c"), "abc".split("a"))
for bad in ("", b"x", 3):
    try:
        "abc".split(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

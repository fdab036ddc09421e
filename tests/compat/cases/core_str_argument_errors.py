# A str or bytes method given an argument of the wrong type fails with
# CPython's text (MicroPython's said "can't convert 'int' object to str
# implicitly" for all of them, and asked for a str from a bytes method).
calls = [
    lambda: "abc".split(1), lambda: "abc".rsplit(1), lambda: "abc".replace(1, "x"), lambda: "abc".replace("a", 2),
    lambda: "abc".startswith(1), lambda: "abc".endswith([1]), lambda: "abc".startswith(("a", 1)),
    lambda: b"abc".startswith("a"), lambda: 1 in "abc", lambda: None in "abc", lambda: "a" in b"abc",
    lambda: "abc".find(1), lambda: "abc".count(None), lambda: "abc".index(b"a"), lambda: "abc".partition(1),
    lambda: b"abc".split("b"), lambda: b"abc".replace("a", b""), lambda: b"abc".find("a"), lambda: b"abc".count("a"),
    lambda: "abc".startswith("a"), lambda: b"abc".endswith((b"x", b"c")), lambda: 98 in b"abc",
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(b"abc".find(98), b"abc".index(99), b"abcb".count(98), bytearray(b"xyz").find(122), b"abc".rfind(97))
try:
    b"abc".find(256)
except ValueError as e:
    print("ValueError:", e)

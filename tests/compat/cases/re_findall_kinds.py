# findall() lists each match as CPython does (the engine builds the list
# itself): the match without groups, the group with one, a tuple with more,
# '' or b'' for a group that took no part; a bytearray or memoryview
# subject gives bytes, as in groups and split.
import re

print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)(\d)?", "a1b"), re.findall(r"(x)|y", "xy"))
print(re.findall(rb"(a)(b)?", b"aab"), re.findall(rb"a", bytearray(b"aa")), re.findall(rb"a.", memoryview(b"abac")))
print(re.findall("", "ab"), re.findall(r"(?P<q>é+)", "éé é"), re.findall(r"((a)|(b))+", "abba"))
print(re.compile(r"\w+").findall("x " * 3, 2), re.compile(r"\w+").findall("one two three", 0, 7), re.compile(r"o").findall("foo", 2))
m = re.match(rb"(a)(x)?", bytearray(b"ab"))
print(repr(m.group()), repr(m.group(1)), m.group(2), re.split(rb"b", bytearray(b"abc")), re.sub(rb"b", b"x", bytearray(b"abc")))
log = "\n".join("2026-12-05 00:%02d INFO worker-%d took %d ms" % (i % 60, i % 7, i) for i in range(3000))
found = re.findall(r"worker-(\d) took (\d+)", log)
print(len(found), found[:3], found[-1], sum(int(ms) for _, ms in found), len(re.findall(r"\d+", log)))

# a bool is a group number, as any int is
m = re.match(r"(a)(b)", "ab")
print(m.group(True), m[True], m.span(False), m.start(True), m.group(False, True))

# Match objects as the engine makes them (port/modsre.c, new_match): for
# match/search/fullmatch and each finditer match, with group(), m[g] and
# groups() answered in C and everything else by re.py's Match.
import copy
import re

m = re.search(r"(?P<k>\w+)=(?P<v>\d+)?", "x key= y")
print(m, bool(m), m.group(), m.group(0), m.group(1), m.group("k"), m.group(1, 2), m.group("k", "v"))
print(m[0], m["k"], m[2], m.group(True), m[False])
print(m.groups(), m.groups(""), m.groups(default="-"), m.groupdict(), m.groupdict(0))
print(m.span(), m.start(1), m.end(2), m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.re.pattern, m.string, m.expand(r"\1:\g<v>"), copy.copy(m) is m)
print(isinstance(m, re.Match), re.Match.group(m, 1), re.Match.groups(m))
for bad in (3, -1, "zz", 1.0, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
for call in (lambda: m.groups(1, 2), lambda: m.groups(x=1), lambda: m.group(x=1)):
    try:
        call()
    except TypeError:
        print("TypeError")

p = re.compile(r"a(b)?")
print([mm.span() for mm in p.finditer("xabab a", 1, 6)], [mm.pos for mm in p.finditer("aa", 1)])
print([mm.endpos for mm in p.finditer("aaaa", 0, 2)], [mm.groups("?") for mm in p.finditer("a ab")])
print(p.match("ab").groups(), p.fullmatch("a").group(1), p.search("zzab", 2).group(), p.match("zab", 1).pos)
print(p.match("zzz"), p.search("zzz"), list(re.finditer("x", "")))
print(re.sub(r"(\d)", lambda mm: mm.group(1) * 2, "a1b2"), re.sub(r"(\d)", lambda mm: mm[1] + "!", "a1"))
print(re.subn("(a)", lambda mm: mm.groups()[0].upper(), "aXa"))
bm = re.match(rb"(.)(.)", bytearray(b"hi"))
print(bm.group(1), bm.groups(), bm[2])
try:
    re.finditer("a", 5)
except TypeError as e:
    print("TypeError:", e)

# a loop of searches, as a log scan does it
total = 0
for line in ["w-%d did %d" % (i % 7, i) if i % 3 else "noise %d" % i for i in range(3000)]:
    found = re.search(r"w-(\d+) did (\d+)", line)
    if found:
        total += int(found.group(2)) + int(found[1])
print(total)

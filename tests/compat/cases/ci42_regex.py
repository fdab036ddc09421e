# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Log scanning with regular expressions."""
import re

LOG = """\
2024-03-01 12:00:01,123 INFO  [main] Starting build #42 (branch=feature/x-1)
2024-03-01 12:00:02,456 WARN  [worker-1] Deprecated API used: foo.bar() in src/a.py:10
2024-03-01 12:00:03,789 ERROR [worker-2] Test failed: test_login (tests/test_auth.py:55) AssertionError
2024-03-01 12:00:04,000 ERROR [worker-2] Test failed: test_logout (tests/test_auth.py:80) TimeoutError
2024-03-01 12:00:05,001 INFO  [main] Coverage: 87.5% (lines 1750/2000)
2024-03-01 12:00:06,999 DEBUG [main] env: PATH=/usr/bin:/bin HOME=/home/runner TOKEN=ghp_abcdef1234567890
"""
LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<thread>[\w-]+)\]\s
    (?P<msg>.*)
""", re.VERBOSE)
for m in LINE.finditer(LOG):
    print(m.group("level"), m["thread"], m.start(), m.end("ms"), m.span("level"), len(m.groupdict()), m.lastgroup, m.lastindex)
fails = re.findall(r"Test failed: (\w+) \(([\w/.]+):(\d+)\) (\w+Error)", LOG)
print(fails)
masked = re.sub(r"(?<=TOKEN=)\S+", lambda m: "*" * len(m.group()), LOG)
print(masked.splitlines()[-1])
print(re.sub(r"(?i)(?<![\w/])(error|warn)\b", r"<\1>", "Error warn errors WARN /error"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333", count=2))
print(re.subn(r"\s+", " ", "a  b\t\tc\n d"))
print(re.sub(r"^", "> ", "l1\nl2\nl3", flags=re.M))
print(re.sub(r"x*", "-", "abxd"))
print(re.split(r"(,)", "a,b,,c"), re.split(r",", "a,b,c", maxsplit=1), re.split(r"\b", "hi there"), re.split(r"x*", "axbc"))
print(re.findall(r"(?m)^\d{4}.*?(INFO|DEBUG)", LOG), re.findall(r"\d+(?=%)", LOG), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
print(re.match(r"(?P<a>a)(?P<b>b)?", "ac").groupdict(), re.match(r"(?P<a>a)(?P<b>b)?", "ac").groupdict("dflt"), re.match(r"(a)(b)?", "a").groups("x"))
print(re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "john.doe+ci@ex-ample.co.uk") is not None, re.fullmatch(r"a|ab", "ab"))
print(re.search(r"(?P<x>\d+)\s+(?P=x)", "12 12 13").group(), re.search(r"(\w)\1", "abccd").group(), re.search(r"\bfoo\b", "a foo."), re.search("x", "abc"))
pat = re.compile(r"(?P<key>[A-Z]+)=(?P<val>[^\s]+)")
print(dict(pat.findall(LOG)), pat.pattern[:10], pat.groups, pat.groupindex, pat.flags & re.VERBOSE)
print([m.expand(r"\g<val>:\g<key>") for m in pat.finditer(LOG)][:2])
print(re.escape("a.b*c?d[1]{2}(x)|^$ -#&~"), re.escape("/path/to file"))
print(re.compile(r"[^\W\d_]+", re.UNICODE).findall("naïve café 42 x_y"), re.findall(r"(?a)\w+", "naïve café"))
print(re.findall(r"[\u00e0-\u00ff]", "àéîõü"), re.findall(r"\d", "١٢3"), re.findall(r"(?a)\d", "١٢3"), re.findall(r"\s", "a\u00a0b\u2003c"))
print(re.sub(r"(?P<w>\w+)", r"\g<w>\g<0>", "ab cd"), re.sub(r"a", r"\n", "bab"), re.sub("a", "\\\\", "bab"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"a.c", "a\nc abc"), re.findall(r"^b", "a\nb", re.M), re.findall(r"\Aa|c\Z", "abc"), re.findall(r"$", "a\n"))
print(re.findall(r"a{2,3}?", "aaaa"), re.findall(r"a+?b", "aaab"), re.findall(r"(?:ab)+", "ababxab"), re.findall(r"[a-c-]", "a-d"), re.findall(r"[]a]", "]a"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ſ", "s"), re.match(r"(?i)K", "\u212a"), re.match(r"(?x) a b # comment", "ab"))
print(re.compile(r"(?s:.)x(?-i:Y)", re.I).match("\nXY"), re.match(r"(?i:a)B", "AB"), re.search(r"(?<=ab|cd)e", "cde"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos, e.msg)
try:
    re.sub(r"a", r"\2", "a")
except re.error as e:
    print("re.error:", e)
m = re.search(r"(\d+)-(\d+)", "range 10-20 here")
print(m, m.re.pattern, m.string, m.pos, m.endpos, m.regs, m[0], m[1:] if False else m.group(1, 2))
print(re.purge(), re.I == re.IGNORECASE, repr(re.compile("a", re.I | re.M)), re.compile("x").__class__.__name__, type(m).__name__)
print(list(re.finditer(r"\d", "a1b2"))[1].span(), re.compile(r"\d").search("ab12", 3), re.compile(r"\d").match("a1", 1), re.compile("^a").search("ba", 1))
print(re.fullmatch(r"\d+", "123\n"), re.match(r"\d+$", "123\n"), re.findall(r"\w+", "über straße ÆØÅ"))
print(re.sub(r"\[(.*?)\]\((.*?)\)", r"<a href='\2'>\1</a>", "see [docs](http://x/y) and [src](z)"))
print(re.findall(r"\B\w", "ab cd"), re.findall(r"[^\W]", "a-b"), re.findall(r"\S+", " a  b "), re.sub(r"(?m)\s+$", "", "a  \nb\t\n"))

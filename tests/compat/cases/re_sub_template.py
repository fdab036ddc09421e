# sub() and subn() with a template: literal text, \1 and \g<name> references,
# a group that took no part as '', empty matches, count, bytes and
# bytearray subjects (the engine expands templates itself).
import re

print(re.sub(r"worker-(\d+)", r"w\1", "worker-1 worker-22 x"), re.subn(r"(a)|b", r"[\1]", "abcab"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1, b=2"), re.sub(r"x*", "-", "abxd"), re.sub("", "|", "ab"))
print(re.sub(r"(\d)", r"<\g<0>\1>", "a1b2", count=1), re.subn(r"\s+", " ", "a  b\t\nc", 1), re.sub(r"é(.)", r"\1É", "éaébé"))
print(re.sub(rb"(b)", rb"[\1]", b"abc"), re.sub(rb"b", b"x", bytearray(b"abc")), re.sub(rb"(.)", rb"\1\1", bytearray(b"ab")))
print(re.sub(r"a", "\\n", "bab"), re.sub(r"a", r"\\", "bab"), re.sub("(a)(b)?", r"\2\1", "aab"), re.subn("z", "y", "abc"))
print(re.sub(r"a", "b", "aaa", -1), re.compile(r"\d").sub(r"#", "1a22", 2), re.sub(r"(?m)^", "> ", "x\ny"))
for repl, text in (("x", b"abc"), (b"x", "abc")):
    try:
        print(re.sub(re.escape("b") if isinstance(text, str) else rb"b", repl, text))
    except TypeError as e:
        print("TypeError")
log = "\n".join("2026-12-05 00:%02d INFO worker-%d took %d ms" % (i % 60, i % 7, i) for i in range(3000))
out, n = re.subn(r"worker-(\d) took (\d+)", r"w\1=\2", log)
print(n, len(out), out[:40], out[-30:])

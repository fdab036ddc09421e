# readline() and `for line in f` read a chunk on the C stack and keep the
# line (patch 0193): lines of every length around the 64-byte start and the
# 256-byte chunk, a last line without a newline, readline(n), and reads,
# tells and seeks between lines must give CPython's results, in text and
# binary mode, while earlier lines pile up as garbage.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "lines.txt")
lengths = [0, 1, 62, 63, 64, 65, 127, 255, 256, 257, 511, 512, 513, 1000, 3]
text = "".join(("é" if n % 2 else "x") * n + "\n" for n in lengths) + "tail without newline"
with open(p, "w", encoding="utf-8") as f:
    f.write(text)
with open(p, encoding="utf-8") as f:
    print([len(line) for line in f])
with open(p, "rb") as f:
    print([len(line) for line in f])
with open(p, encoding="utf-8") as f:
    out = []
    while True:
        line = f.readline(100)
        if not line:
            break
        out.append(len(line))
    print(out)
with open(p, "rb") as f:
    a = f.readline()
    b = f.readline(10)
    pos = f.tell()
    c = f.read(5)
    f.seek(pos)
    d2 = f.readline()
    print(len(a), b, pos, c, len(d2), f.tell(), len(f.readlines()), f.readline())
q = os.path.join(d, "mixed.txt")
with open(q, "w", encoding="utf-8") as f:
    f.write("aé€😀" * 100 + "\n" + "😀" * 70 + "\nz")
for n in (1, 3, 7, 64, 250):
    with open(q, encoding="utf-8") as f:
        parts = []
        while True:
            line = f.readline(n)
            if not line:
                break
            parts.append(line)
        print(n, len(parts), [len(x) for x in parts[:5]], "".join(parts) == open(q, encoding="utf-8").read())
os.remove(q)
for round_ in range(30):
    with open(p, encoding="utf-8") as f:
        total = sum(len(line) for line in f)
print(total, len(text))
os.remove(p)
os.rmdir(d)

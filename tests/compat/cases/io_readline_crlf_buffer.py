# A line whose newline is in readline's first chunk is made straight from it,
# with a text file's '\r\n' turned into '\n' there, and files read through a
# 16 KB buffer (patch 0197). Lines of every length around the 256-byte chunk
# with '\r\n' endings, a '\r\n' split by the chunk's end, files
# larger than the buffer with tells and seeks across refills, and reads and
# writes on one file must give CPython's results.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "crlf.txt")
lengths = [0, 1, 2, 253, 254, 255, 256, 257, 300, 511, 512, 5]
with open(p, "wb") as f:
    f.write(b"".join(b"y" * n + b"\r\n" for n in lengths) + b"end\r")
with open(p) as f:
    print([len(line) for line in f])
with open(p, newline="") as f:
    print([len(line) for line in f])
with open(p, "rb") as f:
    print([len(line) for line in f], f.tell())
with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()[-3:]), f.tell())

big = os.path.join(d, "big.txt")
rows = ["%05d %s\n" % (i, "ab" * (i % 40)) for i in range(3000)]
with open(big, "w") as f:
    f.writelines(rows)
size = os.path.getsize(big)
with open(big) as f:
    marks = []
    for i in range(3000):
        if i % 500 == 0:
            marks.append(f.tell())
        line = f.readline()
        assert line == rows[i], (i, line)
    print(size, marks, f.readline() == "", f.tell() == size)
    f.seek(marks[3])
    print(f.readline() == rows[1500], f.read(7), f.tell())
with open(big, "rb") as f:
    f.seek(20000)
    chunk = f.read(40000)
    print(len(chunk), f.tell(), f.readline(), len(f.readline()))

rw = os.path.join(d, "rw.txt")
with open(rw, "w") as f:
    f.write("one\ntwo\nthree\n")
with open(rw, "r+") as f:
    first = f.readline()
    f.seek(f.tell())  # CPython needs the seek to write where reading stopped
    f.write("TWO\n")
    f.seek(0)
    print(repr(first), f.read())
for name in (p, big, rw):
    os.remove(name)
os.rmdir(d)

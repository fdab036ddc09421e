# os.utime (WASI path_filestat_set_times on both engines): times in seconds
# and in nanoseconds, "now" when none are given, on files and directories,
# read back through os.stat and os.path.getmtime; the argument errors; and
# shutil.copy2/copystat, which carry a file's times over with it.
import os
import shutil
import tempfile
import time

d = tempfile.mkdtemp(dir='.')
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('hi')
os.utime(p, (1600000000, 1700000000))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st[8], type(st.st_mtime).__name__, os.path.getmtime(p))
os.utime(p, ns=(1500000000000000000, 1650000000000000000))
print(os.stat(p).st_mtime, os.stat(p).st_mtime_ns)
os.utime(p, times=(1234567890.0, 1234567891.0))
print(os.stat(p).st_mtime)
before = time.time()
os.utime(p)
print(abs(os.path.getmtime(p) - before) < 10)
os.utime(d, (86400, 86400 * 2))
print(os.stat(d).st_mtime)
q = os.path.join(d, 'copy.txt')
os.utime(p, (1600000000, 1600000001))
shutil.copy2(p, q)
print(os.stat(q).st_mtime)
for bad in [lambda: os.utime(p, (1, 2), ns=(1, 2)), lambda: os.utime(p, [1, 2]),
            lambda: os.utime(p, ns=5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
shutil.rmtree(d)
src = tempfile.mkdtemp(dir='.')
os.mkdir(os.path.join(src, 'sub'))
with open(os.path.join(src, 'sub', 'a.txt'), 'w') as f:
    f.write('a')
os.utime(os.path.join(src, 'sub', 'a.txt'), (1000000000, 1000000000))
os.utime(os.path.join(src, 'sub'), (1100000000, 1100000000))
dst = src + '-copy'
shutil.copytree(src, dst)
print(os.path.getmtime(os.path.join(dst, 'sub', 'a.txt')), os.path.getmtime(os.path.join(dst, 'sub')))
shutil.rmtree(src)
shutil.rmtree(dst)

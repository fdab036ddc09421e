# os.stat keeps the times' nanoseconds (patch 0303): st_mtime is a float
# with its fraction, st_mtime_ns exact, the items whole seconds; fstat and
# os.path agree. The times set are ones a double of seconds holds exactly
# (Node's utimes takes one: the wasm engine cannot set every nanosecond).
import os
import tempfile
import time

d = tempfile.mkdtemp(dir='.')
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('hi')
os.utime(p, ns=(1700000000125000000, 1700000000984375000))
st = os.stat(p)
print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime, st[7], st[8], len(st))
print(os.path.getmtime(p), os.path.getatime(p), type(st[8]).__name__)
with open(p) as f:
    fst = os.fstat(f.fileno())
    print(fst.st_mtime_ns, fst.st_mtime, fst.st_ctime_ns == st.st_ctime_ns, len(fst))
os.utime(p, (1600000000.25, 1600000000.5))
print(os.stat(p).st_atime, os.stat(p).st_mtime_ns)
# two files written a moment apart: the later one is newer, not the same second
a, b = os.path.join(d, 'a'), os.path.join(d, 'b')
open(a, 'w').close()
time.sleep(0.02)
open(b, 'w').close()
print(os.stat(b).st_mtime_ns > os.stat(a).st_mtime_ns, os.path.getmtime(b) > os.path.getmtime(a))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)

# A file written by a one-liner, open(p, "w").write(s), whose file object
# CPython closes as the statement ends, is seen whole by whatever looks at
# the file next: open() and read, json.load, os.path.getsize, a listing,
# a copy, a rename, an import.
import json
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp(dir=".")
p = os.path.join(d, "a.txt")
open(p, "w").write("hello\n")
print(repr(open(p).read()), os.path.getsize(p), os.stat(p).st_size)
open(p, "a").write("more\n")
print(repr(open(p).read()))
json.dump({"k": [1, 2]}, open(os.path.join(d, "c.json"), "w"))
print(json.load(open(os.path.join(d, "c.json"))))
print("line", 1, file=open(os.path.join(d, "p.txt"), "w"))
print(sorted((e.name, e.stat().st_size) for e in os.scandir(d)))
shutil.copy(p, os.path.join(d, "copy.txt"))
print(repr(open(os.path.join(d, "copy.txt")).read()))
open(os.path.join(d, "b.bin"), "wb").write(b"\x00\x01")
os.rename(os.path.join(d, "b.bin"), os.path.join(d, "moved.bin"))
print(open(os.path.join(d, "moved.bin"), "rb").read())
open(os.path.join(d, "mod_written.py"), "w").write("VALUE = 42\n")
sys.path.insert(0, d)
import mod_written
print(mod_written.VALUE)
shutil.rmtree(d)
print(os.path.exists(d))

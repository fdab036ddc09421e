# A file opened to append starts at its end, as in CPython: tell() is its
# size, "a+" reads nothing until a seek, and every write still goes to the
# end, wherever a seek left the position.
import os
import shutil
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "log.txt")
with open(path, "w") as f:
    f.write("first\n")
with open(path, "a") as f:
    print(f.tell())
    f.write("second\n")
    print(f.tell())
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0)
    f.write("third\n")
    print(f.tell())
with open(path, "ab") as f:
    print(f.tell())
    f.write(b"fourth\n")
with open(path, "ab+") as f:
    print(f.tell(), f.read())
    f.seek(0)
    print(f.read(5))
with open(path) as f:
    print(f.read().split())
with open(os.path.join(os.path.dirname(path), "new.txt"), "a") as f:
    print(f.tell())
shutil.rmtree(folder)

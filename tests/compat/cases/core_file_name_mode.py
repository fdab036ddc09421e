# f.name and f.mode are what open() was given (patch 0040, port/fileopen.c).
import os, tempfile, pathlib
d = tempfile.mkdtemp()
p = os.path.join(d, 'n.txt')
with open(p, 'w') as f:
    print(f.name == p, f.mode)
    f.write('x\n')
for mode in ['r', 'rb', 'rt', 'r+', 'a', 'ab']:
    with open(p, mode) as f:
        print(mode, f.name == p, f.mode)
with open(pathlib.Path(p)) as f:
    print(type(f.name).__name__, f.name == p)
with open(p, encoding='latin-1') as f:
    print(f.name == p, f.mode, f.encoding)
os.chdir(d)
with open('n.txt') as f:
    print(f.name)
import shutil; shutil.rmtree(d)

# Permission bits: os.stat/os.fstat/DirEntry.stat report them, os.chmod and
# Path.chmod set them (our engines' pywasm_fs call), and what copies or
# extracts files keeps them: shutil.copy/copy2/copytree, tarfile, fileinput
# in place. New directories and files get CPython's modes (os.mkdir's mode,
# mkdtemp's and mkstemp's owner-only ones, all less the umask).
import fileinput
import io
import os
import pathlib
import shutil
import stat
import sys
import tarfile
import tempfile

d = tempfile.mkdtemp(dir='.')
print('mkdtemp', oct(os.stat(d).st_mode))
f = os.path.join(d, 'run.sh')
with open(f, 'w') as fh:
    fh.write('#!/bin/sh\necho hi\n')
print('new file', oct(os.stat(f).st_mode), os.access(f, os.X_OK), os.access(f, os.R_OK | os.W_OK))
os.chmod(f, 0o755)
st = os.stat(f)
print('chmod', oct(st.st_mode), stat.filemode(st.st_mode), stat.S_IMODE(st.st_mode) & stat.S_IXUSR != 0, os.access(f, os.X_OK))
os.chmod(f, st.st_mode & ~stat.S_IXOTH)
print('one bit off', stat.filemode(os.stat(f).st_mode))
with open(f, 'rb') as fh:
    print('fstat', oct(os.fstat(fh.fileno()).st_mode))
print('scandir', [oct(e.stat().st_mode) for e in os.scandir(d) if e.name == 'run.sh'])

shutil.copy(f, os.path.join(d, 'copy.sh'))
print('copy', oct(os.stat(os.path.join(d, 'copy.sh')).st_mode))
os.chmod(f, 0o640)
shutil.copy2(f, os.path.join(d, 'copy2.sh'))
print('copy2', oct(os.stat(os.path.join(d, 'copy2.sh')).st_mode))
shutil.copymode(os.path.join(d, 'copy.sh'), os.path.join(d, 'copy2.sh'))
print('copymode', oct(os.stat(os.path.join(d, 'copy2.sh')).st_mode))

os.mkdir(os.path.join(d, 'private'), 0o700)
os.makedirs(os.path.join(d, 'a', 'b'), 0o750)
print('mkdir', oct(os.stat(os.path.join(d, 'private')).st_mode), oct(os.stat(os.path.join(d, 'a', 'b')).st_mode),
      oct(os.stat(os.path.join(d, 'a')).st_mode))
os.chmod(os.path.join(d, 'private'), 0o750)
shutil.copytree(os.path.join(d, 'private'), os.path.join(d, 'tree'))
print('copytree', oct(os.stat(os.path.join(d, 'tree')).st_mode))

fd, name = tempfile.mkstemp(dir=d)
os.close(fd)
print('mkstemp', oct(os.stat(name).st_mode))
with tempfile.NamedTemporaryFile('w+', dir=d) as t:
    print('NamedTemporaryFile', oct(os.stat(t.name).st_mode))
fd = os.open(os.path.join(d, 'excl'), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
os.close(fd)
print('os.open', oct(os.stat(os.path.join(d, 'excl')).st_mode))

os.chmod(f, 0o755)
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as t:
    t.add(f, arcname='run.sh')
buf.seek(0)
with tarfile.open(fileobj=buf) as t:
    print('tar member', oct(t.getmember('run.sh').mode))
    t.extractall(os.path.join(d, 'out'))
print('extracted', oct(os.stat(os.path.join(d, 'out', 'run.sh')).st_mode))

with fileinput.input(f, inplace=True) as lines:
    for line in lines:
        sys.stdout.write(line.replace('hi', 'hello'))
print('in place', oct(os.stat(f).st_mode), open(f).read().split()[-1])

p = pathlib.Path(f)
p.chmod(0o700)
print('pathlib', oct(p.stat().st_mode))
try:
    os.chmod(os.path.join(d, 'missing'), 0o644)
except FileNotFoundError as e:
    print('missing', e.errno, e.strerror, e.filename == os.path.join(d, 'missing'))
shutil.rmtree(d)

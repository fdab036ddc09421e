# A path that is not one (most often None, read from an unset variable)
# gets CPython's TypeError naming the function; os.listdir(None) and
# os.scandir(None) list the working directory, os.stat(fd) is os.fstat.
import os
import shutil
import tempfile

d = tempfile.mkdtemp(dir='.')
os.chdir(d)
open('f.txt', 'w').close()
calls = [
    lambda: open(None), lambda: open(12.5, 'rb'), lambda: os.stat(None), lambda: os.mkdir(None),
    lambda: os.rmdir(5.0), lambda: os.remove(None), lambda: os.chdir(None), lambda: os.listdir(3.5),
    lambda: os.scandir([]), lambda: os.chmod(None, 0o644), lambda: os.path.exists(None),
    lambda: os.path.isdir(None), lambda: os.path.getsize(None), lambda: shutil.copy(None, 'x'),
    lambda: os.path.join(None, 'a'), lambda: os.path.join('a', None), lambda: os.path.join('a', b'b'),
    lambda: os.path.join(b'a', 'b'), lambda: os.path.join('a', 5), lambda: os.fspath(None),
    lambda: os.getenv(1), lambda: os.environ.get(1), lambda: os.stat(''),
]
for call in calls:
    try:
        print('ok', call())
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)
print(os.listdir(None), [e.name for e in os.scandir(None)], [e.path for e in os.scandir()])
with open('f.txt') as f:
    print(os.stat(f.fileno()).st_size == os.fstat(f.fileno()).st_size)
os.chdir('..')
shutil.rmtree(d)

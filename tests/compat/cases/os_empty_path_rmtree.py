# The empty path names no file (WASI would resolve it to the working
# directory): os.path.exists('') is False, as a script testing an unset
# variable's path expects. shutil.rmtree reports failures to onerror with
# the function CPython names (lstat, scandir, rmdir), and raises without one.
import os
import shutil
import tempfile

for f in (os.stat, os.lstat, os.listdir, os.scandir, os.path.getsize, os.rmdir, os.remove,
          os.unlink, os.mkdir, os.chdir, os.makedirs, os.utime):
    try:
        f('')
        print(f.__name__, 'no error')
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
print(os.path.exists(''), os.path.isdir(''), os.path.isfile(''), os.path.lexists(''),
      os.access('', os.F_OK), list(os.walk('')))
print(os.path.exists(os.environ.get('SURELY_UNSET_PATH_VAR', '')))
for a, b in [('', 'x'), ('x', ''), ('nope', 'x')]:
    try:
        os.rename(a, b)
    except OSError as e:
        print(type(e).__name__, e)
# utime names no file in its errors, as CPython's; bytes paths too
for call in (lambda: os.utime('', (1, 2)), lambda: os.utime('nope', ns=(1, 2)), lambda: os.utime(b''),
             lambda: os.chmod('', 0o644), lambda: os.stat(b''), lambda: os.replace('', 'x')):
    try:
        call()
        print('no error')
    except OSError as e:
        print(type(e).__name__, e, e.filename)

base = tempfile.mkdtemp()
cwd = os.getcwd()
os.chdir(base)
os.makedirs('d/e')
open('d/f.txt', 'w').close()
open('file.txt', 'w').close()


def onerror(func, path, exc):
    print('onerror', func.__name__, path, exc[0].__name__, exc[1])


for p in ['nope_dir', 'file.txt']:
    shutil.rmtree(p, onerror=onerror)
    shutil.rmtree(p, ignore_errors=True)
    try:
        shutil.rmtree(p)
    except OSError as e:
        print(type(e).__name__, e)
print(os.path.exists('file.txt'))
shutil.rmtree('d', onerror=onerror)
print(os.path.exists('d'), sorted(os.listdir('.')))
os.chdir(cwd)
shutil.rmtree(base)
print(os.path.exists(base))

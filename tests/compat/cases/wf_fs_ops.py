# Staging an artifact directory: tempfile, shutil copy/move/rmtree, which, disk usage.
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp(prefix='stage-', suffix='-x')
print(os.path.basename(base).startswith('stage-'), base.endswith('-x'), os.path.isdir(base))
src = os.path.join(base, 'src')
os.makedirs(os.path.join(src, 'pkg', 'sub'))
for rel, text in [('pkg/__init__.py', ''), ('pkg/mod.py', 'x = 1\n'), ('pkg/sub/data.txt', 'data\n'),
                  ('pkg/sub/cache.pyc', 'junk'), ('README.md', '# r\n')]:
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)

dst = shutil.copytree(src, os.path.join(base, 'dist'), ignore=shutil.ignore_patterns('*.pyc', '__pycache__'))
print(os.path.relpath(dst, base))
for root, dirs, files in os.walk(dst):
    dirs.sort()
    print(os.path.relpath(root, base), sorted(files))
try:
    shutil.copytree(src, dst)
except FileExistsError as e:
    print('FileExistsError', e.errno, os.path.basename(e.filename))
shutil.copytree(src, dst, dirs_exist_ok=True)
print(sorted(os.listdir(os.path.join(dst, 'pkg', 'sub'))))

f1 = os.path.join(base, 'a.txt')
with open(f1, 'w') as f:
    f.write('hello\n')
r = shutil.copy(f1, os.path.join(base, 'b.txt'))
print(os.path.basename(r), open(r).read(), end='')
r = shutil.copy2(f1, dst)
print(os.path.relpath(r, base))
shutil.copyfile(f1, os.path.join(base, 'c.txt'))
print(stat.S_ISREG(os.stat(f1).st_mode), stat.S_ISDIR(os.stat(base).st_mode))
moved = shutil.move(os.path.join(base, 'c.txt'), os.path.join(base, 'dist'))
print(os.path.relpath(moved, base), os.path.exists(os.path.join(base, 'c.txt')))
moved = shutil.move(os.path.join(base, 'b.txt'), os.path.join(base, 'renamed.txt'))
print(os.path.relpath(moved, base))
shutil.move(dst, os.path.join(base, 'release'))
print(sorted(os.listdir(base)))
try:
    shutil.copy(os.path.join(base, 'nope'), base)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    shutil.rmtree(os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print('rmtree FileNotFoundError', e.errno)
shutil.rmtree(os.path.join(base, 'nope'), ignore_errors=True)
print(shutil.which('definitely-not-a-command-xyz'), shutil.which('definitely-not', path=''))
archive = shutil.make_archive(os.path.join(base, 'bundle'), 'zip', os.path.join(base, 'release')) if False else None
print(archive)

with tempfile.TemporaryDirectory(dir=base) as td:
    print(os.path.dirname(td) == base)
    with tempfile.NamedTemporaryFile(mode='w+', dir=td, suffix='.json') as tf:
        tf.write('{"a": 1}')
        tf.flush()
        tf.seek(0)
        print(tf.read(), os.path.exists(tf.name))
    print(os.path.exists(tf.name))
    with tempfile.TemporaryFile() as tf:
        tf.write(b'spool')
        tf.seek(0)
        print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as sf:
        sf.write('spooled text')
        sf.seek(0)
        print(sf.read())
print(os.path.exists(td), tempfile.gettempdir() == tempfile.gettempdir(), isinstance(tempfile.gettempprefix(), str))
shutil.rmtree(base)
print(os.path.exists(base))
with tempfile.SpooledTemporaryFile(max_size=8) as sf:
    sf.write(b'1234')
    print(sf._rolled)
    sf.write(b'56789')
    print(sf._rolled)
    sf.seek(0)
    print(sf.read())

from pathlib import Path, PurePath, PurePosixPath
import os, tempfile, shutil, glob, fnmatch
p = Path('/a/b/c.tar.gz')
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents), p.parts)
print(Path('a') / 'b' / 'c', 'x' / Path('y'), Path('.'), Path(''), Path('a//b/./c/'), Path('../x').parts)
print(p.with_suffix('.zip'), p.with_name('z.txt'), p.with_stem('q'), p.relative_to('/a'), p.match('*.gz'), p.match('b/*.gz'), p.match('/c.tar.gz'))
print(Path('a/b').parent.parent, Path('/').parent, Path('/').name, Path('x').with_suffix('.py'))
print(PurePath('a') == PurePosixPath('a'), sorted([Path('b'), Path('a/c'), Path('a')]))
d = tempfile.mkdtemp()
b = Path(d)
(b / 'x' / 'y').mkdir(parents=True)
(b / 'x' / 'f.txt').write_text('hello')
(b / 'x' / 'y' / 'g.py').write_text('print()')
(b / '.hid').write_text('')
print((b / 'x' / 'f.txt').read_text(), (b/'x').is_dir(), (b/'x'/'f.txt').is_file(), (b/'nope').exists())
print(sorted(str(q.relative_to(b)) for q in b.rglob('*')))
print(sorted(str(q.relative_to(b)) for q in b.glob('*')))
print(sorted(str(q.relative_to(b)) for q in b.glob('**/*.py')))
print(sorted(x.name for x in (b/'x').iterdir()))
print(sorted(os.path.relpath(x, d) for x in glob.glob(d + '/**', recursive=True)))
print(sorted(os.path.relpath(x, d) for x in glob.glob(d + '/*/*')))
print(sorted(glob.glob('**/*.py', root_dir=d, recursive=True)))
for root, dirs, files in sorted(os.walk(d)):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
shutil.copytree(d + '/x', d + '/z')
shutil.move(d + '/z', d + '/w')
print(sorted(os.listdir(d)))
try:
    (b/'q'/'r').mkdir()
except FileNotFoundError as e:
    print('FNF', e.errno)
try:
    os.makedirs(d + '/x')
except FileExistsError as e:
    print('FEE', e.errno)
os.makedirs(d + '/x', exist_ok=True)
shutil.rmtree(d)
print(os.path.exists(d), fnmatch.fnmatch('a.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'x.cc'], '*.[ch]'), fnmatch.fnmatch('ab', 'a[!b]'))
with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, 'f'), 'w') as f:
        f.write('x')
    print(os.listdir(t))
print(os.path.exists(t))
with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
    f.write('hi')
print(open(f.name).read(), f.name.endswith('.txt'))
os.remove(f.name)

# PurePosixPath operations and Path.glob/rglob on a small tree: the parents
# sequence (negative indexes, slices, IndexError), a trailing '**' naming
# directories only, and the usual properties on odd paths.
from pathlib import Path, PurePosixPath
import os, shutil, tempfile
P = PurePosixPath
for s in ['a/b/c.txt', '/usr/lib/x.tar.gz', 'a/b/', '', '.', '..', '/', '//a', '///a', 'a/.hidden', 'a/..', 'x.', '.x.y']:
    p = P(s)
    print(repr(s), repr(p), p.name, repr(p.stem), repr(p.suffix), p.suffixes, p.parts, repr(p.anchor), p.is_absolute())
    print('  parents', list(p.parents), p.parent, len(p.parents))
p = P('/a/b/c/d.py')
ps = p.parents
print(ps[0], ps[-1], ps[-2], ps[1:3], ps[::2], repr(ps), P('/a') in ps, list(reversed(ps)), ps.index(P('/a/b')), ps.count(P('/')))
for i in (4, 10, -5):
    try:
        print(ps[i])
    except IndexError as e:
        print(type(e).__name__, e)
print(p.relative_to('/a'), p.relative_to(P('/a/b')), p.is_relative_to('/a'), p.is_relative_to('/q'))
for bad in ['/x', 'a']:
    try:
        p.relative_to(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(p.with_suffix('.txt'), p.with_suffix(''), p.with_stem('e'), p.with_name('z'), P('a/b.c.d').stem, P('a/b.c.d').suffixes)
for bad in ['txt', '.', '/x']:
    try:
        print(p.with_suffix(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for q, name in [(P('/'), 'x'), (P('a'), ''), (P('a'), 'b/c')]:
    try:
        q.with_name(name)
    except ValueError as e:
        print(type(e).__name__, e)
print(P('a') / 'b' / '/c' / 'd', P('a').joinpath('b', 'c'), P('a', 'b', P('c')), P('a/b') == P('a//b'), P('a/b') < P('a/c'))
print(P('/a/b').match('a/*'), P('/a/b').match('/a/*'), P('a/b/c.py').match('*.py'), P('a/b/c.py').match('a/*.py'), P('/a/b').as_uri())
print(os.fspath(P('x/y')), P('x/y').__bytes__(), sorted([P('b'), P('a/b'), P('a'), P('/z')]), f"{P('a/b')}", '{!r}'.format(P('q')))
here = os.getcwd()
d = tempfile.mkdtemp()
try:
    b = Path(d)
    for n in ['b.txt', 'a.txt', 'c.py', 'sub/x.txt', 'sub/deep/y.txt', 'sub/deep/z.py', '.hid/h.txt']:
        f = b / n
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(n)
    rel = lambda it: sorted(q.relative_to(b).as_posix() for q in it)
    print(rel(b.glob('*.txt')), rel(b.rglob('*.py')))
    print(rel(b.glob('**')), rel(b.glob('sub/**')), rel(b.glob('**/')))
    print(rel(b.glob('sub/*')), rel(b.glob('*/deep/*.py')), rel(b.rglob('*')))
    os.chdir(d)
    print(sorted(str(q) for q in Path('.').glob('**')), sorted(str(q) for q in Path('sub').glob('**')))
finally:
    os.chdir(here)
    shutil.rmtree(d)

# A workflow step: walk a checkout, summarise files by suffix, list the biggest.
import os
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

with tempfile.TemporaryDirectory(prefix='tree-') as root:
    layout = {
        'src/app/main.py': 'print("hi")\n' * 3,
        'src/app/util.py': 'x = 1\n',
        'src/app/__init__.py': '',
        'src/lib/helpers.js': 'export const a = 1;\n' * 5,
        'docs/index.md': '# Title\n\nText.\n',
        'docs/guide/setup.md': '## Setup\n' * 4,
        'README': 'readme\n',
        '.github/workflows/ci.yml': 'on: push\n',
        'data/archive.tar.gz': 'x' * 40,
        'build/out.o': 'bin',
    }
    for rel, text in layout.items():
        p = Path(root, rel)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)

    counts = Counter()
    sizes = defaultdict(int)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != 'build')
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            ext = os.path.splitext(name)[1] or '(none)'
            counts[ext] += 1
            sizes[ext] += os.path.getsize(full)
    for ext, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f'{ext:<8} {n:>3} files {sizes[ext]:>6} bytes')
    print('total', sum(counts.values()), 'files')

    base = Path(root)
    py = sorted(p.relative_to(base).as_posix() for p in base.rglob('*.py'))
    print('python:', py)
    md = sorted(str(p.relative_to(base)) for p in base.glob('docs/**/*.md'))
    print('markdown:', md)
    biggest = sorted((p for p in base.rglob('*') if p.is_file()), key=lambda p: (-p.stat().st_size, p.name))[:3]
    for p in biggest:
        print(p.name, p.stat().st_size, p.suffixes, p.stem, p.parent.name)
    tops = sorted(p.name for p in base.iterdir() if p.is_dir())
    print('top dirs:', tops)
    hidden = [p.name for p in sorted(base.iterdir()) if p.name.startswith('.')]
    print('hidden:', hidden)
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        rel = os.path.relpath(dirpath, root)
        if rel.startswith('src'):
            print('bottom-up', rel, sorted(filenames))
    print(os.path.commonpath([os.path.join(root, 'src/app'), os.path.join(root, 'src/lib')]) == os.path.join(root, 'src'))
    print(os.path.relpath(os.path.join(root, 'docs'), os.path.join(root, 'src/app')))
    print(Path(root, 'src', 'app', 'main.py').relative_to(root).parts)
    print(Path('src/app/main.py').with_suffix('').as_posix(), Path('a/b.txt').stem, Path('archive.tar.gz').suffixes)
    print(os.path.normpath('a/./b/../c//d/'), os.path.split('/x/y/z.py'), os.path.splitext('.bashrc'), os.path.basename('/p/q/'))
    print(os.path.join('a', '/b', 'c'), os.path.dirname('file'), os.path.isabs('/x'), os.path.expanduser('~nouser_zz/x'))

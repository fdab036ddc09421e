# importlib.resources on a package written to a temp dir: files() as a
# path-like Traversable (read_text, read_bytes, joinpath, '/', is_file,
# is_dir, iterdir, name), as_file, the legacy read_text/read_binary/open_text/
# open_binary/path/is_resource/contents (and their DeprecationWarning), and
# the errors: not a package, a missing resource, a name with a directory.
import importlib.resources as resources
import os
import sys
import tempfile
import warnings

with tempfile.TemporaryDirectory() as d:
    root = os.path.join(d, 'case_res_pkg')
    os.makedirs(os.path.join(root, 'data', 'deep'))
    with open(os.path.join(root, '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(root, 'mod.py'), 'w') as f:
        f.write('X = 1\n')
    with open(os.path.join(root, 'hello.txt'), 'w') as f:
        f.write('hello\nworld \u00e9\n')
    with open(os.path.join(root, 'data', 'deep', 'blob.bin'), 'wb') as f:
        f.write(b'\x00\x01\xff')
    sys.path.insert(0, d)

    top = resources.files('case_res_pkg')
    print(top.name, top.is_dir(), str(top) == root)
    print(sorted(p.name for p in top.iterdir()))
    print(repr((top / 'hello.txt').read_text()), top.joinpath('hello.txt').read_bytes())
    blob = top.joinpath('data', 'deep', 'blob.bin')
    print(blob.is_file(), blob.read_bytes(), (top / 'data').is_file(), (top / 'nope').is_file())
    import case_res_pkg
    print(resources.files(case_res_pkg) == top)
    with resources.as_file(top / 'hello.txt') as p:
        print(p.name, os.path.exists(str(p)))
    with (top / 'hello.txt').open() as fh:
        print(fh.readline().strip())
    for bad in ('case_res_pkg.mod', 'case_res_missing'):
        try:
            resources.files(bad)
        except Exception as e:
            print(type(e).__name__, e)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        resources.read_text('case_res_pkg', 'hello.txt')
        print(sorted(set((w.category.__name__, str(w.message).split(' is ')[0]) for w in caught)))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        print(repr(resources.read_text('case_res_pkg', 'hello.txt')), resources.read_binary('case_res_pkg', 'hello.txt'))
        with resources.open_text('case_res_pkg', 'hello.txt') as fh:
            print(fh.read().split())
        with resources.open_binary(case_res_pkg, 'hello.txt') as fh:
            print(fh.read(5))
        with resources.path('case_res_pkg', 'hello.txt') as p:
            print(p.name, p.is_file())
        print(resources.is_resource('case_res_pkg', 'hello.txt'), resources.is_resource('case_res_pkg', 'data'),
              resources.is_resource('case_res_pkg', 'nope'))
        print(sorted(resources.contents('case_res_pkg')))
        for args in (('case_res_pkg', 'data/deep/blob.bin'), ('case_res_pkg', 'nope.txt'), ('case_res_pkg.mod', 'x')):
            try:
                resources.read_text(*args)
            except Exception as e:
                print(type(e).__name__, str(e).replace(d, '<D>'))
    sys.path.remove(d)
    for k in ('case_res_pkg', 'case_res_pkg.mod'):
        sys.modules.pop(k, None)

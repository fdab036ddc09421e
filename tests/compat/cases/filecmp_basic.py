# filecmp: cmp shallow and deep, cmpfiles' three lists, dircmp's lazy lists
# on two trees (left/right only, same/diff files, a file-vs-dir clash, hidden
# and ignored names, nested subdirs) and the report* output with the temp
# directory names replaced by fixed ones.
import contextlib
import filecmp
import io
import os
import tempfile


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(data)


print(filecmp.DEFAULT_IGNORES)
with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
    for root in (a, b):
        write(os.path.join(root, 'same.txt'), 'hello\n')
        write(os.path.join(root, 'sub', 'deep', 'x.txt'), 'x\n')
        write(os.path.join(root, '.git', 'HEAD'), 'ref\n')
        write(os.path.join(root, 'tags'), root)
    write(os.path.join(a, 'diff.txt'), 'one\n')
    write(os.path.join(b, 'diff.txt'), 'two\n')
    write(os.path.join(a, 'size.txt'), 'short\n')
    write(os.path.join(b, 'size.txt'), 'much longer\n')
    write(os.path.join(a, 'only_a.txt'), 'a')
    write(os.path.join(a, 'zz_only_a'), 'a')
    write(os.path.join(b, 'only_b.txt'), 'b')
    write(os.path.join(a, 'clash'), 'file here')
    os.mkdir(os.path.join(b, 'clash'))
    write(os.path.join(a, 'sub', 'in_a.txt'), '1')
    write(os.path.join(a, 'sub', 'both.txt'), 'left')
    write(os.path.join(b, 'sub', 'both.txt'), 'rght')
    write(os.path.join(b, 'sub', 'deep', 'y.txt'), 'y')

    # same-size files with different bytes: distinct mtimes so the shallow
    # signature differs on both interpreters (pywasm's mtimes are whole seconds)
    for n, t in (('diff.txt', 1600000000), (os.path.join('sub', 'both.txt'), 1600000100)):
        os.utime(os.path.join(a, n), (t, t))
        os.utime(os.path.join(b, n), (t + 7, t + 7))
    write(os.path.join(a, 'lie'), 'AAAA')
    write(os.path.join(b, 'lie'), 'BBBB')
    os.utime(os.path.join(a, 'lie'), (1500000000, 1500000000))
    os.utime(os.path.join(b, 'lie'), (1500000000, 1500000000))
    print('equal signature', filecmp.cmp(os.path.join(a, 'lie'), os.path.join(b, 'lie')),
          filecmp.cmp(os.path.join(a, 'lie'), os.path.join(b, 'lie'), shallow=False))
    os.remove(os.path.join(a, 'lie'))
    os.remove(os.path.join(b, 'lie'))

    fa = lambda n: os.path.join(a, n)
    fb = lambda n: os.path.join(b, n)
    print('cmp same', filecmp.cmp(fa('same.txt'), fb('same.txt')),
          filecmp.cmp(fa('same.txt'), fb('same.txt'), shallow=False))
    print('cmp diff deep', filecmp.cmp(fa('diff.txt'), fb('diff.txt'), shallow=False))
    print('cmp size', filecmp.cmp(fa('size.txt'), fb('size.txt')))
    print('cmp self', filecmp.cmp(fa('diff.txt'), fa('diff.txt')))
    print('cmp dir', filecmp.cmp(fa('sub'), fb('sub')))
    try:
        filecmp.cmp(fa('missing'), fb('same.txt'))
    except FileNotFoundError as e:
        print('missing', type(e).__name__, e.errno)
    filecmp.clear_cache()
    print('cmpfiles', filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'nope', 'size.txt',
                                              'clash'], shallow=False))

    d = filecmp.dircmp(a, b)
    print('left_list', d.left_list)
    print('right_list', d.right_list)
    print('common', sorted(d.common))
    print('left_only', sorted(d.left_only), 'right_only', sorted(d.right_only))
    print('dirs', d.common_dirs, 'files', sorted(d.common_files), 'funny', d.common_funny)
    print('same', d.same_files, 'diff', sorted(d.diff_files), 'trouble', d.funny_files)
    print('subdirs', sorted(d.subdirs), type(d.subdirs['sub']).__name__)
    sd = d.subdirs['sub']
    print('sub', sd.left_only, sd.right_only, sd.diff_files, sorted(sd.subdirs))
    print('deep', sd.subdirs['deep'].same_files, sd.subdirs['deep'].right_only)
    try:
        d.nonsense
    except AttributeError as e:
        print('AttributeError', e)

    d2 = filecmp.dircmp(a, b, ignore=[], hide=['clash'])
    print('no ignore', d2.left_list, d2.common_files)

    def show(method):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            method()
        print(buf.getvalue().replace(a, 'LEFT').replace(b, 'RIGHT'), end='')
        print('----')

    show(filecmp.dircmp(a, b).report)
    show(filecmp.dircmp(a, b).report_partial_closure)
    show(filecmp.dircmp(a, b).report_full_closure)
    show(filecmp.dircmp(os.path.join(a, 'sub', 'deep'), os.path.join(a, 'sub', 'deep')).report)

    class Mine(filecmp.dircmp):
        pass
    print(type(Mine(a, b).subdirs['sub']).__name__)
import os.path; print(os.path.normcase('/A/b'), os.path.normcase(b'/X'))

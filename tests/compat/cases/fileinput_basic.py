# fileinput: several files as one stream with the position functions,
# module-level input(), nextfile(), binary mode, the hooks (gzip), in-place
# rewriting with and without a backup, and the errors.
import fileinput
import gzip
import os
import shutil
import sys

TMP = '_tmp_fileinput'


def path(name):
    return os.path.join(TMP, name)


def write(name, text):
    with open(path(name), 'w') as f:
        f.write(text)
    return path(name)


def read(name):
    with open(path(name)) as f:
        return f.read()


os.mkdir(TMP)
try:
    a = write('a.txt', 'alpha\nbeta\n')
    b = write('b.txt', 'gamma\n')
    e = write('empty.txt', '')
    c = write('c.txt', 'delta\nepsilon')  # no final newline

    print('-- FileInput')
    with fileinput.FileInput([a, e, b, c]) as fi:
        for line in fi:
            print(repr(line), os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(),
                  fi.isfirstline(), fi.isstdin(), fi.fileno() >= 0)
        print('after', os.path.basename(fi.filename()), fi.lineno(), fi.fileno())

    print('-- input() and module functions')
    for line in fileinput.input((a, b)):
        if fileinput.isfirstline():
            print('first line of', os.path.basename(fileinput.filename()))
        print(fileinput.lineno(), fileinput.filelineno(), line.rstrip())
    try:
        fileinput.input(a)
        fileinput.lineno()
        print('still active ok', fileinput.lineno())
        gen = fileinput.input(a)
        next(gen)
        fileinput.input(b)
    except RuntimeError as err:
        print('RuntimeError', err)
    fileinput.close()
    for fn in (fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.isstdin):
        try:
            fn()
        except RuntimeError as err:
            print('RuntimeError', err)
    fileinput.close()  # nothing active: no error

    print('-- nextfile')
    fi = fileinput.input([a, b, c])
    for line in fi:
        print(fileinput.filename() == a, line.rstrip(), fileinput.lineno())
        if line.startswith('alpha') or line.startswith('delta'):
            fileinput.nextfile()
    fileinput.close()

    print('-- readline and binary')
    fi = fileinput.FileInput(c, mode='rb')
    print(fi.readline(), fi.readline(), fi.readline(), fi.lineno())
    fi.close()
    print(list(fileinput.FileInput([a, b], mode='rb')))

    print('-- hooks')
    utf = path('utf16.txt')
    with open(utf, 'w', encoding='utf-16') as f:
        f.write('caf\xe9\nna\xefve\n')
    print(list(fileinput.input(utf, openhook=fileinput.hook_encoded('utf-16'))))
    fileinput.close()
    print(list(fileinput.FileInput([utf], encoding='utf-16')))
    with open(path('lat.txt'), 'wb') as f:
        f.write(b'r\xe9sum\xe9\n')
    print(list(fileinput.FileInput(path('lat.txt'), openhook=fileinput.hook_encoded('ascii', 'replace'))))
    gz = path('data.txt.gz')
    with gzip.open(gz, 'wb') as f:
        f.write(b'zipped one\nzipped two\n')
    print(list(fileinput.FileInput([gz, a], openhook=fileinput.hook_compressed)))
    print(list(fileinput.FileInput([gz], mode='rb', openhook=fileinput.hook_compressed)))

    print('-- in place')
    p = write('edit.txt', 'one\ntwo\nthree\n')
    q = write('edit2.txt', 'four\n')
    with fileinput.input([p, q], inplace=True) as fi:
        for line in fi:
            print('%d: %s' % (fi.lineno(), line.upper()), end='')
    print('stdout restored')
    print(repr(read('edit.txt')), repr(read('edit2.txt')))
    print(sorted(os.listdir(TMP)))
    with fileinput.FileInput(p, inplace=True, backup='.orig') as fi:
        for line in fi:
            if 'TWO' not in line:
                sys.stdout.write(line.lower())
    print(repr(read('edit.txt')), repr(read('edit.txt.orig')))
    print(sorted(os.listdir(TMP)))

    print('-- errors')
    for kwargs in [dict(mode='w'), dict(mode='rU'), dict(inplace=True, openhook=fileinput.hook_encoded('utf-8')),
                   dict(openhook='not callable')]:
        try:
            fileinput.FileInput(a, **kwargs)
        except ValueError as err:
            print('ValueError', err)
    try:
        list(fileinput.FileInput([a, path('missing.txt')]))
    except FileNotFoundError as err:
        print('FileNotFoundError', err.errno)
    saved = sys.argv[:]
    sys.argv[1:] = [a, b]  # (MicroPython's sys.argv cannot be rebound)
    try:
        print([line.strip() for line in fileinput.FileInput()])
    finally:
        sys.argv[:] = saved
    print(fileinput.FileInput[str] is not None)
finally:
    shutil.rmtree(TMP)

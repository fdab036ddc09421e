# dbm.dumb's files byte for byte (index lines, 512-byte blocks, .bak),
# dbm.open/whichdb and their errors, and shelve over them: pickled values,
# writeback, sync, closed shelves, a Shelf over a plain dict.
import dbm
import dbm.dumb
import os
import shelve
import shutil

TMP = '_tmp_shelve'


def path(name):
    return os.path.join(TMP, name)


def files():
    return sorted(os.listdir(TMP))


def dump(base):
    with open(path(base + '.dir'), 'rb') as f:
        print('  dir:', f.read())
    print('  dat size:', os.path.getsize(path(base + '.dat')))


os.mkdir(TMP)
try:
    print('-- dbm.dumb')
    db = dbm.dumb.open(path('raw'), 'c')
    print(files())
    db['alpha'] = 'first'
    db[b'beta'] = b'\x00\x01binary'
    db['gamma'] = bytearray('caf\xe9'.encode())
    print(len(db), sorted(db.keys()), db['alpha'], db[b'beta'], db['gamma'])
    print('alpha' in db, b'beta' in db, 'zeta' in db, db.get('zeta', 'dflt'))
    dump('raw')
    db['alpha'] = 'x' * 100  # fits in its block: rewritten in place
    db['beta'] = 'y' * 700   # needs two blocks: appended
    db['caf\xe9'] = 'key not ascii'
    print(sorted(db.items())[:2])
    db.sync()
    dump('raw')
    print(files())
    del db['gamma']
    dump('raw')
    try:
        db['missing']
    except KeyError as e:
        print('KeyError', e)
    for key, value in [(1, 'v'), ('k', 2)]:
        try:
            db[key] = value
        except TypeError as e:
            print('TypeError', e)
    db.close()
    try:
        db['alpha']
    except OSError as e:
        print('OSError', e)
    try:
        len(db)
    except OSError as e:
        print('OSError', e)
    with dbm.dumb.open(path('raw'), 'r') as db:
        print(sorted(db.keys()), db['caf\xe9'])
        try:
            db['new'] = 'no'
        except OSError as e:
            print('OSError', e)
    with dbm.dumb.open(path('raw'), 'w') as db:
        db['delta'] = 'four'
        print(sorted(db))
    with dbm.dumb.open(path('raw'), 'n') as db:
        print('new and empty:', len(db))
    try:
        dbm.dumb.open(path('raw'), 'x')
    except ValueError as e:
        print('ValueError', e)
    try:
        dbm.dumb.open(path('nothere'), 'w')
    except OSError as e:
        print(type(e).__name__, e.errno)

    print('-- dbm')
    print(dbm.whichdb(path('raw')), dbm.whichdb(path('nothere')))
    with open(path('other'), 'wb') as f:
        f.write(b'not a database at all')
    print(repr(dbm.whichdb(path('other'))))
    print(isinstance(dbm.error, tuple), dbm.error[0].__name__, OSError in dbm.error)
    with dbm.open(path('raw'), 'w') as db:
        db['via'] = 'dbm.open'
    with dbm.open(path('raw')) as db:
        print(db['via'])
    for name, flag in [('nothere', 'r'), ('other', 'r'), ('other', 'c')]:
        try:
            dbm.open(path(name), flag)
        except dbm.error as e:
            print(type(e).__name__, e)

    print('-- shelve')
    with shelve.open(path('shelf')) as sh:
        sh['numbers'] = [1, 2, 3]
        sh['mapping'] = {'a': (1, 2.5), 'b': None}
        sh['text'] = 'h\xe9llo'
        sh['numbers'].append(4)  # lost: no writeback
        print(sorted(sh), len(sh), sh['numbers'], 'text' in sh, 'nope' in sh)
        print(sh.get('mapping'), sh.get('nope', 'default'))
    with shelve.open(path('shelf'), flag='r') as sh:
        print(sorted(sh.items()))
    sh = shelve.open(path('shelf'), writeback=True)
    sh['numbers'].append(4)
    sh['fresh'] = {'set': {1}}
    print(sorted(sh.cache))
    sh.sync()
    print(sh.cache)
    sh['numbers'].append(5)
    del sh['text']
    print(sh.pop('mapping'), sorted(sh.keys()))
    sh.close()
    sh.close()  # twice is fine
    try:
        sh['numbers']
    except ValueError as e:
        print('ValueError', e)
    print(repr(sh.dict))
    with shelve.open(path('shelf')) as sh:
        print(sorted(sh.items()))
    print(isinstance(shelve.open(path('shelf'), 'r'), shelve.DbfilenameShelf))

    print('-- Shelf over a dict')
    store = {}
    sh = shelve.Shelf(store, protocol=2)
    sh['k'] = ('tuple', 1)
    print(list(store), type(store[b'k']).__name__, sh['k'], sh.setdefault('z', 0), sorted(sh))
    sh.update(a=1)
    print(sorted(store), sh.keyencoding, sh.writeback)
    sh.close()
    print(repr(sh.dict))
finally:
    shutil.rmtree(TMP)

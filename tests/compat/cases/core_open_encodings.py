# open() with CPython's parameters (patch 0033, port/fileopen.c): encodings
# other than UTF-8, error handlers, newline=, 'x', mode checks, and the
# UnicodeDecodeError a text read of bytes that are not UTF-8 raises.
import csv, io, os, shutil, tempfile
d = tempfile.mkdtemp()
def p(name):
    return os.path.join(d, name)
with open(p('l1.txt'), 'wb') as f:
    f.write(b'caf\xe9\r\nna\xefve\n')
with open(p('u8.txt'), 'wb') as f:
    f.write('caf\u00e9 \u20ac\n'.encode())
print(ascii(open(p('l1.txt'), encoding='latin-1').read()))
print(ascii(open(p('l1.txt'), encoding='Latin_1', newline='').read()))
print(ascii(open(p('u8.txt'), encoding='utf-8', errors='strict').read()))
print(ascii(open(p('l1.txt'), errors='replace').read()))
print(ascii(open(p('l1.txt'), encoding='ascii', errors='backslashreplace').readline()))
print([ascii(line) for line in open(p('l1.txt'), encoding='latin-1')])
print(ascii(open(p('l1.txt'), 'rt', encoding='iso-8859-1').readlines()))
with open(p('w1.txt'), 'w', encoding='latin-1') as f:
    print(f.write('caf\xe9\n'), f.encoding, f.errors, f.mode, f.name == p('w1.txt'))
    f.writelines(['a\n', 'b\n'])
print(open(p('w1.txt'), 'rb').read())
with open(p('w1.txt'), 'a', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('\u20ac!')
print(open(p('w1.txt'), 'rb').read())
try:
    with open(p('w4.txt'), 'w', encoding='ascii') as f:
        f.write('na\xefve')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p('w2.txt'), 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(p('w2.txt'), 'rb').read())
print(repr(open(p('w2.txt'), newline='').read()), repr(open(p('w2.txt'), encoding='latin-1').read()))
with open(p('w3.txt'), 'w', encoding='utf-8-sig') as f:
    f.write('hi')
    f.write(' there')
print(open(p('w3.txt'), 'rb').read(), repr(open(p('w3.txt'), encoding='utf-8-sig').read()))
for bad in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', errors='ignore'), dict(mode='rb', newline=''),
            dict(mode='rz'), dict(mode='rw'), dict(mode='rbt'), dict(mode='rr'), dict(mode='r++'), dict(mode='b'),
            dict(encoding='klingon'), dict(newline='x'), dict(closefd=False), dict(errors=5)]:
    try:
        open(p('l1.txt'), **bad)
        print('no error', bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    open(p('l1.txt')).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
with open(p('new.txt'), 'x') as f:
    f.write('1')
try:
    open(p('new.txt'), 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p('new.txt'))
print(io.open(p('new.txt')).read(), open(p('new.txt'), 'r', -1, 'utf-8', 'strict', None, True, None).read())
with open(p('c.csv'), 'w', newline='') as f:
    csv.writer(f).writerow(['a', 'b c'])
print(repr(open(p('c.csv'), newline='').read()))
with open(p('c.csv'), newline='', encoding='utf-8') as f:
    print(list(csv.reader(f)))
f = open(p('l1.txt'), encoding='latin-1')
print(ascii(f.read(2)), f.tell(), ascii(f.read(3)), f.tell(), f.seek(0), ascii(f.readline()), f.readable(), f.writable())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
with open(p('rw.txt'), 'w+', encoding='latin-1') as f:
    f.write('\xe9t\xe9')
    f.seek(0)
    print(ascii(f.read()))
shutil.rmtree(d)

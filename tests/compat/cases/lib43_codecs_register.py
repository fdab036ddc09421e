# codecs.register: a search function supplies codecs by name, to
# codecs.lookup and to str.encode/bytes.decode alike (ftfy registers its
# 'sloppy-windows-1252' family so); and the cp874 (Thai) code page that
# ftfy builds one of them from.
import codecs

seen = []


def rev_encode(text, errors='strict'):
    return text[::-1].encode('ascii', errors), len(text)


def rev_decode(data, errors='strict'):
    return bytes(data).decode('ascii', errors)[::-1], len(data)


def search(name):
    seen.append(name)
    if name == 'rev_ascii':
        return codecs.CodecInfo(rev_encode, rev_decode, name='rev-ascii')
    return None


codecs.register(search)
print(codecs.lookup('Rev-ASCII').name, codecs.lookup('rev ascii').name)
print('abc'.encode('rev-ascii'), b'xyz'.decode('REV_ASCII'))
print(codecs.encode('hi', 'rev_ascii'), codecs.decode(b'ok', 'rev_ascii'))
print(codecs.lookup('utf-8').name, 'é'.encode('latin-1'))
for name in ('nope-codec', 'Nope Two'):
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', e)
try:
    'x'.encode('nope3')
except LookupError as e:
    print('LookupError', e)
print(sorted(set(seen)))
codecs.unregister(search)
try:
    codecs.lookup('rev-ascii')
except LookupError as e:
    print('after unregister:', e)
try:
    codecs.register(5)
except TypeError as e:
    print('TypeError', e)

# cp874
data = bytes(range(0x80, 0x100))
print(ascii(data.decode('cp874', 'replace')))
print('ภาษาไทย €'.encode('cp874'), 'ภาษาไทย'.encode('cp874').decode('cp874'))
print(codecs.lookup('CP874').name)
try:
    b'\xdb'.decode('cp874')
except UnicodeDecodeError as e:
    print(e)

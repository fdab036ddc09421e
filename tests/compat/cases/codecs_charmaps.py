# The single-byte code pages (cp1252, cp437, iso8859-*, koi8-r, mac-roman...):
# every code page's whole table decoded and encoded back, aliases, the
# 'charmap' errors with each handler, every door (bytes.decode, str.encode,
# str(), codecs.*, incremental and stream coders, open() and codecs.open),
# codecs.charmap_*, and zipfile's cp437 member names.
import codecs
import io
import os
import tempfile
import zipfile


def show(label, make):
    try:
        print(label, ascii(make()))
    except Exception as exc:
        print(label, type(exc).__name__, exc, getattr(exc, 'start', ''), getattr(exc, 'end', ''),
              getattr(exc, 'reason', ''), getattr(exc, 'encoding', ''), ascii(getattr(exc, 'object', '')))


PAGES = ['cp437', 'cp850', 'cp852', 'cp858', 'cp866', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255',
         'cp1256', 'cp1257', 'cp1258', 'iso8859-2', 'iso8859-3', 'iso8859-4', 'iso8859-5', 'iso8859-6', 'iso8859-7',
         'iso8859-8', 'iso8859-9', 'iso8859-10', 'iso8859-11', 'iso8859-13', 'iso8859-14', 'iso8859-15',
         'iso8859-16', 'koi8-r', 'koi8-u', 'mac-roman', 'mac-cyrillic', 'mac-greek', 'mac-latin2', 'mac-turkish',
         'mac-iceland']
ALL = bytes(range(256))

# each table: what every byte decodes to, which are undefined, and that the
# defined ones encode back to themselves
for page in PAGES:
    text = ALL.decode(page, 'replace')
    undefined = [b for b in range(256) if text[b] == '\ufffd']
    defined = bytes([b for b in range(256) if b not in undefined])
    back = defined.decode(page).encode(page)
    print(page, codecs.lookup(page).name, ascii(text[128:]), undefined, back == defined,
          ''.join([chr(b) for b in range(256)]).encode(page, 'replace').count(b'?'))

# aliases as CPython spells them
for name in ['windows-1252', 'WINDOWS_1250', '1251', 'cp-1252', 'latin2', 'Latin-2', 'L2', 'iso-8859-2',
             'ISO_8859-15', 'latin9', 'l9', 'iso-ir-101', 'iso.8859.5', 'cyrillic', 'greek', 'hebrew', 'arabic',
             'thai', 'latin10', 'KOI8-R', 'koi8r', 'cskoi8r', 'koi8_u', 'macintosh', 'MacRoman', 'mac_roman',
             'maccyrillic', 'mac-centeuro', 'IBM437', 'IBM-437', '437', 'cp 437', 'ibm850', '850', 'csibm866',
             'iso8859_15', 'iso-8859-16', '8859-2']:
    show('lookup ' + name, lambda: codecs.lookup(name).name)

# errors and handlers
data = b'ab\x80\x81\x8d\x90z'
show('decode', lambda: data.decode('cp1252'))
for errors in ('replace', 'ignore', 'backslashreplace'):
    show('decode ' + errors, lambda: data.decode('cp1252', errors))
show('decode xmlchar', lambda: data.decode('cp1252', 'xmlcharrefreplace'))
show('decode bogus', lambda: data.decode('cp1252', 'bogus'))
show('decode ok bogus', lambda: b'\x80'.decode('cp1252', 'bogus'))
show('codecs.decode', lambda: codecs.decode(data, 'windows-1252'))
show('codecs.decode bogus', lambda: codecs.decode(data, 'cp1252', 'bogus'))
show('iso8859-6 undefined', lambda: b'\xa1\xa2'.decode('iso8859-6'))
show('iso8859-3 undefined', lambda: 'x\xa5'.encode('latin-1').decode('iso8859-3'))
text = 'a\u20ac\u0100\u0101b\U0001f600\xe9'
show('encode', lambda: text.encode('cp1252'))
for errors in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
    show('encode ' + errors, lambda: text.encode('cp1252', errors))
    show('encode koi8-r ' + errors, lambda: text.encode('koi8-r', errors))
show('encode one', lambda: 'ab\u0100'.encode('cp437'))
show('encode latin', lambda: 'caf\xe9'.encode('cp1251'))
show('encode astral', lambda: '\U0001f600'.encode('cp850'))
show('encode bogus', lambda: text.encode('cp1252', 'bogus'))
show('encode ok bogus', lambda: 'abc'.encode('cp1252', 'bogus'))
show('codecs.encode', lambda: codecs.encode('\u20ac', 'cp1252'))
show('codecs.encode bogus', lambda: codecs.encode('\u0100', 'cp1252', 'bogus'))
show('codecs.encode int', lambda: codecs.encode(5, 'cp1252'))
show('codecs.decode str', lambda: codecs.decode('abc', 'cp1252'))

# the doors
show('str()', lambda: str(b'\x80\x9f', 'cp1252'))
show('str() kw', lambda: str(b'\x80\x81', encoding='cp1252', errors='replace'))
show('bytearray', lambda: bytearray(b'\xe0\xe9').decode('iso8859-15'))
show('memoryview', lambda: codecs.decode(memoryview(b'\xc0\xc1'), 'koi8-r'))
show('lookup encode', lambda: codecs.lookup('cp1252').encode('\u20ac\u201c'))
show('lookup decode', lambda: codecs.lookup('cp1252').decode(b'\x80\x93'))
show('lookup decode none', lambda: codecs.lookup('cp1252').decode(b'\x81', None))
show('getencoder', lambda: codecs.getencoder('cp866')('\u0416'))
show('getdecoder', lambda: codecs.getdecoder('cp866')(b'\x86'))
dec = codecs.getincrementaldecoder('cp1251')()
show('incremental', lambda: [dec.decode(b'\xc0'), dec.decode(b'\xff', True), dec.getstate()])
enc = codecs.getincrementalencoder('cp1251')('replace')
show('incremental enc', lambda: [enc.encode('\u0410'), enc.encode('\u20ac\xe9', True), enc.getstate()])
show('iterdecode', lambda: list(codecs.iterdecode([b'\x80', b'', b'abc\x9c'], 'cp1252')))
show('iterencode', lambda: list(codecs.iterencode(['\u0160', '', 'x'], 'iso8859-2')))
stream = io.BytesIO(b'line \x80\nnext \x9f\n')
reader = codecs.getreader('cp1252')(stream)
show('reader', lambda: [reader.readline(), reader.read()])
out = io.BytesIO()
writer = codecs.getwriter('cp437')(out)
writer.write('\u2554\u2550\u2557 ')
writer.writelines(['\xe9', '\u03c0'])
show('writer', lambda: out.getvalue())

# files written in one encoding and read in others
d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')


def raw():
    with open(path, 'rb') as f:
        return f.read()


with open(path, 'w', encoding='cp1252') as f:
    print(f.write('caf\xe9 \u20ac5\n'), f.write('na\xefve\r\n'), f.encoding)
print(raw())
with open(path, 'a', encoding='windows-1252') as f:
    f.write('\u201cq\u201d\n')
print(raw())
for page in ['cp1252', 'latin-1', 'cp437', 'cp850', 'iso8859-15', 'mac-roman', 'koi8-r']:
    show('read ' + page, lambda: open(path, encoding=page).read())
show('read lines', lambda: open(path, encoding='cp1252', newline='').readlines())
try:
    open(path).read()
except UnicodeDecodeError as exc:
    print('read utf-8', exc)  # (.object is what the read had: not the same here)
show('read utf-8 replace', lambda: open(path, errors='replace').read())
with open(path, 'w', encoding='cp1252', errors='xmlcharrefreplace') as f:
    f.write('\u0100 \u20ac')
print(raw())
show('write bad', lambda: open(path, 'w', encoding='cp1252').write('\u0100'))
with open(path, 'wb') as f:
    f.write(b'ok \x81\x8d here')
show('read undefined', lambda: open(path, encoding='cp1252').read())
show('read undefined replace', lambda: open(path, encoding='cp1252', errors='replace').read())
show('read undefined bsr', lambda: open(path, encoding='cp1252', errors='backslashreplace').read())
with codecs.open(path, 'w', 'cp1251') as f:
    f.write('\u041f\u0440\u0438\u0432\u0435\u0442\n')
    f.write('\u043c\u0438\u0440')
print(raw())
with codecs.open(path, 'r', 'cp1251') as f:
    show('codecs.open', lambda: [f.readline(), f.read()])
show('codecs.open as koi8-r', lambda: codecs.open(path, 'r', 'koi8-r').read())
os.remove(path)

# codecs.charmap_*
show('charmap_decode table', lambda: codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xyz'))
show('charmap_decode short', lambda: codecs.charmap_decode(b'\x00\x03', 'strict', 'xyz'))
show('charmap_decode marker', lambda: codecs.charmap_decode(b'\x00\x01\x02', 'replace', 'x\ufffez'))
show('charmap_decode dict', lambda: codecs.charmap_decode(b'ab', 'strict', {97: '\u20ac', 98: 0x41}))
show('charmap_decode dict missing', lambda: codecs.charmap_decode(b'abc', 'backslashreplace', {97: 'A'}))
show('charmap_decode none', lambda: codecs.charmap_decode(b'\xe9'))
table = codecs.charmap_build('ab\u20ac')
show('charmap_encode built', lambda: codecs.charmap_encode('\u20acba', 'strict', table))
show('charmap_encode built bad', lambda: codecs.charmap_encode('abc', 'strict', table))
show('charmap_encode dict', lambda: codecs.charmap_encode('ab', 'strict', {97: 65, 98: b'BB'}))
show('charmap_encode none', lambda: codecs.charmap_encode('\xe9'))

# zipfile: a member name without the UTF-8 flag is cp437
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('abc.txt', b'x')
legacy = buf.getvalue().replace(b'abc.txt', b'\x80\x9b\xe9.txt')
print(zipfile.ZipFile(io.BytesIO(legacy)).namelist())
print(zipfile.ZipFile(io.BytesIO(legacy), metadata_encoding='cp1252').namelist())
with zipfile.ZipFile(io.BytesIO(legacy)) as zf:
    print(zf.read('\xc7\xa2\u0398.txt'))
os.rmdir(d)

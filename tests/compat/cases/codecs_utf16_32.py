# The utf-16 and utf-32 codec families through every door: bytes.decode,
# str.encode, str(b, enc), codecs.encode/decode/lookup, the utf_16_*/utf_32_*
# functions, incremental coders fed a byte at a time (BOM detection, states),
# codecs.open and open() writing, appending and reading files, with CPython's
# error messages, positions and handlers.
import codecs
import os
import tempfile


def show(label, make):
    try:
        print(label, ascii(make()))
    except Exception as exc:
        print(label, type(exc).__name__, exc, getattr(exc, 'start', ''), getattr(exc, 'end', ''),
              getattr(exc, 'reason', ''), getattr(exc, 'encoding', ''), ascii(getattr(exc, 'object', '')))


FAMILY = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']
TEXTS = ['', 'a', 'h\xe9llo', '\u20ac100', 'x\U0001f600y', '\ufeff', '\uffff\U0010ffff', 'a\x00b', '\U00010000']

# encoding, and decoding back, with and without BOMs
for enc in FAMILY:
    for text in TEXTS:
        data = text.encode(enc)
        print(enc, ascii(text), data, data.decode(enc) == text, str(data, enc) == text,
              codecs.decode(data, enc) == text)
    print(enc, codecs.lookup(enc).name, codecs.encode('ok', enc), codecs.lookup(enc).decode(b''))

# bad input: each reason, with each handler
BAD = [b'a', b'a\x00b', b'\x00\xd8', b'\x00\xd8a', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\xff\xfea\x00\x00\xd8',
       b'\xfe\xff\x00a\xd8\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abcde',
       b'\x00\x00\xfe\xff\x00\x00\xd8\x00', b'\xff\xfe\x00\x00a\x00\x00\x00\x00\xdc\x00\x00\x00\x00\x00', b'=\xd8\x00\xde=\xd8']
for enc in FAMILY:
    for data in BAD:
        show('%s %r' % (enc, data), lambda: data.decode(enc))
        for errors in ('replace', 'ignore', 'backslashreplace'):
            show('  ' + errors, lambda: data.decode(enc, errors))
    show(enc + ' kw', lambda: b'a\x00\x00'.decode(encoding=enc, errors='replace'))
    show(enc + ' str()', lambda: str(b'a\x00\x00', enc, 'backslashreplace'))
    show(enc + ' str() kw', lambda: str(b'a\x00\x00\x00', encoding=enc, errors='ignore'))
    # a str can hold a lone surrogate here; no UTF can encode it
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
        show('%s encode %s' % (enc, errors), lambda: 'a\ud800\udc00\ud801b'.encode(enc, errors))
    show(enc + ' xmlchar decode', lambda: b'\x00\xdc\x00\x00'.decode(enc, 'xmlcharrefreplace'))
    show(enc + ' bogus', lambda: b'\x00\xdc\x00\x00'.decode(enc, 'bogus'))
    show(enc + ' bogus unused', lambda: b'a\x00\x00\x00'.decode(enc, 'bogus'))
    show(enc + ' codecs bogus', lambda: codecs.decode(b'\x00\xdc\x00\x00', enc, 'bogus'))

# CPython renames plain errors except for the spellings bytes.decode takes
# straight to its own codec
for name in ['utf-16', 'UTF16', 'utf_32', 'u16', 'utf-16le', 'UTF-32-BE']:
    show(name + ' bogus', lambda: b'\x00\xdc\x00\x00'.decode(name, 'bogus'))
    show(name + ' enc bogus', lambda: '\udc00'.encode(name, 'bogus'))

# names
for name in ['UTF-16', 'utf_16', 'U16', 'utf16', 'UTF-16LE', 'utf_16_le', 'UnicodeLittleUnmarked', 'utf-16be',
             'UnicodeBigUnmarked', 'utf_32', 'U32', 'UTF32', 'utf-32le', 'UTF_32_BE', 'utf-16-x', 'utf 16']:
    show('lookup ' + name, lambda: codecs.lookup(name).name)

# the functions
show('utf_16_encode', lambda: codecs.utf_16_encode('ab'))
show('utf_16_encode le', lambda: codecs.utf_16_encode('ab', None, -1))
show('utf_16_encode be', lambda: codecs.utf_16_encode('ab', 'strict', 1))
show('utf_32_encode', lambda: codecs.utf_32_encode('\U0001f600'))
show('utf_32_encode be', lambda: codecs.utf_32_encode('a', None, 7))
show('utf_16_decode partial', lambda: codecs.utf_16_decode(b'\xff\xfea\x00b'))
show('utf_16_decode final', lambda: codecs.utf_16_decode(b'\xff\xfea\x00b', 'strict', True))
show('utf_16_decode pair cut', lambda: codecs.utf_16_decode(b'a\x00=\xd8\x00'))
show('utf_16_le_decode', lambda: codecs.utf_16_le_decode(b'\xff\xfea\x00'))
show('utf_16_be_decode', lambda: codecs.utf_16_be_decode(bytearray(b'\x00a\x00')))
show('utf_16_ex_decode', lambda: codecs.utf_16_ex_decode(b'\xfe\xff\x00a'))
show('utf_16_ex_decode none', lambda: codecs.utf_16_ex_decode(b'a\x00'))
show('utf_16_ex_decode le', lambda: codecs.utf_16_ex_decode(b'\xff\xfea\x00', 'strict', -1))
show('utf_16_ex_decode be', lambda: codecs.utf_16_ex_decode(b'\xff\xfea\x00', 'strict', 1))
show('utf_16_ex_decode short', lambda: codecs.utf_16_ex_decode(b'\xfe'))
show('utf_32_decode', lambda: codecs.utf_32_decode(b'\x00\x00\xfe\xff\x00\x00\x00a\x00'))
show('utf_32_ex_decode', lambda: codecs.utf_32_ex_decode(b'a\x00\x00\x00b'))
show('utf_32_le_encode', lambda: codecs.utf_32_le_encode('\xe9'))
show('utf_32_be_decode', lambda: codecs.utf_32_be_decode(memoryview(b'\x00\x00\x00a'), None, True))
show('encode int', lambda: codecs.utf_16_encode(5))
show('decode str', lambda: codecs.utf_16_decode('ab'))
show('errors int', lambda: codecs.utf_16_le_decode(b'ab', 5))
show('codecs.encode int', lambda: codecs.encode(5, 'utf-16'))
show('codecs.decode str', lambda: codecs.decode('abc', 'utf-32'))

# incremental decoding, a byte at a time, with the states CPython reports
for enc in FAMILY + ['utf-8-sig']:
    dec = codecs.getincrementaldecoder(enc)()
    data = 'h\xe9\U0001f600!'.encode(enc)
    steps = []
    for i in range(len(data)):
        steps.append((dec.decode(data[i:i + 1]), dec.getstate()))
    steps.append(dec.decode(b'', True))
    print(enc, ascii(steps))
    dec = codecs.getincrementaldecoder(enc)()
    show(enc + ' no BOM', lambda: dec.decode(b'a\x00\x00\x00'))
    show(enc + ' then', lambda: dec.decode(b'a'))
    show(enc + ' final', lambda: dec.decode(b'', True))
    dec = codecs.getincrementaldecoder(enc)('replace')
    show(enc + ' big BOM', lambda: dec.decode(b'\xfe\xff\x00a'))
    show(enc + ' state', lambda: dec.getstate())
    dec.reset()
    show(enc + ' reset', lambda: dec.getstate())
    dec.setstate((b'', 1))
    show(enc + ' setstate', lambda: dec.decode(b'\x00b\x00\x00\x00c'))
    enc_ = codecs.getincrementalencoder(enc)()
    print(enc, enc_.getstate(), enc_.encode('a'), enc_.getstate(), enc_.encode('b', True))
    enc_.reset()
    print(enc, enc_.encode('c'), enc_.setstate(0), enc_.encode('d'), enc_.setstate(2), enc_.encode('e'))
    show(enc + ' iterdecode', lambda: list(codecs.iterdecode([b'\xff', b'\xfea', b'\x00', b'', b'b\x00\x00\x00'], enc)))
    show(enc + ' iterencode', lambda: list(codecs.iterencode(['a', '', 'b'], enc)))
    show(enc + ' iterencode none', lambda: list(codecs.iterencode([], enc)))
    show(enc + ' str input', lambda: codecs.getincrementaldecoder(enc)().decode('ab'))

# files: codecs.open and open(), written in one encoding, read in others
d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')


def raw():
    with open(path, 'rb') as f:
        return f.read()


for enc in FAMILY:
    with open(path, 'w', encoding=enc) as f:
        print(enc, f.write('h\xe9\n'), f.write('x\r\n\U0001f600'), f.encoding)
    print(enc, raw())
    with open(path, 'a', encoding=enc) as f:
        f.write('z\n')
    print(enc, raw())
    with open(path, encoding=enc) as f:
        print(enc, ascii(f.readline()), ascii(f.read()))
    with open(path, encoding=enc, newline='') as f:
        print(enc, ascii(f.readlines()))
    for other in ['utf-16-le', 'utf-32', 'latin-1']:
        show('  as ' + other, lambda: open(path, encoding=other, errors='replace').read())
    os.remove(path)
    with open(path, 'a', encoding=enc) as f:
        f.write('new')
    print(enc, 'append to empty', raw())
    with codecs.open(path, 'w', enc) as f:
        f.write('a\nb')
        f.write('c\n')
        f.writelines(['d\n', 'e'])
    print(enc, 'codecs.open', raw())
    with codecs.open(path, 'r', enc) as f:
        print(enc, ascii(f.readline()), ascii(f.readline()), ascii(f.read()))
    with codecs.open(path, encoding=enc) as f:
        print(enc, ascii(list(f)))
    reader = codecs.getreader(enc)(open(path, 'rb'))
    print(enc, ascii(reader.read(2)), ascii(reader.read()))
    reader.close()

for data in [b'a\x00b\x00', b'a', b'\xff\xfea\x00\x00\xd8b\x00', b'\x00\xd8a\x00', b'\xfe\xff\x00a\x00b']:
    with open(path, 'wb') as f:
        f.write(data)
    for enc in ['utf-16', 'utf-16-le', 'utf-32']:
        show('open %s %r' % (enc, data), lambda: open(path, encoding=enc).read())
        show('  replace', lambda: open(path, encoding=enc, errors='replace').read())
        show('  codecs.open', lambda: codecs.open(path, 'r', enc).read())

# utf-16 written by a writer that has seen a BOM: one BOM only
with open(path, 'w', encoding='utf-16') as f:
    f.write('one')
    f.write('two')
with open(path, 'r+', encoding='utf-16') as f:
    print(ascii(f.read()))
print(raw())
show('open hex', lambda: open(path, encoding='hex'))
show('open rot13', lambda: open(path, 'w', encoding='rot13'))
show('open unknown', lambda: open(path, encoding='utf-17'))
show('decode hex', lambda: b'abc'.decode('hex'))
show('encode rot13', lambda: 'abc'.encode('rot13'))
show('decode unicode_escape', lambda: b'\\u20ac\\n'.decode('unicode_escape'))
show('encode unknown', lambda: 'abc'.encode('utf-17'))
show('str unknown', lambda: str(b'abc', 'nope'))
os.remove(path)
os.rmdir(d)

# codecs: encode/decode, lookup and CodecInfo, BOMs, the hex, base64, rot13
# and unicode_escape codecs, incremental and stream coding, codecs.open.
import codecs
import io
import os
import shutil
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, e)
    except (TypeError, ValueError, LookupError, AssertionError) as e:
        print(label, type(e).__name__, e)


# typical use
print(codecs.encode('h\xe9llo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8') == 'h\xe9llo')
print(codecs.decode(b'caf\xe9', 'latin-1') == 'caf\xe9', codecs.encode('caf\xe9', 'latin-1'))
print(codecs.encode(b'\x00\xffhi', 'hex'), codecs.decode('00ff6869', 'hex'), codecs.decode(b'00FF', 'hex'))
print(codecs.encode(b'any bytes', 'base64'), codecs.decode(b'YW55IGJ5dGVz\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.decode(b'a\\tb\\n\\x41\\u00e9\\U0001F600\\101\\\\', 'unicode_escape') == 'a\tb\nA\xe9\U0001f600A\\')
print(codecs.decode('line\\none', 'unicode_escape') == 'line\none', codecs.decode(b'\xe9\\n', 'unicode_escape') == '\xe9\n')
print(codecs.encode('a\tb\n\\ \x00\x7f\xe9\u20ac\U0001f600"\'', 'unicode_escape'))
print(codecs.encode('a\tb\n\\ \xe9\u20ac\U0001f600', 'raw_unicode_escape'))
print(codecs.decode(b'\\u20ac \\\\u20ac \\\\\\u20ac \\x41', 'raw_unicode_escape') == '\u20ac \\\\u20ac \\\\\u20ac \\x41')
print(codecs.encode(b'x' * 60, 'base64'))
print(codecs.decode(b'abc'), codecs.encode('abc'), codecs.decode(bytearray(b'xy'), 'ascii'), codecs.decode(memoryview(b'mv')))
print(codecs.encode(obj='k', encoding='ascii', errors='strict'), codecs.decode(b'\xef\xbb\xbfbom', 'utf-8-sig'))
print(codecs.encode('bom', 'utf-8-sig'), codecs.decode(b'no bom', 'utf_8_sig'))

# error handlers, and errors raised inside a codec name it
show('utf8 strict', lambda: codecs.decode(b'ab\xff', 'utf-8'))
show('utf8 replace', lambda: ascii(codecs.decode(b'ab\xff', 'utf-8', 'replace')))
show('utf8 ignore', lambda: codecs.decode(b'ab\xff\xfe', 'utf-8', errors='ignore'))
show('ascii strict', lambda: codecs.encode('\xe9', 'ascii'))
show('ascii replace', lambda: codecs.encode('caf\xe9', 'ascii', 'replace'))
show('ascii xmlchar', lambda: codecs.encode('caf\xe9', 'ascii', 'xmlcharrefreplace'))
show('ascii bsr', lambda: codecs.encode('caf\xe9', 'ascii', 'backslashreplace'))
show('bogus handler', lambda: codecs.decode(b'\xff', 'utf-8', 'bogus'))
show('hex str', lambda: codecs.encode('abc', 'hex'))
show('hex digit', lambda: codecs.decode(b'6162zz', 'hex'))
show('hex odd', lambda: codecs.decode(b'616', 'hex'))
show('hex errors', lambda: codecs.encode(b'ab', 'hex', 'ignore'))
show('b64 str', lambda: codecs.decode('YWJj', 'base64'))
show('b64 pad', lambda: codecs.decode(b'YWJ', 'base64'))
show('utf8 bytes', lambda: codecs.encode(b'abc', 'utf-8'))
show('utf8 str', lambda: codecs.decode('abc', 'utf-8'))
show('ascii int', lambda: codecs.encode(5, 'ascii'))
show('latin int', lambda: codecs.decode(5, 'latin-1'))
show('rot13 bytes', lambda: codecs.encode(b'abc', 'rot13'))
show('unknown', lambda: codecs.encode('abc', 'no-such-codec'))
show('encoding type', lambda: codecs.encode('x', 5))
show('lookup type', lambda: codecs.lookup(5))
for b in [b'\\x4', b'\\x4g', b'\\u12', b'\\U0011ffff', b'a\\', b'\\N', b'\\N{}x']:
    show(b, lambda: codecs.decode(b, 'unicode_escape'))
    show(b, lambda: ascii(codecs.decode(b, 'unicode_escape', 'replace')))
    show(b, lambda: ascii(codecs.decode(b, 'unicode_escape', 'backslashreplace')))
show('raw trunc', lambda: codecs.decode(b'\\u00', 'raw_unicode_escape'))
show('raw range', lambda: codecs.decode(b'\\U00110000', 'raw_unicode_escape'))
show('octal', lambda: ascii(codecs.decode(b'\\0\\7\\101\\1234\\400\\777', 'unicode_escape')))
show('unknown escape', lambda: codecs.decode(b'\\q\\8\\\n.', 'unicode_escape'))

# lookup: CPython's names and aliases
for name in ['utf-8', 'UTF8', 'u8', 'utf', 'cp65001', 'Latin-1', 'latin1', 'iso-8859-1', 'ISO_8859-1:1987',
             'l1', 'iso8859.1', 'ascii', 'US-ASCII', '646', 'ANSI_X3.4-1968', 'utf-8-sig', 'UTF-8-SIG', 'hex',
             'hex_codec', 'base64', 'base-64', 'rot13', 'rot-13', 'unicode_escape', 'Unicode Escape',
             'raw_unicode_escape', '  utf--8 ', 'utf-8!', 'latin.1', 'UTF8_SIG', '', 'mbcs', 'utf8-x']:
    show(repr(name), lambda: codecs.lookup(name).name)
info = codecs.lookup('UTF-8')
print(info.name, len(info), info[0] is info.encode, info[1] is info.decode, info._is_text_encoding,
      codecs.lookup('hex')._is_text_encoding, codecs.lookup('rot13')._is_text_encoding)
enc, dec, reader, writer = info
print(enc('h\xe9'), dec(b'h\xc3\xa9') == ('h\xe9', 3), callable(reader), callable(writer))
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))

# BOMs
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM_LE, codecs.BOM_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32)

# getencoder / getdecoder: (output, length consumed)
print(codecs.getencoder('utf-8')('h\xe9'), codecs.getdecoder('utf-8')(b'h\xc3\xa9')[1])
print(codecs.getdecoder('utf-8-sig')(b'\xef\xbb\xbfh'), codecs.getencoder('utf-8-sig')('h'))
print(codecs.getencoder('hex')(b'ab'), codecs.getdecoder('hex')('6162'), codecs.getencoder('base64')(b'ab'))
print(codecs.getencoder('latin-1')('\xff', 'strict'), codecs.getdecoder('ascii')(b'ab\xc3', 'replace')[1])
show('getdecoder partial', lambda: codecs.getdecoder('utf-8')(b'h\xc3'))
show('getdecoder str', lambda: codecs.getdecoder('utf-8')('h'))

# incremental coding
print(list(codecs.iterencode(['a', '\xe9', '', '\u20ac'], 'utf-8')))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9', b'', b'\xe2\x82', b'\xac!'], 'utf-8')) == ['a', '\xe9', '\u20ac!'])
print(list(codecs.iterdecode([b'\xef', b'\xbb\xbfx', b'y'], 'utf-8-sig')), list(codecs.iterencode(['a', 'b'], 'utf-8-sig')))
print(list(codecs.iterdecode([b'61', b'62'], 'hex')), list(codecs.iterdecode([b'\xe9t\xe9'], 'latin-1')) == ['\xe9t\xe9'])
show('iterdecode end', lambda: list(codecs.iterdecode([b'a\xc3'], 'utf-8')))
show('iterdecode bad', lambda: list(codecs.iterdecode([b'1\xc3\xef', b'\xbb'], 'utf-8')))
show('iterdecode replace', lambda: ascii(list(codecs.iterdecode([b'a\xc3'], 'utf-8', 'replace'))))
show('iterencode b64', lambda: list(codecs.iterencode([b'a', b'b'], 'base64')))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2')), repr(dec.decode(b'\x82')), dec.decode(b'\xac', final=True) == '\u20ac', dec.getstate())
dec.decode(b'\xe2\x82')
print(dec.getstate())
dec.reset()
print(dec.getstate(), dec.decode(b'ok'))
enc = codecs.getincrementalencoder('utf-8-sig')()
print(enc.encode('a'), enc.encode('b'), enc.reset(), enc.encode('c'))

# stream readers and writers
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('h\xe9')
w.writelines(['llo', '\n', '\u20ac'])
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('ab\xe9\ncd\u20ac\r\nlast'.encode()))
print(ascii(r.readline()), ascii(r.read(chars=2)), ascii(r.readline(keepends=False)), ascii(r.read()), ascii(r.read()))
r = codecs.getreader('latin-1')(io.BytesIO(b'one\ntwo\r\nthree\rfour\x0cfive\x1cx\x85y'))
print(list(r))
r = codecs.getreader('utf-8')(io.BytesIO('a\u2028b\nc'.encode()))
print(ascii(r.readlines()), ascii(r.readlines()))
r = codecs.getreader('utf-8')(io.BytesIO(b'x\ny\r\n'))
print(r.readlines(keepends=False))
sw = codecs.getwriter('utf-8-sig')(io.BytesIO())
sw.write('a')
sw.write('b')
print(sw.stream.getvalue())

# codecs.open: binary underneath, no newline translation
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'data.txt')
    with codecs.open(path, 'w', encoding='utf-8') as f:
        f.write('caf\xe9\r\n')
        f.write('line two\n')
        f.writelines(['\u20ac', ' end'])
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', 'utf-8') as f:
        print(ascii(f.read()))
    with codecs.open(path, encoding='utf-8') as f:
        print(ascii(f.readline()), ascii(f.readline()), ascii(f.readline()), ascii(f.readline()))
    with codecs.open(path, 'r', 'utf-8') as f:
        print(ascii([line for line in f]))
    with codecs.open(path, 'r', 'utf-8') as f:
        print(ascii(f.readlines()), f.encoding)
    with codecs.open(path, 'a', 'latin-1') as f:
        f.write('\xff!')
    with open(path, 'rb') as f:
        print(f.read()[-6:])
    with codecs.open(path, 'r', 'utf-8', 'replace') as f:
        print(ascii(f.read()[-4:]))
    try:
        with codecs.open(path, 'r', 'utf-8') as f:
            f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.start, e.reason)
    sig = os.path.join(tmp, 'sig.txt')
    with codecs.open(sig, 'w', 'utf-8-sig') as f:
        f.write('x')
        f.write('y')
    with open(sig, 'rb') as f:
        print(f.read())
    with codecs.open(sig, 'r', 'utf-8-sig') as f:
        print(f.read())
    with codecs.open(sig, 'rb') as f:
        print(f.read())
    with codecs.open(sig) as f:
        print(ascii(f.read()))
    try:
        codecs.open(os.path.join(tmp, 'missing.txt'), 'r', 'utf-8')
    except FileNotFoundError:
        print('FileNotFoundError')
    show('open unknown', lambda: codecs.open(sig, 'r', 'no-such-codec'))
finally:
    shutil.rmtree(tmp)

# --- more: added with the pywasm module (same style, CPython's output) ---

# name normalisation: '.' counts, non-ASCII separates, NUL is refused
for name in ['iso.8859.1', 'Us.Ascii', 'utf.8', 'hex.codec', 'U.S', 'utf\xe98', 'lat\xe9in1', '_utf_8_',
             'utf\t8', 'raw unicode escape', 'BASE-64', 'iso_646.irv_1991', 'utf-8\x00']:
    show(ascii(name), lambda: codecs.lookup(name).name)
print(codecs.lookup('latin-1') is codecs.lookup('latin-1'), codecs.lookup('base64')[0] is codecs.getencoder('base64'))

# errors inside codecs, named with the encoding as the caller spelled it
show('HEX', lambda: codecs.decode(b'zz', 'HEX'))
show('hex ws', lambda: codecs.decode(b'F6  ', 'hex'))
show('hex odd+bad', lambda: codecs.decode(b'6z6', 'hex'))
show('hex non-ascii', lambda: codecs.decode('6\xe9', 'hex'))
show('hex int', lambda: codecs.decode(5, 'hex'))
show('hex dec errors', lambda: codecs.decode(b'61', 'hex', 'ignore'))
show('hex bytearray', lambda: codecs.encode(bytearray(b'ab'), 'hex'))
show('b64 int', lambda: codecs.encode(5, 'base64'))
show('b64 five', lambda: codecs.decode(b'YWJjZ', 'base64'))
show('b64 junk', lambda: codecs.decode(b'Y W!J\nj', 'base64'))
show('b64 57', lambda: codecs.encode(b'x' * 57, 'base64'))
show('b64 empty', lambda: codecs.encode(b'', 'base64'))
show('rot13 int', lambda: codecs.encode(5, 'rot13'))
show('rot13 text', lambda: codecs.encode('\xe9aZ!', 'rot13') == '\xe9nM!')
show('errors type', lambda: codecs.decode(b'a', 'utf-8', 5))
show('sig bytes', lambda: codecs.encode(b'a', 'utf-8-sig'))
show('sig position', lambda: codecs.decode(b'\xef\xbb\xbfa\xff', 'utf-8-sig'))
show('sig partial', lambda: codecs.decode(b'\xef\xbb', 'utf-8-sig'))
show('latin replace', lambda: codecs.latin_1_encode('\u20ac', 'replace'))
show('ascii_decode', lambda: codecs.ascii_decode(b'a\x80'))
show('encoder errors type', lambda: codecs.getencoder('utf-8')('a', 5))
show('encoder errors None', lambda: codecs.getencoder('utf-8')('a', None))

# the escape codecs: handlers, positions, str input, partial input
show('ue xmlchar', lambda: codecs.decode(b'\\x4', 'unicode_escape', 'xmlcharrefreplace'))
show('ue bogus', lambda: codecs.decode(b'\\x4', 'unicode_escape', 'bogus'))
show('ue ignore', lambda: codecs.decode(b'a\\x4b\\u12\\', 'unicode_escape', 'ignore'))
show('ue replace twice', lambda: ascii(codecs.decode(b'\\x4\\x5z', 'unicode_escape', 'replace')))
show('ue N open', lambda: codecs.decode(b'\\N{abc', 'unicode_escape'))
show('ue simple', lambda: ascii(codecs.decode(b"\\a\\b\\f\\v\\'\\\"\\r\\xAb\\uABCD", 'unicode_escape')))
show('ue str', lambda: ascii(codecs.unicode_escape_decode('\xe9\\n')))
show('ue enc', lambda: codecs.encode('\r\x0b\x0c\x1b\x80\xff\u0100\uffff\U00010000', 'unicode_escape'))
show('rue enc', lambda: codecs.encode('\\\r\x80\xff\u0100\uffff\U00010000', 'raw_unicode_escape'))
show('rue pairs', lambda: ascii(codecs.decode(b'\\\\\\\\u0041 \\\\\\\\\\u0041 a\\', 'raw_unicode_escape')))
show('rue truncated', lambda: codecs.decode(b'\\x41\\u12G4', 'raw_unicode_escape'))
show('rue bsr', lambda: ascii(codecs.decode(b'\\U00110000', 'raw_unicode_escape', 'backslashreplace')))
for data in [b'a\\x4', b'a\\', b'a\\N{LAT', b'a\\1', b'a\\U0011', b'ab\\x4g']:
    show(ascii(data), lambda: codecs.unicode_escape_decode(data, 'strict', False))
    show(ascii(data), lambda: codecs.raw_unicode_escape_decode(data.replace(b'x', b'u'), 'strict', False))
show('ue chunks', lambda: ascii(list(codecs.iterdecode([b'a\\', b'u00', b'e9\\', b'n'], 'unicode_escape'))))
show('rue chunks', lambda: ascii(list(codecs.iterdecode([b'a\\', b'u00', b'e9\\', b'\\u'], 'raw_unicode_escape'))))
show('ue final', lambda: list(codecs.iterdecode([b'a\\x4'], 'unicode_escape')))

# incremental coders: utf-8 cut anywhere, utf-8-sig state, the base classes
for chunks in [[b'\xed\xa0', b'\x80\xff'], [b'1\xc3\xef', b'\xbb'], [b'\xf0\x9f', b'\x98', b'\x80!'], [b'\xe0\x80', b'a']]:
    for errors in ['strict', 'replace']:
        show(ascii(chunks), lambda: ascii(list(codecs.iterdecode(chunks, 'utf-8', errors))))
for data in [b'\xed\xa0', b'\xe0\x9f', b'\xf4\x90', b'\xf0\x90\x80', b'\xc3']:
    show(ascii(data), lambda: codecs.utf_8_decode(data, 'strict', False))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(d.getstate(), repr(d.decode(b'\xef')), d.getstate(), repr(d.decode(b'\xbb\xbfa\xc3')), d.getstate())
d.reset()
print(d.getstate(), repr(d.decode(b'ab')), d.getstate())
show('sig partial bom, final', lambda: d.decode(b'\xef\xbb', True))
d = codecs.getincrementaldecoder('utf-8-sig')()
d.setstate((b'', 0))
print(ascii(d.decode(b'\xef\xbb\xbfa')))
show('sig bad', lambda: codecs.getincrementaldecoder('utf-8-sig')().decode(b'\xef\xbbx'))
show('sig err after bom', lambda: codecs.getincrementaldecoder('utf-8-sig')().decode(b'\xef\xbb\xbfa\xff'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.getstate(), e.encode(''), e.getstate(), e.encode('a'), e.getstate())
e.setstate(1)
print(e.encode('b'), e.getstate())
show('inc str to bytes', lambda: codecs.getincrementaldecoder('utf-8')().decode('ab'))
show('inc latin str', lambda: codecs.getincrementaldecoder('latin-1')().decode('ab'))
show('inc hex', lambda: codecs.getincrementaldecoder('hex')().decode(b'6'))
show('inc rot13', lambda: (codecs.getincrementalencoder('rot13')().encode('ab'), list(codecs.iterencode(['ab', 'c'], 'rot13'))))
show('iterdecode rot13', lambda: list(codecs.iterdecode(['ab'], 'rot13')))
print(type(codecs.iterencode([], 'no-such-codec')).__name__)
for name in ['latin-1', 'hex', 'rot13', 'unicode_escape', 'utf-8', 'utf-8-sig']:
    dec = codecs.getincrementaldecoder(name)()
    print(name, isinstance(dec, codecs.BufferedIncrementalDecoder), dec.getstate(),
          codecs.getincrementalencoder(name)().getstate())
print(codecs.IncrementalDecoder().getstate(), codecs.IncrementalEncoder().getstate(), repr(codecs.IncrementalEncoder().buffer))
for make in [lambda: codecs.IncrementalDecoder().decode(b''), lambda: codecs.IncrementalEncoder().encode(''),
             lambda: codecs.BufferedIncrementalDecoder().decode(b'x'), lambda: codecs.Codec().encode('x')]:
    try:
        make()
    except NotImplementedError as exc:
        print('NotImplementedError', repr(str(exc)))


class Pairs(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode('ascii'), n


class Upper(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) - 1
        return input[:n].upper().encode(), n


p = Pairs()
print(repr(p.decode(b'abc')), p.getstate(), repr(p.decode(b'd')), repr(p.decode(b'e', True)), p.getstate(), p.errors)
p.decode(b'xyz')
p.reset()
p2 = Pairs()
p2.setstate((b'q', 0))
print(p.buffer, repr(p.decode(b'mn')), repr(p2.decode(b'r')))
u = Upper()
print(u.encode('ab'), repr(u.getstate()), u.encode('c', True), u.getstate(), repr(u.buffer))
u.encode('xy')
u.reset()
print(repr(u.buffer), u.getstate())

# stream readers and writers: sizes, partial and bad input, other codecs


class Spy(io.BytesIO):
    def read(self, n=-1):
        got = super().read(n)
        reads.append((n, len(got)))
        return got


reads = []
r = codecs.getreader('utf-8')(Spy('a\xe9bcdefghij\nk'.encode()))
print(ascii([r.read(3), r.read(3), r.read(chars=1), r.read(0), r.read()]), reads[:4])
reads = []
r = codecs.getreader('utf-8')(Spy(b'x' * 1000 + b'\nyy'))
print(len(r.readline()), repr(r.readline()), reads[:4])
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\ndef\nghi'))
print(repr(r.readline(2)), repr(r.readline(2)), repr(r.readline(size=10)), repr(r.readline(0)))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\r\ncd'))
print(repr(r.readline(3)), repr(r.readline(3)))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\r'))
print(repr(r.readline()), repr(r.readline()))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\ncd\nef'))
print(repr(r.read(chars=1)), repr(r.readline(1)), repr(r.readline(1)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\ncd\nef\n'))
print(repr(r.readline(keepends=False)), repr(r.read(2)), r.readlines(keepends=False))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\ncd\nef\n'))
print(repr(r.read(0)), repr(r.read(chars=0)), repr(r.read(-1, 2)), repr(r.read(1, 10)))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\ncd'))
r.readline()
r.reset()
print(repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\ncd'))
r.readline()
r.seek(0)
print(repr(r.read()), r.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xc3'))
print(repr(r.read()), repr(r.read()))
for data in [b'a\n\xff', b'a\nb\xff', b'a\x0cb\xff\n', b'\xff']:
    r = codecs.getreader('utf-8')(io.BytesIO(data))
    out = []
    for i in range(3):
        try:
            out.append(r.readline())
        except UnicodeDecodeError as exc:
            out.append('error at %d' % exc.start)
    print(data, out)
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xff\nb'), 'replace')
print(ascii(r.readlines()))
print(codecs.getreader('hex')(io.BytesIO(b'6162')).read())
print(ascii(codecs.getreader('unicode_escape')(io.BytesIO(b'a\\nb\\x41\\u00e9')).readlines()))
print(codecs.getreader('utf-8-sig')(io.BytesIO(b'\xef\xbb\xbfa\nb')).readlines())
show('rot13 reader lines', lambda: codecs.getreader('rot13')(io.StringIO('abc\ndef')).readlines())
show('rot13 reader bytes', lambda: codecs.getreader('rot13')(io.BytesIO(b'abc')).read())
show('writer bytes', lambda: codecs.getwriter('utf-8')(io.BytesIO()).write(b'ab'))
for name, text in [('hex', b'ab'), ('base64', b'abc'), ('unicode_escape', '\xe9\n'), ('ascii', '\xe9')]:
    sw = codecs.getwriter(name)(io.BytesIO(), 'replace' if name == 'ascii' else 'strict')
    print(name, sw.write(text), sw.stream.getvalue(), sw.errors)
sw = codecs.getwriter('utf-8-sig')(io.BytesIO())
sw.write('a')
sw.reset()
sw.write('b')
sw.seek(0)
sw.write('c')
print(sw.getvalue())
with codecs.getreader('utf-8')(io.BytesIO(b'z')) as rr:
    print(repr(rr.read()))


class AsciiCodec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return input.encode('ascii', errors), len(input)

    def decode(self, input, errors='strict'):
        return input.decode('ascii', errors), len(input)


class AsciiWriter(AsciiCodec, codecs.StreamWriter):
    pass


class AsciiReader(AsciiCodec, codecs.StreamReader):
    pass


buf = io.BytesIO()
w = AsciiWriter(buf)
w.write('hi')
w.writelines(['a', 'b'])
r = AsciiReader(io.BytesIO(b'l1\nl2\r\nl3'))
print(buf.getvalue(), r.readline(), r.readlines())
srw = codecs.StreamReaderWriter(io.BytesIO(b'x\ny'), AsciiReader, AsciiWriter)
print(repr(srw.readline()), repr(srw.read()), srw.errors, srw.getvalue())
srw.seek(0)
print(list(srw))
srw.write('z')
srw.writelines(['!', '?'])
print(srw.getvalue(), type(srw.reader).__name__, type(srw.writer).__name__)
with codecs.StreamReaderWriter(io.BytesIO(b'ab'), AsciiReader, AsciiWriter) as both:
    print(both.read(1))

# CodecInfo built by hand
ci = codecs.CodecInfo(len, abs, name='mine')
print(ci.name, ci[0] is len, ci[1] is abs, len(ci), ci.streamreader, ci.incrementalencoder, ci._is_text_encoding)
print(tuple(ci)[2:], ci == (len, abs, None, None), ci[-1], ci[1:3][1])
print(repr(ci).startswith('<codecs.CodecInfo object for encoding mine at 0x'))
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'n', _is_text_encoding=False)
print(tuple(ci), ci.name, ci._is_text_encoding, ci.incrementalencoder, ci.incrementaldecoder)

# codecs.open, more modes and handlers
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'f.txt')
    with codecs.open(path, 'w', 'latin-1') as f:
        f.write('a\xe9\n')
        print(f.encoding)
    with codecs.open(path, 'r+', 'latin-1') as f:
        print(ascii(f.read()))
        f.write('z')
    with codecs.open(path, 'rb', 'latin-1') as f:
        print(ascii(f.read()))
    with codecs.open(path, encoding='latin-1', mode='r', buffering=1) as f:
        print(ascii([f.readline(), f.readline(), f.readline()]))
    with codecs.open(path, 'r', 'utf-8', 'replace') as f:
        print(ascii(f.readlines()))
    with codecs.open(path, 'r', 'utf-8', 'ignore') as f:
        print(ascii(list(f)))
    with codecs.open(path, 'r', 'ascii', 'backslashreplace') as f:
        print(ascii(f.read(3)))
    with codecs.open(path, 'w', 'hex') as f:
        f.write(b'\x01\x02')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', 'hex') as f:
        print(f.read())
finally:
    shutil.rmtree(tmp)

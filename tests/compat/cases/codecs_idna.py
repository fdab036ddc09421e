# The idna codec (RFC 3490 with RFC 3491 nameprep): round trips through
# str.encode/bytes.decode and codecs.encode/decode over many domain names
# (mixed case, the four IDNA dots, already-ASCII names kept as they are,
# xn-- inputs in either case, trailing dots, 63/64-character labels), the
# nameprep mapping (B.1 dropped, B.2 case folding, NFKC by Unicode 3.2,
# code points 3.2 had not assigned), CPython's UnicodeError messages and
# their "encoding with 'idna' codec failed" wrapping (empty and too long
# labels, prohibited characters, the bidi rules, the ACE prefix, labels that
# do not round-trip, error handlers other than strict), the incremental and
# stream classes, iterencode/iterdecode, codecs.lookup('idna'), and the
# stringprep module's tables on a sample of characters.
import codecs
import io
import stringprep


def show(func):
    try:
        print(ascii(func()))
    except Exception as exc:
        print(type(exc).__name__, ascii(str(exc)))


NAMES = [
    'bücher.example', 'Bücher.Example', 'BÜCHER.EXAMPLE', 'münchen.de', 'MÜNCHEN.DE', 'straße.de', 'STRASSE.de',
    'ﬁnance.com', 'ｅｘａｍｐｌｅ．ｃｏｍ', 'a\u3002b\uff0ec\uff61d', 'ü\u3002example', 'παράδειγμα.δοκιμή',
    'пример.испытание', '例子.测试', '例え.テスト', '실례.테스트', 'مثال.إختبار', 'דוגמה.טעסט', 'उदाहरण.परीक्षा',
    'café.fr', 'CAFÉ.FR', 'naïve.example', 'ñandú.ar', 'ǅemal.hr', 'İstanbul.tr', 'ΣΊΣΥΦΟΣ.gr', 'ς.gr',
    'ⅻ.example', 'x\xady.com', 'x\u200by.com', 'x\u200dy.com', 'x\ufe0fy.com', 'ab\u0301c.com', 'a\u3000b.com',
    '½.com', 'ü.', 'ü.example.', '\u2c7c.example', '\U0002f868.example', 'smile\U0001f600.com',
    'example.com', 'EXAMPLE.COM', 'Example.Com.', 'xn--bcher-kva.example', 'a.b.c.d.e', 'a-b.c_d', '1.2.3.4',
    'localhost', 'a' * 63 + '.com', 'ü' * 30 + '.com', 'a' * 10 + 'ü' * 20 + '.com',
]
for name in NAMES:
    try:
        encoded = name.encode('idna')
    except UnicodeError as exc:
        print(ascii(name), 'encode:', type(exc).__name__, ascii(str(exc)))
        continue
    decoded = encoded.decode('idna')
    print(ascii(name), encoded, ascii(decoded), codecs.encode(name, 'idna') == encoded,
          codecs.decode(encoded, 'idna') == decoded, decoded.encode('idna') == encoded.lower() or encoded)

# what may not be encoded
BAD = [
    '', '.', '..', 'a..b', '.a', 'a' * 64 + '.com', 'com.' + 'a' * 64, 'com.' + 'a' * 64 + '.', 'ü' * 70,
    'ü..x', '\u3002', 'ü.' + 'a' * 64, 'a\u200eb.com', 'a\u2028b.com', 'a\ue000b.com', 'a\ufffeb', 'a\U000e0001b',
    'a\u2ff0b', 'a\u202eb', 'a\u0340b', 'a\ufff9b', 'a\x85b', 'a\u06ddb', 'a\U0001d173b', 'a\U000f0000b',
    'ابc', 'اب', '1ا', 'ا1', 'اcب', 'xn--ü.com', 'XN--ü.com', 'xn--abc.com', 'ü.xn--abc',
    'a\x00b.com', 'a b.com', 'a/b.com', 'ü b.com',
]
for name in BAD:
    show(lambda: name.encode('idna'))

# decoding
for data in [b'xn--bcher-kva', b'XN--BCHER-KVA.xn--ab', b'xn--bcher-kva.XN--BCHER-KVA', b'xn--zzz', b'a..b',
             b'.', b'', b'\xff', b'xn--a.\xff', b'xn--BCHER-kva', b'xn--bcher-kva.', b'xn--ls8h', b'xn--abc-',
             b'xn--', b'xn--.com', b'xn--tda.xn--tda', b'xn--a', b'xn--55', b'xn--ss-', b'xn--zca',
             b'xn--mgbh0fb.xn--kgbechtv', b'A.B.C', b'a' * 70, b'xn--' + b'a' * 70, b'abc\x80', b'xn--bcher-kva.\x80',
             bytearray(b'xn--bcher-kva'), memoryview(b'xn--bcher-kva.de')]:
    show(lambda: data.decode('idna') if isinstance(data, bytes) else codecs.decode(data, 'idna'))
show(lambda: codecs.decode('abc', 'idna'))
show(lambda: codecs.decode('xn--bcher-kva', 'idna'))

# error handlers
for errors in ['ignore', 'replace', 'strict']:
    show(lambda: 'bücher.de'.encode('idna', errors))
    show(lambda: b'xn--bcher-kva.de'.decode('idna', errors))
    show(lambda: codecs.encode('a.b', 'idna', errors))

# the codec's own functions and classes
info = codecs.lookup('idna')
print(info.name, codecs.lookup('IDNA').name, info.encode('bücher.de'), info.decode(b'xn--bcher-kva.de'))
print(info.encode(''), info.decode(b''), info.decode(memoryview(b'a.b')))
for final in (False, True):
    encoder = codecs.getincrementalencoder('idna')()
    print([encoder.encode(piece, final) for piece in ['bü', 'cher.', 'exa', 'mple', '']], encoder.getstate())
    decoder = codecs.getincrementaldecoder('idna')()
    for piece in [b'xn--bc', b'her-kva.', b'exa', b'mple', b'']:
        show(lambda: decoder.decode(piece, final))
    print(decoder.getstate())
encoder = codecs.getincrementalencoder('idna')()
print(encoder.encode('bücher'), encoder.encode('.de'), encoder.encode('', True))
encoder.reset()
print(encoder.encode('ü\u3002x', True), encoder.encode('a.b.', True))
show(lambda: codecs.getincrementaldecoder('idna')().decode(b'\xff.a', True))
show(lambda: codecs.getincrementalencoder('idna')().encode('..', True))
print(list(codecs.iterencode(['bü', 'cher.', 'de'], 'idna')))
print(list(codecs.iterdecode([b'xn--bc', b'her-kva.d', b'e'], 'idna')))
stream = io.BytesIO()
writer = codecs.getwriter('idna')(stream)
writer.write('bücher.de')
show(lambda: writer.write('.münchen'))
writer.write('münchen.de')
print(stream.getvalue())
print(codecs.getreader('idna')(io.BytesIO(b'xn--bcher-kva.de')).read())

# the stringprep module
SAMPLE = ['A', 'a', ' ', '\xa0', '\xad', 'ß', 'ẞ', 'Σ', 'ς', 'Ϲ', 'Ϊ', 'ǅ', '\u0221', '\u0340', '\u06dd', '\u200b',
          '\u200e',
          '\u2028', '\u202e', '\u3000', '\ue000', '\ufdd0', '\ufeff', '\ufff9', '\ufffe', '\U0001d173', '\U0001d400',
          '\U000e0001', '\U000f0000', 'ا', 'א', '1', '\u0660', '\x00', '\x7f', '\x85', 'ﬁ', 'Ⅻ', '\u2c7c', '㎒', 'İ']
TABLES = ['a1', 'b1', 'c11', 'c12', 'c11_c12', 'c21', 'c22', 'c21_c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9',
          'd1', 'd2']
for ch in SAMPLE:
    found = [name for name in TABLES if getattr(stringprep, 'in_table_' + name)(ch)]
    print(ascii(ch), found, ascii(stringprep.map_table_b2(ch)), ascii(stringprep.map_table_b3(ch)))

# codecs' error-handler registry: lookup_error() for the eight built-in names
# (the same objects as codecs.strict_errors ... namereplace_errors) and what
# each returns or raises for encode and decode errors, start/end clamped to
# the object; surrogateescape and surrogatepass called directly; LookupError
# for an unknown name, register_error's and lookup_error's argument checks;
# a registered handler used by codecs.encode/decode (ascii, latin-1, utf-8)
# and by str.encode/bytes.decode of the library's codecs (code pages, utf-16,
# utf-32, unicode_escape): the exception it is given, str and bytes
# replacements, a replacement the codec cannot encode, bad results, negative
# and skipping positions; namereplace, surrogateescape and surrogatepass when
# encoding; the incremental and stream classes with a handler of our own.
import codecs
import io


def show(func):
    try:
        print(repr(func()))
    except Exception as exc:
        print(type(exc).__name__, exc)


NAMES = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape',
         'surrogatepass']
ENC = UnicodeEncodeError('ascii', 'aé€\U0001f600\x00b', 1, 5, 'bad')
DEC = UnicodeDecodeError('utf-8', b'a\xff\x80b', 1, 3, 'bad')
for name in NAMES:
    handler = codecs.lookup_error(name)
    print(name, handler.__name__, callable(handler), handler is codecs.lookup_error(name))
    for exc in (ENC, DEC, ValueError('v'), 'text', UnicodeError('u')):
        try:
            print('   ', type(exc).__name__, repr(handler(exc)))
        except Exception as err:
            print('   ', type(exc).__name__, 'raises', type(err).__name__, err, err is exc)

print(codecs.strict_errors is codecs.lookup_error('strict'), codecs.ignore_errors is codecs.lookup_error('ignore'),
      codecs.replace_errors is codecs.lookup_error('replace'),
      codecs.xmlcharrefreplace_errors is codecs.lookup_error('xmlcharrefreplace'),
      codecs.backslashreplace_errors is codecs.lookup_error('backslashreplace'),
      codecs.namereplace_errors is codecs.lookup_error('namereplace'))
print(codecs.lookup_error('replace')(UnicodeEncodeError('ascii', 'aé', 1, 2, 'x')))
show(lambda: codecs.strict_errors(KeyError))

# start and end as the handlers read them
for start, end in [(-5, 1), (5, 9), (1, 1), (2, 1), (0, 0), (0, 2)]:
    exc = UnicodeEncodeError('ascii', 'aé', 1, 2, 'x')
    exc.start, exc.end = start, end
    print(start, end, [codecs.lookup_error(name)(exc) for name in NAMES[1:6]])
    exc = UnicodeDecodeError('ascii', b'a\xe9', 1, 2, 'x')
    exc.start, exc.end = start, end
    print(start, end, [codecs.lookup_error(name)(exc) for name in ('ignore', 'replace', 'backslashreplace')])

# names, and the characters without one
show(lambda: codecs.namereplace_errors(UnicodeEncodeError(
    'ascii', '\x00\x7f\x80\xa0é\u0378\ue000가\u4e00\U0002a700\U0010ffff\ufdd0\ud800\u1f80€😀', 0, 16, 'x')))
show(lambda: codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', '\x00\U0010ffff\ud800é', 0, 4, 'x')))
show(lambda: codecs.backslashreplace_errors(UnicodeEncodeError('ascii', '\x00\U0010ffff\ud800é', 0, 4, 'x')))

# surrogateescape and surrogatepass, called directly
escape, passing = codecs.lookup_error('surrogateescape'), codecs.lookup_error('surrogatepass')
show(lambda: escape(UnicodeDecodeError('utf-8', b'\xff\xfe\xfd\xfc\xfb\xfa', 0, 6, 'x')))
show(lambda: escape(UnicodeDecodeError('utf-8', b'\xff\x41\xfd', 0, 3, 'x')))
show(lambda: escape(UnicodeDecodeError('utf-8', b'\x41\xfd', 0, 2, 'x')))
show(lambda: escape(UnicodeEncodeError('ascii', 'a\udc80\udcffb', 1, 3, 'x')))
show(lambda: escape(UnicodeEncodeError('ascii', 'a\udc80\udd00b', 1, 3, 'x')))
for encoding in ['utf-8', 'UTF8', 'utf_16', 'utf-16-le', 'utf-16be', 'UTF-32-LE', 'utf32', 'utf-32be', 'CP_UTF8',
                 'latin-1', 'utf-8-sig', 'utf-16-xe']:
    show(lambda: passing(UnicodeEncodeError(encoding, 'a\ud800\udfffb', 1, 3, 'x')))
show(lambda: passing(UnicodeEncodeError('utf-8', 'aéb', 1, 2, 'x')))
for encoding, data, start, end in [('utf-8', b'a\xed\xa0\x80\xed\xbf\xbfb', 1, 7),
                                   ('utf-16-le', b'a\x00\x00\xd8b', 2, 4),
                                   ('utf-16-be', b'a\x00\xd8\x00b', 2, 4), ('utf-32-le', b'\x00\xd8\x00\x00', 0, 4),
                                   ('utf-32', b'\x00\xd8\x00\x00', 0, 4), ('utf-16', b'\x00\xd8', 0, 1),
                                   ('utf-8', b'\xed\xa0', 0, 2), ('utf-8', b'\xe1\x80\x80', 0, 3),
                                   ('latin-1', b'\xed\xa0\x80', 0, 3)]:
    show(lambda: passing(UnicodeDecodeError(encoding, data, start, end, 'x')))

# the registry's checks
for name in ['nope', '', 'STRICT', 'a\x00b', 1, None]:
    show(lambda: codecs.lookup_error(name))
show(lambda: codecs.register_error('x', 1))
show(lambda: codecs.register_error(1, print))
show(lambda: codecs.register_error('a\x00b', print))
print(codecs.register_error('printer', print), codecs.lookup_error('printer') is print)
show(lambda: codecs.encode('aé', 'ascii', 'nope'))
show(lambda: codecs.encode('ab', 'ascii', 'nope'))
show(lambda: 'aé'.encode('cp1252', 'nope'))
show(lambda: 'aŁ'.encode('cp1252', 'nope'))
show(lambda: b'a\x81'.decode('cp1252', 'nope'))
show(lambda: b'ab'.decode('cp1252', 'nope'))

# a handler of our own: what it is given, and what its result does
seen = []


def tag(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.object, exc.start, exc.end, exc.reason))
    return '<%d:%d>' % (exc.start, exc.end), exc.end


codecs.register_error('tag', tag)
show(lambda: codecs.encode('aé€b', 'ascii', 'tag'))
show(lambda: codecs.encode('aé€b', 'latin-1', 'tag'))
show(lambda: codecs.encode('aé€b', 'utf-8', 'tag'))
show(lambda: 'aé€bŁ'.encode('cp1252', 'tag'))
show(lambda: 'Łx€'.encode('iso8859-2', 'tag'))
show(lambda: codecs.decode(b'a\xff\x80b', 'ascii', 'tag'))
show(lambda: codecs.decode(b'a\xff\x80b\xc3', 'utf-8', 'tag'))
show(lambda: codecs.decode(b'a\xed\xa0\x80b\xe2\x82', 'utf-8', 'tag'))
show(lambda: b'a\x81\x8db'.decode('cp1252', 'tag'))
show(lambda: b'a\x00\x00\xd8b'.decode('utf-16-le', 'tag'))
show(lambda: b'a\x00\x00\xdcb\x00'.decode('utf-16-le', 'tag'))
show(lambda: b'\xff\xfea\x00\x00\xdcb\x00'.decode('utf-16', 'tag'))
show(lambda: b'\x00\x00\x00a\x00\x11\x00\x00'.decode('utf-32-be', 'tag'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'tag'))
show(lambda: 'a\ud800\udfffb'.encode('utf-16-be', 'tag'))
show(lambda: 'a\ud800b'.encode('utf-32', 'tag'))
show(lambda: b'\\x4\\u12'.decode('unicode_escape', 'tag'))
show(lambda: b'\\U12345'.decode('raw_unicode_escape', 'tag'))
for row in seen:
    print(row)

codecs.register_error('bytes', lambda exc: (b'[B]', exc.end))
codecs.register_error('bytes2', lambda exc: (b'[BB]', exc.end))
codecs.register_error('nonascii', lambda exc: ('é', exc.end))
show(lambda: codecs.encode('aéb', 'ascii', 'bytes'))
show(lambda: 'aŁb'.encode('cp1252', 'bytes'))
show(lambda: codecs.decode(b'a\xffb', 'ascii', 'bytes'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'bytes'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'bytes2'))
show(lambda: 'a\ud800b'.encode('utf-32-le', 'bytes2'))
show(lambda: codecs.encode('aŁb', 'ascii', 'nonascii'))
show(lambda: codecs.encode('aŁb', 'latin-1', 'nonascii'))
show(lambda: 'aŁb'.encode('cp1252', 'nonascii'))
show(lambda: 'aŁ€b'.encode('cp437', 'nonascii'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'nonascii'))

codecs.register_error('bad1', lambda exc: 'x')
codecs.register_error('bad2', lambda exc: ('x', 'y'))
codecs.register_error('bad3', lambda exc: ('x', 99))
codecs.register_error('list', lambda exc: ['x', exc.end])
codecs.register_error('neg', lambda exc: ('N', -1))
codecs.register_error('skip', lambda exc: ('S', exc.end + 1))
codecs.register_error('restart', lambda exc: ('<%d>' % exc.start, exc.start + 1) if exc.start % 2 else ('R', exc.end))
for name in ['bad1', 'bad2', 'bad3', 'list', 'neg', 'skip', 'restart']:
    print(name)
    show(lambda: codecs.encode('aéb€c', 'ascii', name))
    show(lambda: 'aéb€cŁd'.encode('cp1252', name))
    show(lambda: codecs.decode(b'a\xffb\xfec', 'ascii', name))
    show(lambda: b'a\x81b\x8dc'.decode('cp1252', name))
    if name != 'neg':  # CPython goes round for ever there
        show(lambda: b'a\x00\x00\xd8b\x00\x00\xdcc\x00'.decode('utf-16-le', name))
    show(lambda: 'a\ud800b\udc00c'.encode('utf-16-be', name))
    show(lambda: b'a\\x\\u12b'.decode('unicode_escape', name))

# the functions of the codecs module
show(lambda: codecs.ascii_encode('aé', 'tag'))
show(lambda: codecs.latin_1_encode('aĀ', 'tag'))
show(lambda: codecs.latin_1_decode(b'a\xe9', 'tag'))
show(lambda: codecs.ascii_decode(b'a\xe9', 'tag'))
show(lambda: codecs.utf_8_decode(b'a\xff', 'tag'))
show(lambda: codecs.utf_8_decode(b'a\xff\xc3', 'tag', False))
show(lambda: codecs.utf_8_decode(b'a\xff\xc3', 'tag', True))
show(lambda: codecs.charmap_encode('aŁ', 'tag'))
show(lambda: codecs.charmap_decode(b'a\x81', 'tag', {97: 'A'}))
show(lambda: codecs.utf_16_le_encode('a\ud800', 'tag'))
show(lambda: codecs.utf_32_be_decode(b'\x00\x00\xd8\x00', 'tag'))

# the other built-in handlers where a codec meets an error
show(lambda: codecs.encode('aé€\U0001f600', 'ascii', 'namereplace'))
show(lambda: codecs.encode('aĀ', 'latin-1', 'namereplace'))
show(lambda: 'aŁ€\U0001f600'.encode('cp437', 'namereplace'))
show(lambda: 'aŁ'.encode('koi8-r', 'namereplace'))
show(lambda: codecs.encode('a\udc80\udcffb', 'ascii', 'surrogateescape'))
show(lambda: codecs.encode('a\udc80\udcffb', 'latin-1', 'surrogateescape'))
show(lambda: 'a\udc80\udcffb'.encode('cp1252', 'surrogateescape'))
show(lambda: codecs.encode('a€b', 'latin-1', 'surrogateescape'))
show(lambda: 'a\ud800\udfffb'.encode('utf-16-le', 'surrogatepass'))
show(lambda: 'a\ud800\udfffb'.encode('utf-16', 'surrogatepass'))
show(lambda: 'a\ud800b'.encode('utf-32-be', 'surrogatepass'))
show(lambda: 'a\ud800b'.encode('cp1252', 'surrogatepass'))
show(lambda: b'a\x81'.decode('cp1252', 'xmlcharrefreplace'))
show(lambda: b'a\x81'.decode('cp1252', 'namereplace'))
show(lambda: codecs.decode(b'a\xff', 'ascii', 'namereplace'))
show(lambda: b'\\x4'.decode('unicode_escape', 'surrogateescape'))

# the incremental and stream classes
decoder = codecs.getincrementaldecoder('utf-8')('tag')
show(lambda: (decoder.decode(b'a\xff\xc3'), decoder.decode(b'\xa9\xff', True)))
encoder = codecs.getincrementalencoder('cp1252')('tag')
show(lambda: (encoder.encode('aŁ'), encoder.encode('b€Ł', True)))
encoder = codecs.getincrementalencoder('ascii')('nonascii')
show(lambda: encoder.encode('aŁ'))
writer = codecs.getwriter('ascii')(io.BytesIO(), 'tag')
writer.write('xé')
print(writer.getvalue())
reader = codecs.getreader('cp1252')(io.BytesIO(b'x\x81y'), 'tag')
print(reader.read())
print(list(codecs.iterdecode([b'a\xff', b'\x80b'], 'utf-8', 'tag')))
print(list(codecs.iterencode(['aé', 'Łb'], 'cp1252', 'bytes')))


# what xmltodict does with a handler name
def check_handler(name):
    try:
        codecs.lookup_error(name)
        return True
    except LookupError:
        return False


print([check_handler(name) for name in ['replace', 'strict', 'tag', 'bogus']])

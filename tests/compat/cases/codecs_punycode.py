# The punycode codec (RFC 3492): encode/decode round trips over ASCII-only,
# all-non-ASCII, mixed, upper-case, empty and astral strings (RFC 3492's
# samples among them), decoding in either case, and CPython's errors: bad
# digits, numbers cut short, code points past U+10FFFF, non-ASCII bytes,
# the strict/ignore/replace handlers and the "decoding with 'punycode' codec
# failed" wrapping; codecs.lookup, the incremental classes, iterdecode.
import codecs

SAMPLES = [
    '', 'a', 'abc', 'ABC', 'Hello', 'bücher', 'Bücher', 'BÜCHER', 'münchen', 'ü', 'üüü', 'éèê', 'ñandú',
    'ليهمابتكلموشعربي؟', '他们为什么不说中文', '他們爲什麽不說中文', 'Pročprostěnemluvíčesky',
    'למההםפשוטלאמדבריםעברית', 'यहलोगहिन्दीक्योंनहींबोलसकतेहैं', 'なぜみんな日本語を話してくれないのか',
    '세계의모든사람들이한국어를이해한다면얼마나좋을까', 'почемужеонинеговорятпорусски',
    'PorquénopuedensimplementehablarenEspañol', 'TạisaohọkhôngthểchỉnóitiếngViệt', '3年B組金八先生',
    '安室奈美恵-with-SUPER-MONKEYS', 'Hello-Another-Way-それぞれの場所', 'ひとつ屋根の下2', 'MajiでKoiする5秒前',
    'パフィーdeルンバ', 'そのスピードで', '-> $1.00 <-', 'a-b-c', '-', '--', 'x-', '-x',
    '\U0001f600', 'smile\U0001f600face\U0001f601', '\U0010fffd', '\x80', '\x7f\x80', 'ÿ' * 20,
    'abcdefghijklmnopqrstuvwxyz0123456789', 'ǅ', 'ﬁ', 'İstanbul', 'straße', 'ΑΒΓ αβγ',
    ''.join(chr(0x4e00 + i * 37) for i in range(60)), 'a' + 'é' * 50 + 'z',
]
for text in SAMPLES:
    encoded = text.encode('punycode')
    decoded = encoded.decode('punycode')
    print(ascii(text), encoded, decoded == text, codecs.decode(encoded.upper(), 'punycode') == text.upper()
          if encoded.upper() != encoded and text.isascii() else '')

print('bücher'.encode('punycode') == b'bcher-kva', b'bcher-kva'.decode('punycode') == 'bücher')
print(codecs.encode('bücher', 'punycode'), codecs.decode(b'BCHER-KVA', 'punycode') == 'bücher')
print(ascii(b'abc-'.decode('punycode')), ascii(b'-'.decode('punycode')), ascii(b''.decode('punycode')))
print(ascii(b'ABC'.decode('punycode')), ascii(b'a-b-KVA'.decode('punycode')), ascii(b'egbpdaj6bu4bxfgehfvwxn'.decode('punycode')))
print(codecs.lookup('punycode').name, codecs.lookup('PUNYCODE').name, codecs.lookup('Punycode')._is_text_encoding)
print(codecs.getencoder('punycode')('bücher'), ascii(codecs.getdecoder('punycode')(b'bcher-kva')))
print(ascii(codecs.getdecoder('punycode')('bcher-kva')), ascii(codecs.decode(bytearray(b'bcher-kva'), 'punycode')),
      ascii(codecs.decode(memoryview(b'bcher-kva'), 'punycode')))
# the encoder takes no notice of the error handler
print('bücher'.encode('punycode', 'ignore'), codecs.encode('bücher', 'punycode', 'nonsense'))


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        cause = e.__cause__
        print(label, type(e).__name__, ascii(str(e)), type(cause).__name__ if cause else '', ascii(str(cause)) if cause else '')
        if isinstance(e, UnicodeDecodeError) or isinstance(e, UnicodeEncodeError):
            print('   ', e.encoding, ascii(e.object), e.start, e.end, e.reason)


for data in [b'xn--!', b'abc!', b'abc-!', b'abc-k', b'abc-kv', b'abc-9', b'zzzzzzzzzzzzzzz', b'99999999', b'a-b-c-',
             b'\xffabc-kva', b'abc-kv\xffa', b'abc-a\xff', b'abc-!!k', b'-k', b'-5', b'bcher-kva!',
             b'x-9999z', b'x-zz99z', b'x-9999zaaaaaaa', b'x-9999zb9a', b'x-9999zkva']:
    for errors in ('strict', 'ignore', 'replace'):
        show('%r %s' % (data, errors), lambda: data.decode('punycode', errors))
    show('%r codecs.decode' % data, lambda: codecs.decode(data, 'punycode'))
    show('%r decoder' % data, lambda: codecs.getdecoder('punycode')(data))
for errors in ('backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'nonsense'):
    show('handler ' + errors, lambda: b'abc-kva'.decode('punycode', errors))
    show('codecs.decode handler ' + errors, lambda: codecs.decode(b'abc-kva', 'punycode', errors))
show('str with non-ASCII', lambda: codecs.decode('abc-kvä', 'punycode'))
show('int', lambda: codecs.decode(123, 'punycode'))
show('encode bytes', lambda: codecs.encode(b'abc', 'punycode'))
show('encode int', lambda: codecs.encode(123, 'punycode'))
show('decoder None', lambda: codecs.getdecoder('punycode')(b'abc', None))

# incremental and iterative decoding: each chunk stands alone
print(ascii(codecs.getincrementaldecoder('punycode')().decode(b'bcher-kva')),
      codecs.getincrementalencoder('punycode')().encode('büc'), codecs.getincrementalencoder('punycode')('x').encode('abc'))
show('incremental handler', lambda: codecs.getincrementaldecoder('punycode')('nonsense').decode(b'abc'))
print(ascii(list(codecs.iterdecode([b'bcher-kva', b'xyz'], 'punycode'))),
      list(codecs.iterencode(['bücher', 'x'], 'punycode')))

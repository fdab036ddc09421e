# bytes.decode and str.encode with CPython's encodings, error handlers,
# keywords, messages and exception attributes (patch 0032, port/codecs.c).
for b in [b'ab\xff', b'\xe2\x82x', b'\xe2\x82', b'\xe2x', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'a\xf0\x9f\x98', b'ok \xe2\x82\xac']:
    try: print(ascii(b.decode()))
    except UnicodeDecodeError as e: print(e, '|', e.encoding, e.start, e.end, e.reason, isinstance(e, ValueError))
    print(ascii(b.decode('utf-8','replace')), ascii(b.decode('utf-8','backslashreplace')), ascii(b.decode(errors='ignore')), ascii(b.decode('latin-1')))
for s in ['h\xe9llo', 'a\u20ac\u20acb', 'x\U0001f600', 'plain']:
    for enc in ['ascii','latin-1', 'utf-8', 'UTF8', 'utf_8_sig']:
        try: print(s.encode(enc))
        except UnicodeEncodeError as e: print(e, '|', e.start, e.end, e.reason)
    print(s.encode('ascii','replace'), s.encode('ascii','backslashreplace'), s.encode('ascii','xmlcharrefreplace'), s.encode('latin-1', errors='ignore'), s.encode(encoding='ascii', errors='replace'))
try: b'\xe9'.decode('ascii')
except UnicodeDecodeError as e: print(e)
try: 'x'.encode('foo')
except LookupError as e: print(type(e).__name__, e)
try: b'\xff'.decode('utf-8', 'bogus')
except LookupError as e: print(type(e).__name__, e)
print('x'.encode('utf-8','bogus'), b'x'.decode('ascii', 'bogus'))
print(b'\xef\xbb\xbfhi'.decode('utf-8-sig'), ascii(b'\xef\xbb\xbfhi'.decode('utf-8')), b'\xe9t\xe9'.decode('latin-1'), bytearray(b'abc').decode(), bytearray(b'a\xff').decode(errors='replace'))
try:
    b'\xff'.decode()
except UnicodeError as e:
    print('caught as UnicodeError', type(e).__name__)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
print(ascii(str(b"a\xff", "utf-8", "replace")), ascii(str(b"a\xff", errors="ignore")), str(b"x", "ascii"), ascii(str(b"\xe9", encoding="latin-1")))
try:
    str(5, "utf-8")
except TypeError:
    print("TypeError")

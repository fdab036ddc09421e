# plistlib: the exact XML and binary bytes CPython writes for every value
# type, reading both back (and files written elsewhere), UID, dict_type,
# sort_keys/skipkeys, and the errors.
import datetime
import os
import plistlib
import shutil
from collections import OrderedDict

TMP = '_tmp_plistlib'

value = {
    'name': 'Example & <Co>',
    'count': 42,
    'negative': -7,
    'big': 2 ** 63 + 5,
    'ratio': 0.1,
    'whole': 3.0,
    'yes': True,
    'no': False,
    'when': datetime.datetime(2024, 2, 29, 13, 45, 10),
    'blob': bytes(range(70)),
    'empty_blob': b'',
    'list': [1, 'two', [3.5, {}], ()],
    'nested': {'deep': {'deeper': ['x', 'x', 'x']}, 'unicode': 'h\xe9llo \u2603 \U0001F600'},
    'text\r\nlines': 'a\rb\r\nc',
}

print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.FMT_XML))
xml = plistlib.dumps(value)
print(xml.decode('utf-8'))
back = plistlib.loads(xml)
print(back == {k.replace('\r\n', '\n'): v for k, v in value.items()} or back)
print(sorted(back)[:3], back['list'], type(back['list'][3]).__name__)

binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(len(binary), binary[:8], binary[-32:])
print(binary.hex()[:200])
again = plistlib.loads(binary)
print(again['when'], again['big'], again['blob'][:5], again['nested']['unicode'] == value['nested']['unicode'])
print(plistlib.loads(binary, fmt=plistlib.FMT_BINARY)['list'])

print('-- small documents')
for v in ['just a string', 0, 255, 256, 65536, 2 ** 32, -1, 2 ** 64 - 1, [], {}, [True, None] if False else [True],
          b'x' * 20, 'a' * 14, 'a' * 15, 'a' * 300, '\xe9' * 20, 1.5, datetime.datetime(2001, 1, 1, 0, 0, 1),
          list(range(300)), {'k%03d' % i: i for i in range(20)}]:
    b = plistlib.dumps(v, fmt=plistlib.FMT_BINARY)
    x = plistlib.dumps(v)
    ok = plistlib.loads(b) == (list(v) if isinstance(v, tuple) else v) and plistlib.loads(x) == v
    print(repr(v)[:30], len(b), b[8:40].hex(), b[-26:].hex(), ok)
print(plistlib.dumps([[], {}, b'ab']).decode())
print(plistlib.dumps({'a': b'z' * 200}).decode())
print(plistlib.dumps([[[b'q' * 100]]]).decode())

print('-- UID')
u = plistlib.UID(7)
print(u, repr(u), u == plistlib.UID(7), u == 7, hash(u) == hash(7), u.data)
for n in (0, 255, 256, 70000, 2 ** 40):
    b = plistlib.dumps({'$uid': plistlib.UID(n)}, fmt=plistlib.FMT_BINARY)
    print(n, b[8:30].hex(), plistlib.loads(b))
for bad in (-1, 2 ** 64, 'x'):
    try:
        plistlib.UID(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    plistlib.dumps(u)
except TypeError as e:
    print('TypeError', e)

print('-- options')
d = {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}
print(plistlib.dumps(d, sort_keys=False).decode().split('<dict>')[1])
print(plistlib.dumps(d, fmt=plistlib.FMT_BINARY, sort_keys=False).hex())
print(plistlib.dumps({1: 'skip', 'kept': 'yes'}, skipkeys=True, sort_keys=False).decode().split('<plist version="1.0">')[1])
print(plistlib.dumps({2: 'skip'}, skipkeys=True).decode().split('<plist version="1.0">')[1])
print(plistlib.dumps({1: 'skip', 'kept': 'yes'}, skipkeys=True, sort_keys=False, fmt=plistlib.FMT_BINARY).hex())
od = plistlib.loads(plistlib.dumps(d), dict_type=OrderedDict)
print(type(od).__name__, type(od['c']).__name__, list(od))
print(type(plistlib.loads(plistlib.dumps(d, fmt=plistlib.FMT_BINARY), dict_type=OrderedDict)).__name__)

print('-- reading')
handmade = b'''<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>hex</key><integer>0x1F</integer>
  <key>spaced</key><integer> 12 </integer>
  <key>date</key><date>2020-05-06Z</date>
  <key>time</key><date>2020-05-06T07:08Z</date>
  <key>data</key><data>
    aGVs
    bG8=
  </data>
  <key>esc</key><string>&lt;&amp;&gt; &#233;</string>
  <key>empty</key><string/>
  <unknown>ignored</unknown>
</dict>
</plist>
'''
print(plistlib.loads(handmade))
print(plistlib.loads(b'<plist version="1.0"><array><true/><real>1e3</real></array></plist>'))
print(plistlib.loads(b'\xef\xbb\xbf<?xml version="1.0"?><plist><string>bom</string></plist>'))
print(plistlib.loads('<?xml version="1.0" encoding="UTF-16"?><plist><string>wide</string></plist>'.encode('utf-16')))

print('-- errors')
for bad in [b'not a plist', b'', b'bplist00' + b'\x00' * 10, b'bplist00garbage' + b'\x00' * 40,
            b'<plist><dict><key>a</key></dict></plist>',
            b'<plist>\n<dict>\n<key>a</key>\n<key>b</key>\n</dict></plist>',
            b'<plist>\n<array>\n<key>a</key>\n</array></plist>',
            b'<plist>\n<dict>\n<string>no key</string>\n</dict></plist>',
            b'<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY e "x">]>\n<plist><string>&e;</string></plist>']:
    try:
        print(plistlib.loads(bad))
    except (ValueError, plistlib.InvalidFileException) as e:
        print(type(e).__name__, e)
print(issubclass(plistlib.InvalidFileException, ValueError), str(plistlib.InvalidFileException()))
for v, fmt in [(None, plistlib.FMT_XML), (None, plistlib.FMT_BINARY), ({1: 2}, plistlib.FMT_XML),
               ({1: 2}, plistlib.FMT_BINARY), (2 ** 64, plistlib.FMT_XML), (2 ** 64, plistlib.FMT_BINARY),
               (-2 ** 63 - 1, plistlib.FMT_BINARY), ('bell\x07', plistlib.FMT_XML), (object, plistlib.FMT_BINARY)]:
    try:
        plistlib.dumps(v, fmt=fmt)
        print('no error for', v)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, str(e).replace('plistlib.', ''))
print(plistlib.loads(plistlib.dumps(None, fmt=plistlib.FMT_BINARY)) if False else 'None dumps refused above')
try:
    plistlib.dumps(1, fmt='bogus')
except ValueError as e:
    print('ValueError', e)

print('-- files')
os.mkdir(TMP)
try:
    p = os.path.join(TMP, 'Info.plist')
    with open(p, 'wb') as f:
        plistlib.dump({'CFBundleName': 'App', 'Version': [1, 2]}, f)
    with open(p, 'rb') as f:
        print(plistlib.load(f))
    with open(p, 'wb') as f:
        plistlib.dump({'CFBundleName': 'App'}, f, fmt=plistlib.FMT_BINARY)
    with open(p, 'rb') as f:
        print(plistlib.load(f), os.path.getsize(p))
finally:
    shutil.rmtree(TMP)

# encodings.<codec> modules (charset_normalizer imports them by name and
# takes their IncrementalDecoder): getregentry, the classes, Codec or
# encode/decode, the code page tables, and ModuleNotFoundError for a name
# that is no codec module
import codecs
import importlib
import sys
import encodings.cp1252
import encodings.utf_8
import encodings.latin_1

m = encodings.cp1252
print(m.__name__, m.__package__, 'encodings.cp1252' in sys.modules, 'encodings.cp850' in sys.modules)
info = m.getregentry()
print(isinstance(info, codecs.CodecInfo), info.name, info.name == codecs.lookup('windows-1252').name)
dec = m.IncrementalDecoder(errors='ignore')
print(repr(dec.decode(b'\x80\x81\x93hi\x94')), issubclass(m.IncrementalDecoder, codecs.IncrementalDecoder))
print(m.IncrementalEncoder().encode('\u20ac caf\xe9'), issubclass(m.Codec, codecs.Codec))
print(m.Codec().decode(b'caf\xe9'), m.Codec().encode('caf\xe9'))
print(len(m.decoding_table), repr(m.decoding_table[0x81]), repr(m.decoding_table[0x80]), repr(m.decoding_table[0x41]))
print(encodings.utf_8.decode(b'\xc3\xa9!'), encodings.utf_8.encode('\xe9'), encodings.utf_8.getregentry().name)
u = encodings.utf_8.IncrementalDecoder()
print(repr(u.decode(b'\xc3')), repr(u.decode(b'\xa9x')))
print(encodings.latin_1.getregentry().name, encodings.latin_1.Codec().decode(b'\xff'))
print(importlib.import_module('encodings.latin_1') is encodings.latin_1)

# CPython's module names; each module's common names
common = ['Codec', 'IncrementalDecoder', 'IncrementalEncoder', 'StreamReader', 'StreamWriter', 'codecs',
          'decode', 'decoding_map', 'decoding_table', 'encode', 'encoding_map', 'encoding_table', 'getregentry']
for name in ['cp437', 'cp850', 'cp1251', 'iso8859_2', 'iso8859_15', 'koi8_r', 'koi8_u', 'mac_roman',
             'mac_cyrillic', 'utf_16', 'utf_16_le', 'utf_32_be', 'utf_8_sig', 'ascii', 'hex_codec',
             'base64_codec', 'rot_13', 'unicode_escape', 'raw_unicode_escape', 'idna', 'punycode']:
    mod = importlib.import_module('encodings.' + name)
    entry = mod.getregentry()
    print(name, entry.name, [n for n in common if hasattr(mod, n)])
    d = entry.incrementaldecoder()
    if hasattr(mod, 'decoding_table'):
        print('   ', repr(d.decode(b'A\xe9\xf0', True)), mod.Codec().encode('A' + mod.decoding_table[0xe9]))
print(encodings.cp437.decoding_map[0x80], encodings.cp437.encoding_map[0xc7], encodings.cp437.decoding_table[0xb0])
print(encodings.hex_codec.hex_encode(b'\x01\xab'), encodings.base64_codec.base64_decode(b'aGk=\n'))
from encodings import koi8_r, mac_greek
print(koi8_r.Codec().decode(b'\xc1\xc2'), mac_greek.getregentry().name, koi8_r is sys.modules['encodings.koi8_r'])
print(encodings.utf_16.decode(b'\xff\xfeh\x00i\x00'), encodings.utf_16_le.encode('hi'))

# no such module: the interpreter's own error
for name in ['nosuch', 'utf8', 'latin1', 'windows_1252']:
    try:
        importlib.import_module('encodings.' + name)
    except ModuleNotFoundError as exc:
        print(type(exc).__name__, exc, exc.name)
try:
    import encodings.no_such_codec
except ImportError as exc:
    print(type(exc).__name__, exc, exc.name)
print('encodings.nosuch' in sys.modules)

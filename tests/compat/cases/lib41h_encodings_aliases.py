# encodings.aliases (charset_normalizer, and others, read the table) and
# the encodings package's helpers
import encodings
from encodings.aliases import aliases
print(len(aliases), aliases['latin1'], aliases['u8'], aliases['ms932'], aliases['ansi'], 'utf_8' in aliases)
print(sorted(set(aliases.values()))[:12])
print(sorted(k for k, v in aliases.items() if v == 'cp1252'), sorted(k for k, v in aliases.items() if v == 'shift_jis'))
print(repr(encodings.normalize_encoding('  Latin-1 .x  ')), repr(encodings.normalize_encoding(b'utf 8')))
print(encodings.search_function('latin1').name, encodings.search_function('no-such-codec'))
print(issubclass(encodings.CodecRegistryError, LookupError))

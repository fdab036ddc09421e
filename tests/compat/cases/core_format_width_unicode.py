# Widths and precisions in str formatting count characters, not UTF-8 bytes
# (patch 0081): %-formatting, str.format and f-strings with non-ASCII text,
# centring, precision cutting between characters, %r, and bytes formatting
# (which counts bytes) for contrast. Also zlib's streams for empty input.
import zlib

rows = [('naïve', 3), ('日本語', 12), ('émoji 😀', 7), ('plain', 100)]
for name, n in rows:
    print('|%-10s|%8s|%5d|' % (name, name, n))
    print('|{:<10}|{:>8}|{:^9}|'.format(name, name, name))
    print(f'|{name:*^12}|{name:.3}|{name:>6.2}|')
print('%.2s|%-4.1s|%5.3r|' % ('héllo', 'ü', 'ab'))
print('{!r:>10}|{:.1}|'.format('é', '日本'))
print(b'%-6s|%4s|' % ('é'.encode(), b'ab'))
print(format('ß', '>4'), format('ß', '<4') + '|', 'ß'.center(5, '-'))
for wbits in (15, -15, 31):
    empty = zlib.compress(b'', 6, wbits)
    print(wbits, empty.hex(), zlib.decompress(empty, wbits))

# '%c' and '{:c}' of any code point (patch 0086): the character as UTF-8,
# widths counted in characters, CPython's errors; bytes keep a single byte.
print(repr('%c' % 0xe9), repr('{:c}'.format(0xe9)), repr(f'{0x20ac:c}'), repr('%c' % 'é'), repr('%3c|%-3c|' % (0x1f600, 'ü')), repr(b'%c' % 200), repr('{:>4c}'.format(0xe9)), repr('{:*^5c}'.format(0x4e2d)))
for v in (0x110000, -1, 'ab', 2.5):
    try:
        print('%c' % v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    '{:c}'.format(0x110000)
except Exception as e:
    print(type(e).__name__, e)
print(''.join('%c' % c for c in range(0x3b1, 0x3c1)))

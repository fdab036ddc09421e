# unicodedata over the whole code space: a sha256 per form of the NFC, NFD,
# NFKC and NFKD of every BMP char on its own and of each 256-char block as one
# string, and of category, bidirectional, east_asian_width, combining,
# mirrored, decomposition, decimal, digit and numeric of every BMP char and
# of every 13th (planes 1, 2, 3, 14) or 101st char of the other planes. Any
# wrong table entry changes a hash.
import hashlib
import unicodedata


def chars(code_points):
    """The chars as one str, made through UTF-8: on pywasm that costs less
    than chr() for many different chars."""
    out = bytearray()
    for cp in code_points:
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes((0xC0 | cp >> 6, 0x80 | cp & 0x3F))
        elif cp < 0x10000:
            out += bytes((0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F))
        else:
            out += bytes((0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F,
                          0x80 | cp & 0x3F))
    return out.decode('utf-8')


def digest(parts):
    text = '\x01'.join(parts)
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16]


def byte_digest(values):
    return hashlib.sha256(bytes(values)).hexdigest()[:16]


NOT_SURROGATE = [cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
BMP = chars(NOT_SURROGATE)
# Every BMP char but NUL with a NUL after it: a NUL is a starter that composes
# with nothing, so normalizing this string normalizes each char on its own.
SEPARATED = chars([x for cp in NOT_SURROGATE[1:] for x in (cp, 0)])

for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    each = ['\x00']
    for i in range(0, len(SEPARATED), 512):
        each += unicodedata.normalize(form, SEPARATED[i:i + 512]).split('\x00')[:-1]
    assert len(each) == len(BMP)
    changed = sum(1 for i in range(len(BMP)) if len(each[i]) != 1 or each[i] != BMP[i:i + 1])
    blocks = [unicodedata.normalize(form, BMP[i:i + 256]) for i in range(0, len(BMP), 256)]
    print(form, 'chars', digest(each), 'changed', changed, 'blocks', digest(blocks),
          'length', sum(len(b) for b in blocks))


def summary(sample):
    singles = [sample[i:i + 1] for i in range(len(sample))]
    categories = [unicodedata.category(c) for c in singles]
    counts = {}
    for cat in categories:
        counts[cat] = counts.get(cat, 0) + 1
    numbers = [(i, value) for i, value in enumerate([unicodedata.numeric(c, None) for c in singles])
               if value is not None]
    return [
        'category', digest(categories),
        'bidirectional', digest([unicodedata.bidirectional(c) for c in singles]),
        'east_asian_width', digest([unicodedata.east_asian_width(c) for c in singles]),
        'combining', byte_digest([unicodedata.combining(c) for c in singles]),
        'mirrored', byte_digest([unicodedata.mirrored(c) for c in singles]),
        'decomposition', digest([unicodedata.decomposition(c) for c in singles]),
        'decimal', byte_digest([unicodedata.decimal(c, 99) for c in singles]),
        'digit', byte_digest([unicodedata.digit(c, 99) for c in singles]),
        'numeric', len(numbers), digest([repr(n) for n in numbers]),
        sorted(counts.items()),
    ]


print('BMP', *summary(BMP))
print('surrogates', *summary(''.join([chr(cp) for cp in range(0xD800, 0xE000, 37)])))
for plane in range(1, 17):
    base = plane << 16
    # Planes 4 to 13 hold no char in Unicode 14; 15 and 16 are private use.
    step = 13 if plane in (1, 2, 3, 14) else 101
    print('plane', plane, *summary(chars(range(base + plane % step, base + 0x10000, step))))

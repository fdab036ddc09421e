# unicodedata.normalize and is_normalized: the slug and ASCII file name
# recipes on real-world strings, NFC comparison of user text, every char of
# Latin-1, Latin Extended-A/B, Greek, a Hangul sample and the compatibility
# blocks (ligatures, fullwidth, superscripts, circled numbers, ...) in all
# four forms, canonical reordering, composition exclusions, singletons,
# Hangul jamo, and the error messages.
import hashlib
import re
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def slugify(value):
    # Django's recipe
    value = unicodedata.normalize('NFKD', value).encode('ascii', 'ignore').decode('ascii')
    value = re.sub(r'[^\w\s-]', '', value.lower())
    return re.sub(r'[-\s]+', '-', value).strip('-_')


def ascii_name(value):
    return unicodedata.normalize('NFKD', value).encode('ascii', 'ignore')


TITLES = [
    'Crème Brûlée — Ça marche!', 'Ångström & Ørsted: naïve café', 'Straße in München',
    'Łódź, Kraków i Gdańsk', 'Tiếng Việt có dấu', 'İstanbul’da ılık bir gün',
    'ﬁnal ﬂow ﬀ ﬃ', 'Release ½ → ¾ (™ & ©)', 'Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ１２３', '① ② ⑳ ㉑ ⓐ',
    'x² + y³ = z⁴ ₁₂', 'Ⅻ chapters, ⅷ notes', 'Ἀθῆναι καὶ Σπάρτη', 'Москва — Ёлка',
    '東京 2024 ｶﾀｶﾅ', '한국어 텍스트', 'emoji 🎉 party 👍🏽', '  leading -- and trailing  ',
    'µs and Ω and K', 'ǅemal ǈ ǋ', 'Ŀ ŉ ſ ﬅ', 'ª º ¹ ¼',
]
for title in TITLES:
    print(repr(slugify(title)), ascii_name(title))

# NFC comparison of user text typed in different ways
typed = ['cafe\u0301', 'caf\u00e9', 'Cafe\u0301'.lower(), 'CAFÉ'.lower()]
print([unicodedata.normalize('NFC', t) == 'café' for t in typed])
print([unicodedata.is_normalized(f, 'cafe\u0301') for f in FORMS])
print([unicodedata.is_normalized(f, 'caf\u00e9') for f in FORMS])
print([unicodedata.is_normalized(f, 'ﬁ') for f in FORMS])
print([unicodedata.is_normalized(f, '') for f in FORMS], unicodedata.normalize('NFC', '') == '')
print([unicodedata.is_normalized(f, 'plain ascii') for f in FORMS])

RANGES = [
    ('Latin-1 Supplement', 0x00A0, 0x0100), ('Latin Extended-A', 0x0100, 0x0180),
    ('Latin Extended-B', 0x0180, 0x0250), ('Combining marks', 0x0300, 0x0370),
    ('Greek', 0x0370, 0x0400), ('Cyrillic', 0x0400, 0x0500),
    ('Devanagari', 0x0900, 0x0980), ('Hangul jamo', 0x1100, 0x1200),
    ('Latin Extended Additional', 0x1E00, 0x1F00), ('Greek Extended', 0x1F00, 0x2000),
    ('General Punctuation', 0x2000, 0x2070), ('Superscripts and Subscripts', 0x2070, 0x20A0),
    ('Letterlike', 0x2100, 0x2150), ('Number Forms', 0x2150, 0x2190),
    ('Enclosed Alphanumerics', 0x2460, 0x2500), ('Kana', 0x3040, 0x3100),
    ('Enclosed CJK', 0x3200, 0x3300), ('CJK Compatibility', 0x3300, 0x3400),
    ('Hangul syllables sample', 0xAC00, 0xAD00), ('Hangul syllables end', 0xD700, 0xD7A4),
    ('CJK Compatibility Ideographs', 0xF900, 0xFB00), ('Ligatures', 0xFB00, 0xFB50),
    ('Arabic Presentation Forms-A', 0xFB50, 0xFE00), ('Vertical and small forms', 0xFE10, 0xFE70),
    ('Arabic Presentation Forms-B', 0xFE70, 0xFF00), ('Fullwidth and halfwidth forms', 0xFF00, 0xFFF0),
    ('Mathematical Alphanumerics', 0x1D400, 0x1D800), ('Enclosed Alphanumeric Supplement', 0x1F100, 0x1F200),
    ('CJK Compatibility Supplement', 0x2F800, 0x2FA20),
]
for label, lo, hi in RANGES:
    chars = [chr(cp) for cp in range(lo, hi)]
    line = [label]
    for form in FORMS:
        out = [unicodedata.normalize(form, c) for c in chars]
        changed = [i for i in range(len(chars)) if out[i] != chars[i]]
        digest = hashlib.sha256('|'.join(out).encode('utf-8', 'surrogatepass')).hexdigest()[:12]
        whole = unicodedata.normalize(form, ''.join(chars))
        whole_digest = hashlib.sha256(whole.encode('utf-8', 'surrogatepass')).hexdigest()[:12]
        # two concrete examples: the first and the last char the form changes
        examples = [(hex(lo + i), ascii(out[i])) for i in changed[:1] + changed[-1:]]
        line.append('%s %d %s %s %d %s' % (form, len(changed), digest, whole_digest, len(whole), examples))
        checks = [unicodedata.is_normalized(form, c) == (out[i] == c) for i, c in enumerate(chars)]
        assert all(checks), (label, form)
    print(' | '.join(line))

SEQUENCES = [
    'a\u0301\u0323', 'a\u0323\u0301', 'q\u0307\u0323', '\u1e0b\u0323', '\u1e0d\u0307',
    'e\u0302\u0323\u0301', 'A\u030a\u0328', '\u212b', '\u2126', '\u0958', '\u2adc',
    '\u0f73', '\u0f75', '\u0f81', '\u0344', '\u0340\u0341', '\u1e9b\u0323',
    '\u0b47\u0b3e', '\u0b47\u0300\u0b3e', '\u1100\u1161\u11a8', '\u1100\u1161', '\uac00\u11a8',
    '\uac01\u11a8', '\u1100\u1100\u1161\u1161', '\u11a8\u1161', '\uac00\u0300\u11a8',
    'a\u0308\u0301\u0302\u0303\u0304\u0305\u0306', 'o\u031b\u0323\u0302', '\u05d0\u05b8\u05b0\u05b1',
    '\u0301a', '\u0301', 'a\u0301b\u0301', '\u00e0\u0323', '\u00c5\u0327\u0301', 'A\u0300\u0300',
    '\u3099\u304b', '\u304b\u3099', '\u30a6\u3099', '\uff76\uff9e', '\U0001d15e\U0001d165',
    '\U000110a5\U000110ba', '\U00011131\U00011127', 'ﬀ\u0301', '\u00bd\u0301', 'ǆ\u030c',
    '\ufdfa', '\u3300', '\u33ff', '\ufb2c', '\u0390', '\u1fee', '\u1fd3',
    'a\ud800\u0301', '\ud800', 'x\U0010ffff\u0301',
]
for seq in SEQUENCES:
    print(ascii(seq), [ascii(unicodedata.normalize(f, seq)) for f in FORMS],
          [unicodedata.is_normalized(f, seq) for f in FORMS])


class Text(str):
    pass


print(type(unicodedata.normalize('NFC', Text('abc'))).__name__ in ('str', 'Text'),
      unicodedata.normalize('NFD', Text('é')) == 'e\u0301')

for args in [('NFC', b'x'), ('NFX', 'x'), (b'NFC', 'x'), ('nfc', 'x'), (1, 'x'),
             ('NFC', None), ('NFKD', 5), (' NFC', 'x'), ('NFC', ['x'])]:
    for func in (unicodedata.normalize, unicodedata.is_normalized):
        try:
            print(func.__name__, repr(func(*args)))
        except (TypeError, ValueError) as e:
            print(func.__name__, type(e).__name__, e)

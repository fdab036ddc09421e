"""RFC 2047 encoded words ('=?utf-8?q?...?=') for the email package: the q
and b encodings and their lengths (which pick the shorter one, as CPython
does), encode() for the default policy's folder, decode_header() of the
legacy API (bytes and charset pairs, unencoded text collapsed with
spaces) and decode_text(), which turns a header's encoded words back into
text. Scanning is done by hand: an encoded word is '=?', a charset without
'?', '?', q or b, '?', the shortest text up to '?='."""
import binascii

_Q_SAFE = b'-!*+/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
_HEX = '0123456789ABCDEF'


def q_encode(data):
    out = []
    for c in data:
        if c == 32:
            out.append('_')
        elif c in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append('=' + _HEX[c >> 4] + _HEX[c & 15])
    return ''.join(out)


def q_len(data):
    n = 0
    for c in data:
        n += 1 if c == 32 or c in _Q_SAFE else 3
    return n


def b_len(data):
    return (len(data) + 2) // 3 * 4


def b_encode(data):
    return binascii.b2a_base64(data)[:-1].decode('ascii')


def q_decode(text):
    """The bytes of a q-encoded word's text ('_' is a space)."""
    data = text.replace('_', ' ').encode('ascii', 'replace') if not isinstance(text, bytes) else text
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 61 and i + 2 < n + 0 and _ishex(data[i + 1:i + 3]):
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _ishex(two):
    return len(two) == 2 and all(c in b'0123456789abcdefABCDEF' for c in two)


def b_decode(text):
    pad = len(text) % 4
    if pad:
        text += '==='[:4 - pad]
    return binascii.a2b_base64(text.encode('ascii'))


def encode(string, charset='utf-8', encoding=None, lang=''):
    """One encoded word for string; q unless b is shorter by 5 or more."""
    data = string.encode(charset)
    if encoding is None:
        encoding = 'q' if q_len(data) - b_len(data) < 5 else 'b'
    text = q_encode(data) if encoding == 'q' else b_encode(data)
    if lang:
        lang = '*' + lang
    return '=?%s%s?%s?%s?=' % (charset, lang, encoding, text)


def find_words(line):
    """Split line into unencoded text and encoded words: a list whose items
    are str (text) or (charset, encoding, encoded) tuples."""
    out = []
    pos = 0
    start = line.find('=?')
    while start >= 0:
        q = line.find('?', start + 2)
        if q < 0:
            break
        if line[q + 1:q + 2] in ('q', 'Q', 'b', 'B') and line[q + 1:q + 2] and line[q + 2:q + 3] == '?':
            end = line.find('?=', q + 3)
            if end < 0:
                break
            out.append(line[pos:start])
            out.append((line[start + 2:q], line[q + 1].lower(), line[q + 3:end]))
            pos = end + 2
            start = line.find('=?', pos)
        else:
            start = line.find('=?', start + 1)
    out.append(line[pos:])
    return out


def has_words(text):
    return any(isinstance(w, tuple) for w in find_words(text))


def _codec(charset):
    cs = charset.split('*')[0].lower()
    return cs or 'us-ascii'


def word_bytes(encoding, encoded):
    return q_decode(encoded) if encoding == 'q' else b_decode(encoded)


def decode_word(charset, encoding, encoded):
    data = word_bytes(encoding, encoded)
    cs = _codec(charset)
    try:
        return data.decode(cs, 'replace')
    except LookupError:
        return data.decode('ascii', 'replace')


def decode(ew):
    """CPython's _encoded_words.decode: (text, charset, lang, defects)."""
    _, charset, enc, text, _ = ew.split('?')
    lang = ''
    if '*' in charset:
        charset, lang = charset.split('*', 1)
    return decode_word(charset, enc.lower(), text), charset, lang, []


def decode_text(value):
    """The text of a header value with its encoded words decoded; white
    space between two encoded words goes."""
    parts = find_words(value)
    out = []
    for i, p in enumerate(parts):
        if isinstance(p, tuple):
            out.append(decode_word(*p))
        elif p.strip() == '' and p and 0 < i < len(parts) - 1:
            continue
        else:
            out.append(p)
    return ''.join(out)


def decode_header(header):
    """email.header.decode_header for a str value."""
    if not has_words(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        first = True
        for p in find_words(line):
            if isinstance(p, tuple):
                words.append((p[2], p[1], p[0].lower()))
                continue
            if first:
                p = p.lstrip()
                first = False
            if p:
                words.append((p, None, None))
    # white space between two encoded words is not part of the text
    keep = []
    for n, w in enumerate(words):
        if (w[1] is None and w[0].isspace() and 0 < n < len(words) - 1
                and words[n - 1][1] and words[n + 1][1]):
            continue
        keep.append(w)
    out = []
    last_word = last_cs = None
    for text, enc, cs in keep:
        if enc is None:
            word = text.encode('latin-1', 'replace')
        else:
            try:
                word = word_bytes(enc, text)
            except (ValueError, binascii.Error):
                from email.errors import HeaderParseError
                raise HeaderParseError('Base64 decoding error')
        if last_word is None:
            last_word, last_cs = word, cs
        elif cs != last_cs:
            out.append((last_word, last_cs))
            last_word, last_cs = word, cs
        elif last_cs is None:
            last_word += b' ' + word
        else:
            last_word += word
    out.append((last_word, last_cs))
    return out

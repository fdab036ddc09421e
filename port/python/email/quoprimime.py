"""email.quoprimime: quoted-printable as the email package writes it in
headers (header_encode, header_length, header_decode) and bodies
(body_encode with soft breaks at 76 columns, decode)."""
import re
from email._encoded_words import q_encode, q_len
from email._mimecodec import qp_body_encode

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring', 'header_decode',
           'header_encode', 'header_length', 'quote', 'unquote']


def header_length(bytearray):
    return q_len(bytearray)


def body_length(bytearray):
    n = 0
    for c in bytearray:
        n += 1 if (32 <= c < 127 and c != 61) or c == 9 else 3
    return n


def header_check(octet):
    return q_len(bytes([octet])) != 1 or octet == 32


def body_check(octet):
    return body_length(bytes([octet])) != 1


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    return '=?%s?q?%s?=' % (charset, q_encode(header_bytes))


def body_encode(body, maxlinelen=76, eol='\n'):
    return qp_body_encode(body, maxlinelen, eol)


def decode(encoded, eol='\n'):
    if not encoded:
        return encoded
    out = []
    lines = encoded.splitlines()
    for line in lines:
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        i, n = 0, len(line)
        piece = []
        soft = False
        while i < n:
            c = line[i]
            if c != '=':
                piece.append(c)
                i += 1
            elif i + 1 == n:
                soft = True
                i += 1
            elif i + 2 < n + 1 and line[i + 1] in '0123456789abcdefABCDEF' and line[i + 2:i + 3] and \
                    line[i + 2] in '0123456789abcdefABCDEF':
                piece.append(unquote(line[i:i + 3]))
                i += 3
            else:
                piece.append(c)
                i += 1
        out.append(''.join(piece))
        if not soft:
            out.append(eol)
    text = ''.join(out)
    if not encoded.endswith(('\r', '\n')) and text.endswith(eol):
        text = text[:-len(eol)]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s)

"""email.base64mime: base64 for headers (header_encode, header_length) and
bodies (body_encode in 76-column lines, decode) as the legacy API uses it."""
import binascii
from email._mimecodec import b64_body_encode, b64_decode_lenient

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode', 'header_length']


def header_length(bytearray):
    groups, left = divmod(len(bytearray), 3)
    return groups * 4 + (4 if left else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, binascii.b2a_base64(header_bytes)[:-1].decode('ascii'))


def body_encode(s, maxlinelen=76, eol='\n'):
    return b64_body_encode(s, maxlinelen, eol)


def decode(string):
    if not string:
        return bytes()
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape' if False else 'ascii')
    return binascii.a2b_base64(string)


body_decode = decode
decodestring = decode

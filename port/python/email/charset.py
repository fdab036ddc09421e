"""email.charset: what the email package does with a character set in
headers and bodies (CPython 3.11's table: utf-8 headers take the shorter of
q and b and bodies base64, the iso-8859 family and windows-1252
quoted-printable, us-ascii nothing), Charset with header_encode,
header_encode_lines (used by email.header to fold), body_encode and
get_body_encoding, and add_charset/add_alias/add_codec. Charsets whose
codec pywasm lacks (the CJK ones) raise LookupError when text is encoded."""
import binascii

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3

RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

CHARSETS = {
    'iso-8859-1': (QP, QP, None), 'iso-8859-2': (QP, QP, None), 'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None), 'iso-8859-9': (QP, QP, None), 'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None), 'iso-8859-14': (QP, QP, None), 'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None), 'windows-1252': (QP, QP, None), 'viscii': (QP, QP, None),
    'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None), 'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'), 'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None), 'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {'ascii': 'us-ascii', 'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr'}
for _n, _c in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14), (9, 15), (10, 16)):
    ALIASES['latin_%d' % _n] = ALIASES['latin-%d' % _n] = 'iso-8859-%d' % _c

CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    return string.encode(codec)


def _q_header(data, charset):
    from email._encoded_words import q_encode
    if not data:
        return ''
    return '=?%s?q?%s?=' % (charset, q_encode(data))


def _b_header(data, charset):
    if not data:
        return ''
    return '=?%s?b?%s?=' % (charset, binascii.b2a_base64(data)[:-1].decode('ascii'))


def _qp_body(text):
    from email._mimecodec import qp_body_encode
    return qp_body_encode(text)


def _b64_body(data):
    from email._mimecodec import b64_body_encode
    return b64_body_encode(data)


class Charset:
    def __init__(self, input_charset=DEFAULT_CHARSET):
        if not isinstance(input_charset, str):
            input_charset = str(input_charset, 'ascii')
        if any(ord(c) > 127 for c in input_charset):
            from email.errors import CharsetError
            raise CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __hash__(self):
        return hash(str(self))

    def get_body_encoding(self):
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        from email.encoders import encode_7or8bit
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _pick(self, data):
        """The header encoder for data: q, b or None."""
        if self.header_encoding == BASE64:
            return 'b'
        if self.header_encoding == QP:
            return 'q'
        if self.header_encoding == SHORTEST:
            from email._encoded_words import q_len, b_len
            return 'b' if b_len(data) < q_len(data) else 'q'
        return None

    def header_encode(self, string):
        codec = self.output_codec or 'us-ascii'
        data = _encode(string, codec)
        how = self._pick(data)
        if how is None:
            return string
        return (_q_header if how == 'q' else _b_header)(data, codec)

    def header_encode_lines(self, string, maxlengths):
        """Encoded words for string, each as long as the next of maxlengths
        allows (the longest prefix that fits, a character at a time)."""
        from email._encoded_words import q_len, b_len
        codec = self.output_codec or 'us-ascii'
        how = self._pick(_encode(string, codec))
        measure = q_len if how == 'q' else b_len
        make = _q_header if how == 'q' else _b_header
        outcs = self.get_output_charset()
        extra = len(outcs) + RFC2047_CHROME_LEN
        lines = []
        start = 0
        maxlen = next(maxlengths) - extra
        i = 0
        n = len(string)
        while i < n:
            if measure(_encode(string[start:i + 1], outcs)) > maxlen:
                if not lines and i == start:
                    lines.append(None)
                else:
                    lines.append(make(_encode(string[start:i], codec), codec))
                start = i
                maxlen = next(maxlengths) - extra
            i += 1
        lines.append(make(_encode(string[start:], codec), codec))
        return lines

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding is BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _b64_body(string)
        if self.body_encoding is QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _qp_body(string.decode('latin-1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string

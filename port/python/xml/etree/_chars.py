"""Character tables and helpers shared by the XML scanner modules
(_parser, _markup, _tags, _dtd)."""

XML_NS = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

# expat's error strings, by error code.
MESSAGES = {
    2: 'syntax error', 3: 'no element found', 4: 'not well-formed (invalid token)', 5: 'unclosed token',
    6: 'partial character', 7: 'mismatched tag', 8: 'duplicate attribute', 9: 'junk after document element',
    10: 'illegal parameter entity reference', 11: 'undefined entity', 12: 'recursive entity reference',
    14: 'reference to invalid character number', 15: 'reference to binary entity',
    16: 'reference to external entity in attribute', 17: 'XML or text declaration not at start of entity',
    19: 'encoding specified in XML declaration is incorrect', 20: 'unclosed CDATA section',
    21: 'error in processing external entity reference',
    27: 'unbound prefix', 28: 'must not undeclare prefix', 30: 'XML declaration not well-formed',
    36: 'parsing finished',
    38: 'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    39: 'reserved prefix (xmlns) must not be declared or undeclared',
    40: 'prefix must not be bound to one of the reserved namespace names',
}
_PREDEFINED = {b'amp': '&', b'lt': '<', b'gt': '>', b'quot': '"', b'apos': "'"}

# Byte classes: a name character is < 3.
NMSTRT, NMCHAR, COLON, WS, OTHER = 1, 2, 3, 4, 5
_CLASS = None


def classes():
    global _CLASS
    if _CLASS is None:
        t = bytearray(bytes([OTHER]) * 256)
        for c in range(256):
            if 65 <= c <= 90 or 97 <= c <= 122 or c == 95 or c >= 128:
                t[c] = NMSTRT
            elif 48 <= c <= 57 or c == 45 or c == 46:
                t[c] = NMCHAR
        t[58] = COLON
        for c in b' \t\r\n':
            t[c] = WS
        _CLASS = bytes(t)
    return _CLASS


_HEX = frozenset(b'0123456789abcdefABCDEF')
_DIGITS = frozenset(b'0123456789')


class _Incomplete(Exception):
    # A construct runs into the end of the data fed so far. args: the
    # error (code, offset) to report if no more data comes, when it is not
    # 'unclosed token' at the start of the construct.
    pass


def valid_char(code):
    return (code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def newlines(b):
    # expat reads CR LF and a lone CR as LF.
    if b'\r' in b:
        b = b.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    return b

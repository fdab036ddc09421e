"""quopri: quoted-printable (RFC 1521) as CPython 3.11 does it through its
binascii.b2a_qp/a2b_qp: encodestring, decodestring, encode, decode (file
objects), with quotetabs= and header= (space as '_'). The output is
CPython's to the byte, its quirks included: whitespace at the end of a line
is escaped after the line was measured (so such a line may reach 78
characters), a lone '.' starting a line is escaped, and '\\r\\n' line ends
are kept when the first line ends with one. b2a_qp and a2b_qp are here too
(binascii's are missing in MicroPython)."""

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_HEXDIGITS = b'0123456789abcdefABCDEF'


def _hex(c):
    return b'=' + HEX[c >> 4:(c >> 4) + 1] + HEX[c & 15:(c & 15) + 1]


def _as_bytes(data):
    if isinstance(data, str):
        return data.encode('ascii')
    return bytes(data)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = bytes(data)
    n = len(data)
    nl = data.find(b'\n')
    crlf = nl > 0 and data[nl - 1] == 13
    soft = b'=\r\n' if crlf else b'=\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        nxt = -1 if last else data[i + 1]
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and (last or nxt in (10, 13, 0)))
                or (not istext and c in (10, 13))
                or (c in (9, 32) and last)
                or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32)))):
            if linelen + 3 >= MAXLINESIZE:
                out += soft
                linelen = 0
            out += _hex(c)
            linelen += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            # whitespace left at the end of the line is escaped now, after
            # the line was measured without the two extra characters
            if out and out[-1] in (9, 32):
                ws = out[-1]
                out[-1:] = _hex(ws)
            out += b'\r\n' if crlf else b'\n'
            i += 2 if c == 13 else 1
        else:
            if not last and nxt != 10 and linelen + 1 >= MAXLINESIZE:
                out += soft
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    data = _as_bytes(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                # a soft line break: skip to the end of the line
                while i < n and data[i] != 10:
                    i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def needsquoting(c, quotetabs, header):
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    return _hex(ord(c))


def ishex(c):
    return c in b'0123456789abcdefABCDEF'


def unhex(s):
    return int(s, 16)


def encodestring(s, quotetabs=False, header=False):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def encode(input, output, quotetabs, header=False):
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def decode(input, output, header=False):
    output.write(a2b_qp(input.read(), header=header))

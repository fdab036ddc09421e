"""Body transfer encodings of the email package: quoted-printable as
email.quoprimime writes it (76-column lines ending in a soft '=', an
escape never split, white space at a line's end escaped: not quopri's
rules) and base64 in 76-column lines, with their decoders for
get_payload(decode=True)."""
import binascii

_SAFE = set(range(32, 127)) - {61}
_SAFE.add(9)
_HEX = '0123456789ABCDEF'


def _quote(c):
    n = ord(c)
    return '=' + _HEX[n >> 4] + _HEX[n & 15]


def qp_body_encode(body, maxlinelen=76, eol='\n'):
    """Quoted-printable of body, a str whose characters stand for bytes
    (latin-1), lines ending in eol."""
    if maxlinelen < 4:
        raise ValueError('maxlinelen must be at least 4')
    if not body:
        return body
    enc = []
    for c in body:
        n = ord(c)
        enc.append(c if n in _SAFE or c in '\r\n' else _quote(c))
    body = ''.join(enc)
    soft = '=' + eol
    width = maxlinelen - 1
    out = []
    for line in body.splitlines():
        start = 0
        last_start = len(line) - 1 - maxlinelen
        while start <= last_start:
            stop = start + width
            # cut before an escape rather than through it; the '=' the
            # piece then ends with is its soft break
            if line[stop - 2] == '=':
                out.append(line[start:stop - 1])
                start = stop - 2
            elif line[stop - 1] == '=':
                out.append(line[start:stop])
                start = stop - 1
            else:
                out.append(line[start:stop] + '=')
                start = stop
        if line and line[-1] in ' \t':
            room = start - last_start
            if room >= 3:
                tail = _quote(line[-1])
            elif room == 2:
                tail = line[-1] + soft
            else:
                tail = soft + _quote(line[-1])
            out.append(line[start:-1] + tail)
        else:
            out.append(line[start:])
    if body[-1] in '\r\n':
        out.append('')
    return eol.join(out)


def b64_body_encode(data, maxlinelen=76, eol='\n'):
    """base64 of data in lines of maxlinelen // 4 * 3 bytes, each ending
    in eol."""
    if not data:
        return ''
    if isinstance(data, str):
        data = data.encode('latin-1')
    step = maxlinelen * 3 // 4
    out = []
    for i in range(0, len(data), step):
        line = binascii.b2a_base64(data[i:i + step]).decode('ascii')
        if eol != '\n':
            line = line[:-1] + eol
        out.append(line)
    return ''.join(out)


def b64_decode_lenient(data):
    """base64 decoding that skips what is not base64 and mends padding,
    as get_payload(decode=True) does."""
    clean = bytes(c for c in data if c in b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
    extra = len(clean) % 4
    if extra == 1:
        clean = clean[:-1]
        extra = 0
    if extra:
        clean += b'=' * (4 - extra)
    return binascii.a2b_base64(clean)

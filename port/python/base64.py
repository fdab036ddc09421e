"""base64: standard, URL-safe, base32 (and base32hex), base16, base85 and
Ascii85 encodings, with CPython's validate/altchars/casefold options;
encodebytes/decodebytes."""
import binascii

Error = binascii.Error


def _b(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeError:
            raise ValueError('string argument should contain only ASCII characters')
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % type(s).__name__) from None


def b64encode(s, altchars=None):
    r = binascii.b2a_base64(bytes(s))[:-1]
    if altchars is not None:
        r = r.replace(b'+', altchars[:1]).replace(b'/', altchars[1:2])
    return r


def b64decode(s, altchars=None, validate=False):
    # As CPython: characters outside the alphabet are skipped unless
    # validate (binascii's strict mode, which also checks the padding), and
    # whatever follows a complete pad is ignored.
    s = _b(s)
    if altchars is not None:
        altchars = _b(altchars)
        a, b = altchars[:1], altchars[1:2]
        if a in b'+/' or b in b'+/':
            # One mapping at once, as CPython's translate: a chain of
            # replace() would turn a swapped pair into one character.
            t = {a[0]: 43, b[0]: 47}
            s = bytes(t.get(c, c) for c in s)
        else:
            s = s.replace(a, b'+').replace(b, b'/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_b(s).replace(b'-', b'+').replace(b'_', b'/'))


def encodebytes(s):
    s = bytes(s)
    return b''.join(binascii.b2a_base64(s[i:i + 57]) for i in range(0, len(s), 57))


def decodebytes(s):
    return binascii.a2b_base64(bytes(s))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32H = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32e(s, alpha):
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = s[i:i + 5]
        n = int.from_bytes(c + bytes(5 - len(c)), 'big')
        chunk = bytes(alpha[(n >> (35 - 5 * j)) & 31] for j in range(8))
        k = (len(c) * 8 + 4) // 5
        out += chunk[:k] + b'=' * (8 - k)
    return bytes(out)


def _b32d(s, alpha, casefold, map01):
    s = _b(s)
    if map01 is not None:
        s = s.replace(b'0', b'O').replace(b'1', _b(map01))
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(s), 8):
        c = s[i:i + 8]
        st = c.rstrip(b'=')
        pad = len(c) - len(st)
        if pad not in (0, 1, 3, 4, 6):
            raise Error('Incorrect padding')
        n = 0
        for ch in st:
            v = alpha.find(bytes([ch]))
            if v < 0:
                raise Error('Non-base32 digit found')
            n = n << 5 | v
        n <<= 5 * pad
        out += n.to_bytes(5, 'big')[:{0: 5, 1: 4, 3: 3, 4: 2, 6: 1}[pad]]
    return bytes(out)


def b32encode(s):
    return _b32e(s, _B32)


def b32decode(s, casefold=False, map01=None):
    return _b32d(s, _B32, casefold, map01)


def b32hexencode(s):
    return _b32e(s, _B32H)


def b32hexdecode(s, casefold=False):
    return _b32d(s, _B32H, casefold, None)


def b16encode(s):
    return binascii.hexlify(bytes(s)).upper()


def b16decode(s, casefold=False):
    s = _b(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'


def _85e(s, alpha, pad, zfold, yfold=False):
    s = bytes(s)
    p = -len(s) % 4
    s += bytes(p)
    out = bytearray()
    last = len(s) - 4
    for i in range(0, len(s), 4):
        n = int.from_bytes(s[i:i + 4], 'big')
        # a padded last word is written in full, then cut: never as 'z'
        if zfold and n == 0 and (i < last or pad or not p):
            out += b'z'
            continue
        if yfold and n == 0x20202020:
            out += b'y'
            continue
        w = bytearray(5)
        for j in range(4, -1, -1):
            n, w[j] = divmod(n, 85)
        out += bytes(alpha[x] for x in w)
    if p and not pad:
        out = out[:-p]
    return bytes(out)


def _85d(s, alpha, zfold):
    s = _b(s)
    if zfold:
        s = s.replace(b'z', alpha[:1] * 5)
    p = -len(s) % 5
    s += alpha[-1:] * p
    out = bytearray()
    for i in range(0, len(s), 5):
        n = 0
        for k, c in enumerate(s[i:i + 5]):
            v = alpha.find(bytes([c]))
            if v < 0:
                raise ValueError('bad base85 character at position %d' % (i + k))
            n = n * 85 + v
        if n > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    return bytes(out[:len(out) - p])


def b85encode(b, pad=False):
    return _85e(b, _B85, pad, False)


def b85decode(b):
    return _85d(b, _B85, False)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    out = _85e(b, _A85, pad, True, foldspaces)
    if adobe:
        out = b'<~' + out
    if wrapcol:
        # CPython's layout: lines of wrapcol, the '~>' never past it
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + wrapcol] for i in range(0, len(out), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += b'~>'
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _b(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'uuuu':  # 'u' (84) pads the last group
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                n = 0
                for v in group:
                    n = n * 85 + v
                if n > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += n.to_bytes(4, 'big')
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    cut = 4 - len(group)
    return bytes(out[:-cut] if cut else out)


def encode(inp, out):
    out.write(encodebytes(inp.read()))


def decode(inp, out):
    out.write(decodebytes(inp.read()))


def main():
    """`python -m base64 [-h|-d|-e|-u|-t] [file|-]`, as python3: encode (the
    default) or decode a file or stdin to stdout; -t checks a round trip."""
    import sys
    usage = 'usage: python -m base64 [-h|-d|-e|-u|-t] [file|-]\n' \
        '        -h: print this help message and exit\n' \
        '        -d, -u: decode\n        -e: encode (default)\n' \
        "        -t: encode and decode string 'Aladdin:open sesame'"
    args = sys.argv[1:]
    action = encode
    while args and args[0].startswith('-') and args[0] != '-':
        flags = args.pop(0)
        if flags == '--':
            break
        for flag in flags[1:]:
            if flag in 'du':
                action = decode
            elif flag == 'e':
                action = encode
            elif flag == 'h':
                print(usage)
                return
            elif flag == 't':
                plain = b'Aladdin:open sesame'
                coded = encodebytes(plain)
                for value in (plain, coded, decodebytes(coded)):
                    print(repr(value))
                return
            else:
                print('option -%s not recognized\n%s' % (flag, usage), file=sys.stderr)
                sys.exit(2)
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            action(f, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()

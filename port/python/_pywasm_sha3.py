"""SHA-3 and SHAKE (FIPS 202) in Python for hashlib, loaded on first use:
sha3_224, sha3_256, sha3_384, sha3_512 (HASH objects) and shake_128,
shake_256 (HASHXOF: digest(length)), with CPython 3.11's names, sizes and
error texts.

Keccak-f[1600] works on the whole 1600-bit state as one integer, lane
(x, y) at bit 64 * (x + 5 * y), as int.from_bytes(state, 'little') lays it
out: MicroPython's small ints hold 31 bits, so a 64-bit lane is a big int
anyway, and one operation on the whole state costs about twice what one
on a lane does (~0.3 us against ~0.14: the bytecode costs more than the
digits), not 25 times. Per round: theta folds
the five rows with shifts and spreads D back with three; rho rotates
every lane by its offset in six masked steps (one per bit of the offset);
pi reorders the lanes as bytes (to_bytes, 21 slices, from_bytes); chi
takes each row's neighbours with two masked shifts. About 0.5 ms per
permutation on the wasm engine: 120 (sha3_512) to 330 (shake_128) KB/s,
about 250 KB/s for sha3_256."""
from hashlib import _buffer as _data  # bytes of a bytes-like object, CPython's errors

_W = (1 << 64) - 1
_ALL = (1 << 1600) - 1


def _lanes(f):
    # The 1600-bit value whose lane i is f(i).
    v = 0
    for i in range(25):
        v |= f(i) << (64 * i)
    return v


def _offsets():
    # FIPS 202 3.2.2: rho's offsets, walked from (1, 0) by (x, y) -> (y, 2x + 3y).
    r = [0] * 25
    x, y = 1, 0
    for t in range(24):
        r[x + 5 * y] = (t + 1) * (t + 2) // 2 % 64
        x, y = y, (2 * x + 3 * y) % 5
    return r


def _round_constants():
    # FIPS 202 3.2.5: rc(t) from the LFSR x^8 + x^6 + x^5 + x^4 + 1;
    # round i's constant has bit 2^j - 1 = rc(j + 7i).
    bits, r = [], 1
    for _ in range(168):
        bits.append(r & 1)
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    out = []
    for i in range(24):
        c = 0
        for j in range(7):
            c |= bits[7 * i + j] << ((1 << j) - 1)
        out.append(c)
    return tuple(out)


def _rho_masks(rot):
    # For bit k of the offsets: lanes kept as they are, and where the lanes
    # rotated by 2^k put their bits shifted left and wrapped round.
    out = []
    for k in range(6):
        s = 1 << k
        out.append(_lanes(lambda i: 0 if rot[i] >> k & 1 else _W))
        out.append(_lanes(lambda i: (_W << s) & _W if rot[i] >> k & 1 else 0))
        out.append(_lanes(lambda i: (1 << s) - 1 if rot[i] >> k & 1 else 0))
    return tuple(out)


_RC = _round_constants()
_RHO = _rho_masks(_offsets())
_M320 = (1 << 320) - 1
_BIT0 = _lanes(lambda i: 1 if i < 5 else 0)  # bit 0 of the lanes of row 0
_NBIT0 = _M320 ^ _BIT0
_X03 = _lanes(lambda i: _W if i % 5 < 4 else 0)  # lanes x = 0..3 of every row
_X02 = _lanes(lambda i: _W if i % 5 < 3 else 0)


def _keccak(S):
    """Keccak-f[1600] of the state S (an int below 2**1600)."""
    M320, NB0, B0, X03, X4, X02, X34, ALL = _M320, _NBIT0, _BIT0, _X03, _ALL ^ _X03, _X02, _ALL ^ _X02, _ALL
    K0, H0, L0, K1, H1, L1, K2, H2, L2, K3, H3, L3, K4, H4, L4, K5, H5, L5 = _RHO
    for rc in _RC:
        # theta: C[x] = xor of column x, D[x] = C[x-1] ^ rot(C[x+1], 1).
        T = S ^ (S >> 640)
        T ^= T >> 320
        C = (T ^ (S >> 1280)) & M320
        C |= C << 320
        D = ((C >> 256) & M320) ^ ((C >> 63) & NB0) ^ ((C >> 127) & B0)
        C = D | (D << 320)
        S ^= C | (C << 640) | (D << 1280)
        # rho
        S = (S & K0) | ((S << 1) & H0) | ((S >> 63) & L0)
        S = (S & K1) | ((S << 2) & H1) | ((S >> 62) & L1)
        S = (S & K2) | ((S << 4) & H2) | ((S >> 60) & L2)
        S = (S & K3) | ((S << 8) & H3) | ((S >> 56) & L3)
        S = (S & K4) | ((S << 16) & H4) | ((S >> 48) & L4)
        S = (S & K5) | ((S << 32) & H5) | ((S >> 32) & L5)
        # pi: lane (x, y) takes lane ((x + 3y) % 5, x): lanes 0, 6, 12, 18,
        # 24, 3, 9, 10, 16, 22, 1, 7, 13, 19, 20, 4, 5, 11, 17, 23, 2, 8, 14,
        # 15, 21 in that order (runs of two adjacent lanes sliced at once).
        B = S.to_bytes(200, 'little')
        S = int.from_bytes(b''.join((
            B[0:8], B[48:56], B[96:104], B[144:152], B[192:200], B[24:32], B[72:88],
            B[128:136], B[176:184], B[8:16], B[56:64], B[104:112], B[152:168], B[32:48],
            B[88:96], B[136:144], B[184:192], B[16:24], B[64:72], B[112:128], B[168:176])), 'little')
        # chi and iota: A[x] ^= ~A[x+1] & A[x+2] within each row.
        T = ((S >> 64) & X03) | ((S << 256) & X4)
        C = ((S >> 128) & X02) | ((S << 192) & X34)
        S ^= ((T ^ ALL) & C) ^ rc
    return S


_SIZES = {'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104),
          'sha3_512': (64, 72), 'shake_128': (0, 168), 'shake_256': (0, 136)}


class HASH:
    _pad = 0x06

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._s = 0
        self._buf = b''
        data = _data(data)
        if data:
            self.update(data)

    def update(self, data):
        data = _data(data)
        r = self.block_size
        buf = self._buf
        i = 0
        if buf:
            i = r - len(buf)
            if len(data) < i:
                self._buf = buf + data
                return
            self._s = _keccak(self._s ^ int.from_bytes(buf + data[:i], 'little'))
        n = len(data)
        if n - i >= r:
            s, f = self._s, _keccak
            end = n - (n - i) % r
            while i < end:
                s = f(s ^ int.from_bytes(data[i:i + r], 'little'))
                i += r
            self._s = s
        self._buf = data[i:]

    def _final(self):
        # The state after the padded last block (pad10*1 after the domain
        # bits: 01 for SHA-3, 1111 for SHAKE); self is left as it was.
        buf, r = self._buf, self.block_size
        return _keccak(self._s ^ int.from_bytes(buf, 'little') ^ (self._pad << (8 * len(buf)))
                       ^ (0x80 << (8 * r - 8)))

    def digest(self):
        return _keccak_bytes(self._final(), self.digest_size, self.block_size)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        c = object.__new__(type(self))
        c.name, c.digest_size, c.block_size = self.name, self.digest_size, self.block_size
        c._s, c._buf = self._s, self._buf
        return c


def _keccak_bytes(s, n, r):
    # Squeeze n bytes from the state s at rate r.
    out = []
    while True:
        b = s.to_bytes(200, 'little')
        if n <= r:
            out.append(b[:n])
            return b''.join(out)
        out.append(b[:r])
        n -= r
        s = _keccak(s)


_NOARG = object()


def _length(length, name):
    if length is _NOARG:
        raise TypeError("%s() missing required argument 'length' (pos 1)" % name)
    if not isinstance(length, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(length).__name__)
    if not -(1 << 63) <= length < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    return length


class HASHXOF(HASH):
    _pad = 0x1f

    def digest(self, length=_NOARG):
        if _length(length, 'digest') < 0:
            raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
        return _keccak_bytes(self._final(), length, self.block_size) if length else b''

    def hexdigest(self, length=_NOARG):
        if _length(length, 'hexdigest') < 0:
            raise MemoryError()
        return self.digest(length).hex() if length else ''  # MicroPython's b''.hex() is b''


def new(name, data=b''):
    return (HASHXOF if name.startswith('shake') else HASH)(name, data)


def _make(name, args, kw):
    # The constructors' arguments as CPython 3.11's (OpenSSL's) take them:
    # (string=b'', *, usedforsecurity=True).
    fn = 'openssl_' + name
    if len(args) > 1:
        raise TypeError('%s() takes at most 1 positional argument (%d given)' % (fn, len(args)))
    data = args[0] if args else b''
    for k in kw:
        if k == 'string':
            if args:
                raise TypeError("argument for %s() given by name ('string') and position (1)" % fn)
            data = kw[k]
        elif k != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fn))
    return new(name, data)


def sha3_224(*args, **kw):
    return _make('sha3_224', args, kw)


def sha3_256(*args, **kw):
    return _make('sha3_256', args, kw)


def sha3_384(*args, **kw):
    return _make('sha3_384', args, kw)


def sha3_512(*args, **kw):
    return _make('sha3_512', args, kw)


def shake_128(*args, **kw):
    return _make('shake_128', args, kw)


def shake_256(*args, **kw):
    return _make('shake_256', args, kw)

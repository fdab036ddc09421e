"""SHA-224, SHA-384 and SHA-512 (FIPS 180-4) in Python, for hashlib: the
interpreter has sha256, md5 and sha1 in C only. Slow (big-integer
arithmetic: roughly 100 KB per second), meant for checksums of small files
and strings. The round constants and initial values are derived here from
the primes, as the standard defines them, rather than tabulated."""


def _primes(n):
    ps, k = [], 2
    while len(ps) < n:
        if all(k % p for p in ps if p * p <= k):
            ps.append(k)
        k += 1
    return ps


def _iroot(x, r):
    # floor(x ** (1/r)) for a big integer x, by Newton's method.
    y = 1 << ((len('%x' % x) * 4 + r - 1) // r)  # above the root; no int.bit_length here
    while True:
        z = ((r - 1) * y + x // y ** (r - 1)) // r
        if z >= y:
            return y
        y = z


def _frac_bits(p, r, bits):
    # The first `bits` bits of the fractional part of p ** (1/r).
    return _iroot(p << (bits * r), r) & ((1 << bits) - 1)


_CONST = {}


def _constants(w):
    # w: word size in bits (32 or 64). Returns (K, IV for 224/256 or 384/512).
    c = _CONST.get(w)
    if c is None:
        ps = _primes(80)
        rounds = 64 if w == 32 else 80
        k = [_frac_bits(p, 3, w) for p in ps[:rounds]]
        c = _CONST[w] = (k, [_frac_bits(p, 2, 64) for p in ps[:16]])
    return c


class _SHA2:
    def __init__(self, name, data=b''):
        self.name = name
        w = 32 if name == 'sha224' else 64
        self._w = w
        self._mask = (1 << w) - 1
        self.block_size = 64 if w == 32 else 128
        self.digest_size = {'sha224': 28, 'sha384': 48, 'sha512': 64}[name]
        k, roots = _constants(w)
        self._k = k
        if name == 'sha512':
            self._h = roots[:8]
        elif name == 'sha384':
            self._h = roots[8:16]
        else:
            # SHA-224: the low 32 bits of SHA-384's initial values.
            self._h = [v & 0xffffffff for v in roots[8:16]]
        self._buf = b''
        self._len = 0
        if data:
            self.update(data)

    def _rot(self, x, n):
        return ((x >> n) | (x << (self._w - n))) & self._mask

    def _block(self, b):
        w, m, rot = self._w, self._mask, self._rot
        nb = w // 8
        x = [int.from_bytes(b[i:i + nb], 'big') for i in range(0, len(b), nb)]
        if w == 32:
            s0, s1, l0, l1 = (7, 18, 3), (17, 19, 10), (2, 13, 22), (6, 11, 25)
        else:
            s0, s1, l0, l1 = (1, 8, 7), (19, 61, 6), (28, 34, 39), (14, 18, 41)
        for t in range(16, len(self._k)):
            a, c = x[t - 15], x[t - 2]
            x.append((x[t - 16] + (rot(a, s0[0]) ^ rot(a, s0[1]) ^ (a >> s0[2])) + x[t - 7]
                      + (rot(c, s1[0]) ^ rot(c, s1[1]) ^ (c >> s1[2]))) & m)
        a, b_, c, d, e, f, g, h = self._h
        for t in range(len(self._k)):
            t1 = (h + (rot(e, l1[0]) ^ rot(e, l1[1]) ^ rot(e, l1[2])) + ((e & f) ^ (~e & g)) + self._k[t] + x[t]) & m
            t2 = ((rot(a, l0[0]) ^ rot(a, l0[1]) ^ rot(a, l0[2])) + ((a & b_) ^ (a & c) ^ (b_ & c))) & m
            a, b_, c, d, e, f, g, h = (t1 + t2) & m, a, b_, c, (d + t1) & m, e, f, g
        self._h = [(v + u) & m for v, u in zip(self._h, (a, b_, c, d, e, f, g, h))]

    def update(self, data):
        from hashlib import _buffer
        data = _buffer(data)
        self._len += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        for i in range(0, n, bs):
            self._block(buf[i:i + bs])
        self._buf = buf[n:]

    def copy(self):
        c = _SHA2(self.name)
        c._h, c._buf, c._len = list(self._h), self._buf, self._len
        return c

    def digest(self):
        # Pads a copy, so more updates may follow, as in CPython.
        c = self.copy()
        bs = self.block_size
        lf = 8 if bs == 64 else 16
        pad = b'\x80' + b'\x00' * ((bs - lf - 1 - len(c._buf)) % bs) + (c._len * 8).to_bytes(lf, 'big')
        buf = c._buf + pad
        for i in range(0, len(buf), bs):
            c._block(buf[i:i + bs])
        nb = c._w // 8
        return b''.join(v.to_bytes(nb, 'big') for v in c._h)[:self.digest_size]

    def hexdigest(self):
        return ''.join('%02x' % v for v in self.digest())

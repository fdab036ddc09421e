"""BLAKE2b and BLAKE2s (RFC 7693) in Python for hashlib, loaded on first
use: the classes blake2b and blake2s with CPython 3.11's constructor
(digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
node_depth, inner_size, last_node, usedforsecurity), constants and error
texts.

The compression function runs the four G functions of a step at once:
each row of the 4x4 work vector is one integer holding its four words in
slots of twice the word size (MicroPython's small ints hold 31 bits, so
the words are big ints anyway and one operation on four costs about what
one on one does). A slot has room for a word and a copy of it, so x * K,
K = 1 + 2**w, puts the copy above every word at once and a rotation right
by n is ((x * K) >> n) masked; sums carry into the slot's spare bits and
a mask drops them. For the diagonal step rows a and c are turned one and
three slots by shifts, and b two slots inside its last rotation (a
multiplier with a copy of the whole row); d stays. The message words,
shifted once per block to each slot, are or-ed into place per round.
About 0.17 ms per 128-byte block of blake2b and 0.11 ms per 64-byte
block of blake2s on the wasm engine (0.7 and 0.55 MB/s)."""
from hashlib import _buffer as _data  # bytes of a bytes-like object, CPython's errors
try:
    from ustruct import unpack as _unpack
except ImportError:
    from struct import unpack as _unpack

_IV = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
       0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)

_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0))


class _Variant:
    # Everything blake2b or blake2s needs per block, computed once.
    def __init__(self, w, rounds, rot, fmt):
        self.w, self.fmt = w, fmt
        self.s = s = 2 * w
        one = (1 << w) - 1
        self.mask = self.vec((one,) * 4)
        self.k = 1 + (1 << w)
        self.kb = self.k * (1 + (1 << (4 * s)))  # the copy, and the row's copy above it
        self.rot = rot
        self.iv = _IV if w == 64 else tuple(x >> 32 for x in _IV)
        self.ivc = self.vec(self.iv[:4])
        self.ivd = self.iv[4:]
        # Message words per round: the column step's x and y words, then the
        # diagonal step's, whose slot j computes G(j + 1) (a is one slot on).
        order = []
        for r in range(rounds):
            q = _SIGMA[r % 10]
            order.append((q[0], q[2], q[4], q[6], q[1], q[3], q[5], q[7],
                          q[10], q[12], q[14], q[8], q[11], q[13], q[15], q[9]))
        self.order = tuple(order)

    def vec(self, words):
        v = 0
        for j, x in enumerate(words):
            v |= x << (self.s * j)
        return v

    def words(self, v):
        m = (1 << self.w) - 1
        return [(v >> (self.s * j)) & m for j in range(4)]


def _compress(p, h, block, t, f0, f1):
    """h (two rows of the state) after the block (bytes) with counter t and
    flags f0, f1 (0 or all ones)."""
    w0 = _unpack(p.fmt, block)
    s = p.s
    s2, s3 = 2 * s, 3 * s
    w1 = [x << s for x in w0]
    w2 = [x << s2 for x in w0]
    w3 = [x << s3 for x in w0]
    M, K, KB = p.mask, p.k, p.kb
    n1, n2, n3, n4 = p.rot
    nb = n4 + s2
    S1, S3 = (1 << s) - 1, (1 << s3) - 1
    a, b = h
    c = p.ivc
    iv = p.ivd
    wd = p.w
    d = p.vec((iv[0] ^ (t & ((1 << wd) - 1)), iv[1] ^ (t >> wd), iv[2] ^ f0, iv[3] ^ f1))
    for i0, i1, i2, i3, j0, j1, j2, j3, k0, k1, k2, k3, l0, l1, l2, l3 in p.order:
        # Columns.
        a = (a + b + (w0[i0] | w1[i1] | w2[i2] | w3[i3])) & M
        d = (((d ^ a) * K) >> n1) & M
        c = (c + d) & M
        b = (((b ^ c) * K) >> n2) & M
        a = (a + b + (w0[j0] | w1[j1] | w2[j2] | w3[j3])) & M
        d = (((d ^ a) * K) >> n3) & M
        c = (c + d) & M
        b = (((b ^ c) * KB) >> nb) & M  # and turned two slots
        a = (a >> s) | ((a & S1) << s3)
        c = (c >> s3) | ((c & S3) << s)
        # Diagonals.
        a = (a + b + (w0[k0] | w1[k1] | w2[k2] | w3[k3])) & M
        d = (((d ^ a) * K) >> n1) & M
        c = (c + d) & M
        b = (((b ^ c) * K) >> n2) & M
        a = (a + b + (w0[l0] | w1[l1] | w2[l2] | w3[l3])) & M
        d = (((d ^ a) * K) >> n3) & M
        c = (c + d) & M
        b = (((b ^ c) * KB) >> nb) & M
        a = (a >> s3) | ((a & S3) << s)
        c = (c >> s) | ((c & S1) << s3)
    return h[0] ^ a ^ c, h[1] ^ b ^ d


_B = _S = None


def _cint(v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not -(1 << 31) <= v < (1 << 31):
        raise OverflowError('Python int too large to convert to C int')
    return v


def _unsigned(v, big):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    if v < 0:
        raise ValueError('value must be positive')
    if v >> 64:
        raise OverflowError(big)
    return v


def _bytes_arg(v):
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    if not isinstance(v, str):
        try:
            return bytes(memoryview(v))
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)


_KEYWORDS = ('digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size',
             'node_offset', 'node_depth', 'inner_size', 'last_node', 'usedforsecurity')


class _Blake2:
    def __init__(self, *args, **kw):
        name = self.name
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)' % (name, len(args)))
        for k in kw:
            if k not in _KEYWORDS:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        # Conversions first, in the order of the signature, then the checks
        # of the values, in CPython's order.
        g = kw.get
        size = _cint(g('digest_size', self.MAX_DIGEST_SIZE))
        key = _bytes_arg(g('key', b''))
        salt = _bytes_arg(g('salt', b''))
        person = _bytes_arg(g('person', b''))
        fanout = _cint(g('fanout', 1))
        depth = _cint(g('depth', 1))
        leaf = _unsigned(g('leaf_size', 0), 'Python int too large to convert to C unsigned long')
        offset = _unsigned(g('node_offset', 0), 'int too big to convert')
        node_depth = _cint(g('node_depth', 0))
        inner = _cint(g('inner_size', 0))
        last = bool(g('last_node', False))
        bool(g('usedforsecurity', True))
        mx = self.MAX_DIGEST_SIZE
        if not 1 <= size <= mx:
            raise ValueError('digest_size must be between 1 and %d bytes' % mx)
        if len(salt) > self.SALT_SIZE:
            raise ValueError('maximum salt length is %d bytes' % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError('maximum person length is %d bytes' % self.PERSON_SIZE)
        if not 0 <= fanout <= 255:
            raise ValueError('fanout must be between 0 and 255')
        if not 1 <= depth <= 255:
            raise ValueError('depth must be between 1 and 255')
        if leaf > 0xffffffff:
            raise OverflowError('leaf_size is too large')
        if mx == 32 and offset > 0xffffffffffff:
            raise OverflowError('node_offset is too large')
        if not 0 <= node_depth <= 255:
            raise ValueError('node_depth must be between 0 and 255')
        if not 0 <= inner <= mx:
            raise ValueError('inner_size must be between 0 and is %d' % mx)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError('maximum key length is %d bytes' % self.MAX_KEY_SIZE)
        data = _data(args[0]) if args else b''
        # The parameter block (RFC 7693 2.5; BLAKE2 paper 2.8 for the tree
        # fields): digest and key lengths, fanout, depth, leaf length, node
        # offset (6 bytes in blake2s), node depth, inner length, then salt
        # and personalization, each zero-padded, in the block's second half.
        half = mx
        if mx == 64:
            head = (bytes((size, len(key), fanout, depth)) + leaf.to_bytes(4, 'little')
                    + offset.to_bytes(8, 'little') + bytes((node_depth, inner)))
        else:
            head = (bytes((size, len(key), fanout, depth)) + leaf.to_bytes(4, 'little')
                    + offset.to_bytes(6, 'little') + bytes((node_depth, inner)))
        param = (head + bytes(half // 2 - len(head)) + salt + bytes(self.SALT_SIZE - len(salt))
                 + person + bytes(self.PERSON_SIZE - len(person)))
        p = self._variant()
        iv = p.iv
        words = _unpack(p.fmt[:-3] + '8' + p.fmt[-1:], param)
        self._h = (p.vec([iv[i] ^ words[i] for i in range(4)]), p.vec([iv[i] ^ words[i] for i in range(4, 8)]))
        self.digest_size = size
        self._last = last
        self._t = 0
        self._buf = key + bytes(self.block_size - len(key)) if key else b''
        if data:
            self.update(data)

    def update(self, data):
        # The last block is compressed with the final flag, so a full block
        # waits in the buffer until more data comes.
        data = _data(data)
        bs = self.block_size
        buf = self._buf
        if len(buf) + len(data) <= bs:
            self._buf = buf + data
            return
        p, h, t = self._variant(), self._h, self._t
        i = 0
        if buf:
            i = bs - len(buf)
            t += bs
            h = _compress(p, h, buf + data[:i], t, 0, 0)
        n = len(data)
        while n - i > bs:
            t += bs
            h = _compress(p, h, data[i:i + bs], t, 0, 0)
            i += bs
        self._h, self._t, self._buf = h, t, data[i:]

    def digest(self):
        p = self._variant()
        buf, bs = self._buf, self.block_size
        one = (1 << p.w) - 1
        h = _compress(p, self._h, buf + bytes(bs - len(buf)), self._t + len(buf), one, one if self._last else 0)
        nb = p.w // 8
        out = b''.join(x.to_bytes(nb, 'little') for x in p.words(h[0]) + p.words(h[1]))
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        c = object.__new__(type(self))
        c.digest_size, c._last, c._h, c._t, c._buf = self.digest_size, self._last, self._h, self._t, self._buf
        return c


class blake2b(_Blake2):
    name = 'blake2b'
    block_size = 128
    SALT_SIZE = PERSON_SIZE = 16
    MAX_KEY_SIZE = MAX_DIGEST_SIZE = 64

    @staticmethod
    def _variant():
        global _B
        if _B is None:
            _B = _Variant(64, 12, (32, 24, 16, 63), '<16Q')
        return _B


class blake2s(_Blake2):
    name = 'blake2s'
    block_size = 64
    SALT_SIZE = PERSON_SIZE = 8
    MAX_KEY_SIZE = MAX_DIGEST_SIZE = 32

    @staticmethod
    def _variant():
        global _S
        if _S is None:
            _S = _Variant(32, 10, (16, 12, 8, 7), '<16I')
        return _S

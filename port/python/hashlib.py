"""hashlib: md5, sha1, sha224 and sha256 in C (the port's _pywasm_hashes),
sha384 and sha512 in Python (_pywasm_sha2, loaded on first use; slow, for
small inputs), behind CPython's interface: update, digest and hexdigest
(repeatable, more updates may follow), copy, name, digest_size,
block_size, new(), file_digest(), pbkdf2_hmac(). Other algorithms raise
NotImplementedError (ValueError for unknown names, as CPython)."""
import binascii as _b
import _pywasm_hashes as _p

_C = {'md5': (_p.md5, 16), 'sha1': (_p.sha1, 20), 'sha224': (_p.sha224, 28), 'sha256': (_p.sha256, 32)}
_PY = ('sha384', 'sha512')
algorithms_guaranteed = algorithms_available = set(_C) | set(_PY)
_MISSING = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s',
            'shake_128', 'shake_256', 'sha512_224', 'sha512_256')


class _Hash:
    block_size = 64

    def __init__(self, name, data=b'', _obj=None):
        f, self.digest_size = _C[name]
        self.name = name
        self._o = _obj if _obj is not None else f()
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        self._o.update(data)

    def digest(self):
        return self._o.digest()

    def hexdigest(self):
        return _b.hexlify(self._o.digest()).decode()

    def copy(self):
        return _Hash(self.name, _obj=self._o.copy())


def new(name, data=b'', **kw):
    n = name.lower().replace('-', '_')
    if n in _C and _C[n][0]:
        return _Hash(n, data)
    if n in _PY:
        import _pywasm_sha2
        return _pywasm_sha2._SHA2(n, data)
    if n in _MISSING:
        raise NotImplementedError('hashlib.%s is not built into pywasm' % n)
    raise ValueError('unsupported hash type ' + name)


def sha256(data=b'', **kw):
    return new('sha256', data)


def sha224(data=b'', **kw):
    return new('sha224', data)


def md5(data=b'', **kw):
    return new('md5', data)


def sha1(data=b'', **kw):
    return new('sha1', data)


def _missing(n):
    return lambda data=b'', **kw: new(n, data)


for _n in _MISSING + _PY:
    globals()[_n] = _missing(_n)


def file_digest(f, digest):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        b = f.read(65536)
        if not b:
            return h
        h.update(b)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over the named digest: each block is the
    xor of `iterations` chained HMACs, whose keyed inner and outer states
    are made once and copied for every step."""
    if not isinstance(hash_name, str):
        raise TypeError('pbkdf2_hmac() argument 1 must be str, not %s' % type(hash_name).__name__)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is not None and dklen < 1:
        raise ValueError('key length must be greater than 0.')
    password, salt = bytes(password), bytes(salt)
    inner, outer = new(hash_name), new(hash_name)
    size = inner.block_size
    if len(password) > size:
        password = new(hash_name, password).digest()
    password = password + bytes(size - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5c for x in password))

    def prf(msg):
        i, o = inner.copy(), outer.copy()
        i.update(msg)
        o.update(i.digest())
        return o.digest()
    dklen = dklen or outer.digest_size
    out = b''
    block = 1
    while len(out) < dklen:
        u = prf(salt + block.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return out[:dklen]

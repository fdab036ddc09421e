"""hashlib: md5, sha1, sha224 and sha256 in C (the port's _pywasm_hashes);
in Python, each module loaded on first use (importing hashlib loads none
of them): sha384 and sha512 (_pywasm_sha2, 100-170 KB/s); sha3_224,
sha3_256, sha3_384, sha3_512, shake_128 and shake_256 (_pywasm_sha3,
120-330 KB/s by rate); the classes blake2b and blake2s with key, salt,
person and the tree parameters (_pywasm_blake2, about 0.7 and 0.55 MB/s);
sha512_224 and sha512_256 through new() only, as in CPython
(_pywasm_sha512t). CPython's interface and error texts: update, digest
and hexdigest (repeatable, more updates may follow; shake's take a
length), copy, name, digest_size, block_size, new() with CPython's names
exactly and OpenSSL's in any case ('SHA3-256', 'shake128', 'blake2b512'),
file_digest(), pbkdf2_hmac(), algorithms_guaranteed (CPython's set) and
algorithms_available. Unknown names raise ValueError, as CPython's;
OpenSSL's extras (ripemd160, sm3, md5-sha1) are not there. The module's
__getattr__ makes hashlib.blake2b, hashlib.sha3_256 and the others on
first use."""
import binascii as _b
import _pywasm_hashes as _p

_C = {'md5': (_p.md5, 16), 'sha1': (_p.sha1, 20), 'sha224': (_p.sha224, 28), 'sha256': (_p.sha256, 32)}
_SHA3 = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256')
algorithms_guaranteed = set(_C) | set(_SHA3) | {'sha384', 'sha512', 'blake2b', 'blake2s'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}
# Names new() takes as CPython's does: its own exactly, and OpenSSL's in any case.
_PY = set(_C) | set(_SHA3) | {'sha384', 'sha512', 'sha512_224', 'sha512_256', 'SHA512_224', 'SHA512_256'}
_OSSL = {'md5': 'md5', 'ssl3-md5': 'md5', 'sha1': 'sha1', 'sha-1': 'sha1', 'ssl3-sha1': 'sha1',
         'shake128': 'shake_128', 'shake-128': 'shake_128', 'shake256': 'shake_256', 'shake-256': 'shake_256',
         'blake2b512': 'blake2b', 'blake2b-512': 'blake2b', 'blake2s256': 'blake2s', 'blake2s-256': 'blake2s'}
for _n in ('224', '256', '384', '512'):
    _OSSL['sha' + _n] = _OSSL['sha-' + _n] = _OSSL['sha2-' + _n] = 'sha' + _n
    _OSSL['sha3-' + _n] = 'sha3_' + _n
for _n in ('224', '256'):
    _OSSL['sha512-' + _n] = _OSSL['sha-512/' + _n] = _OSSL['sha2-512/' + _n] = 'sha512_' + _n
# Attributes made on first use (module __getattr__, below).
_LAZY = {'blake2b': '_pywasm_blake2', 'blake2s': '_pywasm_blake2'}
for _n in _SHA3:
    _LAZY[_n] = '_pywasm_sha3'


def __getattr__(name):
    m = _LAZY.get(name)
    if m is None:
        raise AttributeError("module 'hashlib' has no attribute '%s'" % name)
    v = getattr(__import__(m), name)
    globals()[name] = v
    return v


class _Hash:
    block_size = 64

    def __init__(self, name, data=b'', _obj=None):
        f, self.digest_size = _C[name]
        self.name = name
        self._o = _obj if _obj is not None else f()
        if data:
            self.update(data)

    def update(self, data):
        self._o.update(data if type(data) is bytes else _buffer(data))

    def digest(self):
        return self._o.digest()

    def hexdigest(self):
        return _b.hexlify(self._o.digest()).decode()

    def copy(self):
        return _Hash(self.name, _obj=self._o.copy())


def _buffer(data):
    # A bytes-like object as bytes, with CPython's errors for the rest
    # (shared by the algorithms in _pywasm_sha2, _pywasm_sha3, _pywasm_blake2).
    if type(data) is bytes:
        return data
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError('object supporting the buffer API required')


def new(name, data=b'', **kw):
    if name == 'blake2b' or name == 'blake2s':
        return __getattr__(name)(data, **kw)
    for k in kw:
        if k == 'string':
            raise TypeError("argument for new() given by name ('string') and position (2)")
        if k != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for new()" % k)
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    if type(data) is not bytes:
        data = _buffer(data)
    n = name.lower() if name in _PY else _OSSL.get(name.lower())
    if n in _C:
        return _Hash(n, data)
    if n == 'sha384' or n == 'sha512':
        import _pywasm_sha2
        return _pywasm_sha2._SHA2(n, data)
    if n in _SHA3:
        import _pywasm_sha3
        return _pywasm_sha3.new(n, data)
    if n == 'sha512_224' or n == 'sha512_256':
        import _pywasm_sha512t
        return _pywasm_sha512t._SHA512T(n, data)
    if n == 'blake2b' or n == 'blake2s':
        return __getattr__(n)(data)
    raise ValueError('unsupported hash type ' + name)


def sha256(data=b'', **kw):
    return new('sha256', data)


def sha224(data=b'', **kw):
    return new('sha224', data)


def md5(data=b'', **kw):
    return new('md5', data)


def sha1(data=b'', **kw):
    return new('sha1', data)


def sha384(data=b'', **kw):
    return new('sha384', data)


def sha512(data=b'', **kw):
    return new('sha512', data)


# The constructors are builtins in CPython, which a class that keeps one
# as an attribute does not bind as a method (itsdangerous's and wheel's
# `digest_method = hashlib.sha256`, then self.digest_method(data)).
from _pywasm import as_builtins as _as_builtins
_as_builtins(globals(), 'sha256 sha224 md5 sha1 sha384 sha512')


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
    if not outer.digest_size:
        raise ValueError('no reason supplied')  # OpenSSL's, for an XOF (shake)
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


_as_builtins(globals(), 'pbkdf2_hmac')

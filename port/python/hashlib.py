"""hashlib: sha256 (MicroPython), md5 and sha1 (the port's _pywasm_hashes)
behind CPython's interface: hexdigest, repeatable digest, name,
digest_size, block_size, new(), file_digest(); sha224, sha384 and sha512
in Python (_pywasm_sha2, loaded on first use; slow, for small inputs).
sha256 cannot be updated or copied after digest() (its C state is
finalised). Other algorithms raise NotImplementedError (ValueError for
unknown names, as CPython)."""
import uhashlib as _h
import binascii as _b

try:
    import _pywasm_hashes as _p
except ImportError:
    _p = None

_C = {'sha256': (getattr(_h, 'sha256', None), 32, 64)}
if _p is not None or hasattr(_h, 'md5'):
    _C['md5'] = (getattr(_p, 'md5', None) or _h.md5, 16, 64)
if _p is not None or hasattr(_h, 'sha1'):
    _C['sha1'] = (getattr(_p, 'sha1', None) or _h.sha1, 20, 64)
_PY = ('sha224', 'sha384', 'sha512')
algorithms_guaranteed = algorithms_available = set(n for n in _C if _C[n][0]) | set(_PY)
_MISSING = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s',
            'shake_128', 'shake_256', 'sha512_224', 'sha512_256')


class _Hash:
    def __init__(self, name, data=b'', _obj=None):
        f, self.digest_size, self.block_size = _C[name]
        self.name = name
        self._o = _obj if _obj is not None else f()
        self._d = None
        if data:
            self.update(data)

    def update(self, data):
        if self._d is not None:
            # MicroPython's digest() finalises the C state.
            raise NotImplementedError('hashlib: update() after digest()')
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        self._o.update(data)

    def digest(self):
        if hasattr(self._o, 'copy'):
            # _pywasm_hashes pads a copy of its state: updates may follow.
            return self._o.digest()
        if self._d is None:
            self._d = self._o.digest()
        return self._d

    def hexdigest(self):
        return _b.hexlify(self.digest()).decode()

    def copy(self):
        if not hasattr(self._o, 'copy'):
            raise NotImplementedError('hashlib: copy() of a %s object' % self.name)
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


def pbkdf2_hmac(*a, **k):
    raise NotImplementedError('hashlib.pbkdf2_hmac')

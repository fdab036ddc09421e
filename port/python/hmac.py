"""hmac: HMAC (RFC 2104) over any hashlib digest, named (hmac.new(key, msg,
'sha3_256')) or as a constructor (hashlib.blake2b): new, digest,
compare_digest, HMAC objects with update, digest, hexdigest, copy, name,
digest_size and block_size (the digest's: 136 for sha3_256, 128 for
blake2b, as CPython's). A shake digest raises OpenSSL's ValueError, as
CPython does."""
import hashlib as _h

digest_size = None


def _fn(d):
    if isinstance(d, str):
        return lambda b=b'': _h.new(d, b)
    if hasattr(d, 'new'):
        return d.new
    return d


class HMAC:
    def __init__(self, key, msg=None, digestmod=''):
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        if isinstance(key, str):
            raise TypeError("key: expected bytes or bytearray, but got 'str'")
        self._f = f = _fn(digestmod)
        probe = f()
        if not probe.digest_size:
            raise ValueError('no reason supplied')  # OpenSSL's, for an XOF (shake)
        self.digest_size, self.block_size = probe.digest_size, probe.block_size
        self.name = 'hmac-' + probe.name
        if len(key) > self.block_size:
            key = f(key).digest()
        key = bytes(key) + bytes(self.block_size - len(key))
        self._k = key
        self._parts = []
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        # Kept until digest(): MicroPython's hash objects finalise on digest().
        if isinstance(msg, str):
            raise TypeError('Strings must be encoded before hashing')
        try:
            self._parts.append(bytes(memoryview(msg)))
        except TypeError:
            raise TypeError('object supporting the buffer API required')

    def copy(self):
        c = object.__new__(HMAC)
        c.__dict__.update(self.__dict__)
        c._parts = list(self._parts)
        return c

    def digest(self):
        k = self._k
        inner = self._f(bytes(x ^ 0x36 for x in k))
        for p in self._parts:
            inner.update(p)
        outer = self._f(bytes(x ^ 0x5c for x in k))
        outer.update(inner.digest())
        return outer.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError('unsupported operand types')
    if isinstance(a, str):
        a, b = a.encode(), b.encode()
    r = len(a) ^ len(b)
    for x, y in zip(a, b):
        r |= x ^ y
    return r == 0

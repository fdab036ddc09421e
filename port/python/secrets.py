"""secrets: token_bytes, token_hex, token_urlsafe, choice, randbelow,
randbits, compare_digest and SystemRandom, drawing from os.urandom."""
import os
import base64
from random import SystemRandom
from hmac import compare_digest

_sr = SystemRandom()
DEFAULT_ENTROPY = 32


def token_bytes(nbytes=None):
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')


def choice(seq):
    return _sr.choice(seq)


def randbelow(n):
    if n <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sr._randbelow(n)


def randbits(k):
    return _sr.getrandbits(k)

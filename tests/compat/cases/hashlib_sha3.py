# hashlib.sha3_224/256/384/512 and shake_128/256 (port/python/_pywasm_sha3.py)
# and sha512_224/256 through new(): every length around the rate, updates
# split anywhere, copies mid-stream, XOF output lengths, bytes-like inputs,
# hmac, pbkdf2_hmac, file_digest, new()'s names, and CPython's error texts.
import array
import hashlib
import hmac
import io


def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def stream(n, seed):
    # Deterministic bytes (the same under both interpreters).
    out, x = bytearray(), seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(x >> 16 & 255)
    return bytes(out)


def out(h, n=None):
    return h.hexdigest() if n is None else h.hexdigest(n)


data = stream(700, 2)
SHA3 = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512')
SHAKE = ('shake_128', 'shake_256')
for name in SHA3 + SHAKE:
    f = getattr(hashlib, name)
    h = f()
    xof = name in SHAKE
    n_out = 40 if xof else None
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    r = h.block_size
    # Every length up to the rate and a bit past it, then the other boundaries.
    print(' '.join(out(f(data[:n]), 5 if xof else None)[:10] for n in range(r + 3)))
    for n in (0, 1, r - 1, r, r + 1, 2 * r - 1, 2 * r, 2 * r + 1, 3 * r, 700):
        print(n, out(f(data[:n]), n_out))
    # Updates split at many points agree with one call.
    whole = out(f(data[:2 * r + 7]), n_out)
    bad = []
    for i in list(range(0, 2 * r + 8, 9)) + [r - 1, r, r + 1, 2 * r]:
        h = f()
        h.update(data[:i])
        h.update(b'')
        h.update(data[i:2 * r + 7])
        if out(h, n_out) != whole:
            bad.append(i)
    print('splits', bad)
    h = f()
    for k in range(0, 2 * r + 7, 5):
        h.update(data[k:min(k + 5, 2 * r + 7)])
    print('5-byte updates', out(h, n_out) == whole)
    # copy mid-stream; digest repeatable; updates after digest.
    h = f(data[:r - 1])
    c = h.copy()
    h.update(data[r - 1:r + 3])
    c.update(b'other')
    d1 = out(h, n_out)
    print(d1 == out(h, n_out), out(c, n_out), d1, c.name)
    h.update(b'more')
    print(out(h, n_out), out(f(data[:r + 3] + b'more'), n_out) == out(h, n_out))
    # Bytes-like input.
    print(out(f(bytearray(b'abc')), n_out) == out(f(b'abc'), n_out),
          out(f(memoryview(b'xabcx')[1:4]), n_out) == out(f(b'abc'), n_out),
          out(f(array.array('I', [1, 2, 3])), n_out))
    # Constructor arguments.
    print(out(f(string=b'abc'), n_out) == out(f(b'abc'), n_out), out(f(b'abc', usedforsecurity=False), n_out) == out(f(b'abc'), n_out),
          hashlib.new(name, b'abc').hexdigest(*(() if n_out is None else (n_out,))) == out(f(b'abc'), n_out))
    show(lambda: f(b'a', b'b'))
    show(lambda: f(data=b'a'))
    show(lambda: f(b'a', string=b'b'))
    show(lambda: f(bogus=1))
    show(lambda: f('abc'))
    show(lambda: f(None))
    show(lambda: f(5))
    h = f()
    show(lambda: h.update('abc'))
    show(lambda: h.update(5))
    show(lambda: h.update([1]))
    print(out(h, n_out) == out(f(), n_out))
    if xof:
        h = f(b'abc')
        for n in (0, 1, 31, 32, r - 1, r, r + 1, 2 * r, 2 * r + 5, 1000):
            print(n, len(h.digest(n)), h.hexdigest(n)[-16:], h.digest(n) == h.digest(n + 20)[:n])
        print(h.digest(length=5).hex(), h.digest(True).hex(), h.copy().hexdigest(3))
        show(lambda: h.digest())
        show(lambda: h.hexdigest())
        show(lambda: h.digest(-1))
        show(lambda: h.hexdigest(-1))
        show(lambda: h.digest(1.0))
        show(lambda: h.digest(None))
        show(lambda: h.digest('3'))
        show(lambda: h.digest(2 ** 64))
        show(lambda: h.hexdigest(-2 ** 64))

# Known answers (FIPS 202 examples).
print(hashlib.sha3_256(b'abc').hexdigest(), hashlib.sha3_512(b'').hexdigest())
print(hashlib.shake_128(b'').hexdigest(32), hashlib.shake_256(b'').hexdigest(64))
print(hashlib.sha3_224(b'a' * 200).hexdigest(), hashlib.sha3_384(b'\xa3' * 200).hexdigest())

# SHA-512/224 and /256, by new() only.
for name in ('sha512_224', 'sha512_256'):
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size)
    for n in (0, 1, 3, 111, 112, 127, 128, 129, 300):
        print(name, n, hashlib.new(name, data[:n]).hexdigest())
    h = hashlib.new(name, b'ab')
    c = h.copy()
    h.update(b'c')
    print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hashlib.new(name, b'abc').hexdigest())
show(lambda: hashlib.sha512_224)
show(lambda: hashlib.sha512_256)

# new()'s names: CPython's exactly, OpenSSL's in any case.
for n in ('sha3_256', 'sha3-256', 'SHA3-256', 'SHA3_256', 'shake_128', 'shake128', 'SHAKE256', 'shake-256',
          'Shake_256', 'sha512_256', 'SHA512_256', 'Sha512_256', 'sha512-224', 'SHA-512/256', 'sha2-512/224',
          'SHA-256', 'sha2-384', 'Md5', 'ssl3-sha1', 'sha3', 'sha_256', 'blake2b-512', ''):
    show(lambda: hashlib.new(n).name)
show(lambda: hashlib.new('sha3_256', b'x', key=b'k'))
show(lambda: hashlib.new('sha3_256', b'x', string=b'y'))
show(lambda: hashlib.new('shake_256', b'x', usedforsecurity=False).hexdigest(4))
show(lambda: hashlib.new(5))

# hmac, pbkdf2_hmac, file_digest.
for dm in SHA3 + (hashlib.sha3_256, hashlib.sha3_512, 'sha512_256', 'sha512_224'):
    for key in (b'', b'key', b'k' * 72, b'k' * 136, b'k' * 137, b'k' * 200):
        m = hmac.new(key, data[:300], dm)
        print(m.name, m.digest_size, m.block_size, m.hexdigest()[:40])
    m = hmac.new(b'key', b'a', dm)
    c = m.copy()
    m.update(b'b')
    print(m.hexdigest()[:20], c.hexdigest()[:20], hmac.digest(b'key', b'ab', dm).hex()[:20])
show(lambda: hmac.new(b'k', b'm', 'shake_128'))
show(lambda: hmac.new(b'k', b'm', hashlib.shake_256))
show(lambda: hmac.new(b'k', 'm', 'sha3_256'))
show(lambda: hmac.new(b'k', b'm', 'sha3_256').update('x'))
print(hashlib.pbkdf2_hmac('sha3_256', b'password', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('sha3_512', b'password' * 20, b'salt', 2, 100).hex())
print(hashlib.pbkdf2_hmac('sha3_224', b'pw', b'NaCl', 1, 5).hex(), hashlib.pbkdf2_hmac('sha512_256', b'pw', b's', 2).hex())
show(lambda: hashlib.pbkdf2_hmac('shake_128', b'p', b's', 2))
print(hashlib.file_digest(io.BytesIO(data * 3), 'sha3_256').hexdigest(), hashlib.file_digest(io.BytesIO(data), hashlib.sha3_384).hexdigest()[:20],
      hashlib.file_digest(io.BytesIO(data), 'shake_128').hexdigest(10), hashlib.file_digest(io.BytesIO(b''), 'sha512_224').hexdigest())
print(sorted(hashlib.algorithms_guaranteed), set(SHA3 + SHAKE + ('sha512_224', 'sha512_256')) <= hashlib.algorithms_available)
# A longer message in one update and in many.
big = stream(12000, 9)
for name in SHA3 + SHAKE:
    h = hashlib.new(name)
    for i in range(0, len(big), 1001):
        h.update(big[i:i + 1001])
    one = hashlib.new(name, big)
    print(name, out(one, 40 if name in SHAKE else None), out(h, 40 if name in SHAKE else None) == out(one, 40 if name in SHAKE else None))

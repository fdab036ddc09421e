# hashlib.blake2b and blake2s (port/python/_pywasm_blake2.py): every length
# around the block boundaries, updates split anywhere, copies mid-stream,
# keys, salt, person and the tree parameters, bytes-like inputs, hmac,
# pbkdf2_hmac, file_digest and new() over them, and CPython's error texts
# (conversions first, then the checks in CPython's order).
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


data = stream(1200, 1)
B, S = hashlib.blake2b, hashlib.blake2s
for cls in (B, S):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    h = cls()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, isinstance(h, cls), isinstance(h, S if cls is B else B))
    bs = h.block_size
    # Every length up to two blocks and a bit, short prefixes of each digest.
    print(' '.join(cls(data[:n]).hexdigest()[:10] for n in range(2 * bs + 3)))
    for n in (0, 1, bs - 1, bs, bs + 1, 2 * bs, 3 * bs + 5, 1000, 1200):
        print(n, cls(data[:n]).hexdigest())
    # Updates split at every point of a three-block message agree with one call.
    whole = cls(data[:3 * bs]).digest()
    bad = []
    for i in list(range(0, 3 * bs + 1, 5)) + [bs - 1, bs, bs + 1, 2 * bs]:
        h = cls()
        h.update(data[:i])
        h.update(data[i:i])
        h.update(data[i:3 * bs])
        if h.digest() != whole:
            bad.append(i)
    print('splits', bad)
    h = cls()
    for k in range(0, 3 * bs, 3):
        h.update(data[k:k + 3])
    print('3-byte updates', h.digest() == whole)
    # copy mid-stream; digest repeatable; updates after digest.
    h = cls(data[:bs - 1])
    c = h.copy()
    h.update(data[bs - 1:bs + 10])
    c.update(b'other')
    d1 = h.hexdigest()
    print(d1 == h.hexdigest(), c.hexdigest(), d1)
    h.update(b'more')
    print(h.hexdigest(), cls(data[:bs + 10] + b'more').hexdigest() == h.hexdigest(), c.copy().hexdigest() == c.hexdigest())
    # digest sizes, keys, salt and person.
    print(' '.join(cls(data[:50], digest_size=n).hexdigest() for n in (1, 2, 7, 16, 20)))
    print(' '.join(cls(data[:70], digest_size=n).hexdigest()[-8:] for n in range(1, cls.MAX_DIGEST_SIZE + 1)))
    for klen in (0, 1, cls.MAX_KEY_SIZE - 1, cls.MAX_KEY_SIZE):
        key = stream(klen, 7)
        for n in (0, 1, bs - 1, bs, bs + 1, 2 * bs):
            print('key', klen, n, cls(data[:n], key=key).hexdigest()[:32], cls(data[:n], key=key, digest_size=17).hexdigest())
    for slen in range(cls.SALT_SIZE + 1):
        print('salt', slen, cls(b'abc', salt=stream(slen, 3)).hexdigest()[:24], cls(b'abc', person=stream(slen, 4)).hexdigest()[:24])
    print(cls(data[:200], key=b'secret key', salt=b'salt', person=b'me', digest_size=24).hexdigest())
    # Tree parameters, last_node on one and on several blocks.
    mx = cls.MAX_DIGEST_SIZE
    big = 2 ** 64 - 1 if cls is B else 2 ** 48 - 1
    for kw in ({'fanout': 0}, {'fanout': 255}, {'depth': 255}, {'leaf_size': 2 ** 32 - 1}, {'leaf_size': 4096},
               {'node_offset': 1}, {'node_offset': big}, {'node_depth': 255}, {'inner_size': mx},
               {'inner_size': 1}, {'last_node': True}, {'last_node': 1}, {'last_node': 'x'},
               {'fanout': 2, 'depth': 2, 'leaf_size': 4096, 'node_offset': 5, 'node_depth': 1, 'inner_size': mx // 2,
                'last_node': True, 'digest_size': mx // 2, 'key': b'k', 'salt': b's', 'person': b'p'},
               {'usedforsecurity': False}):
        print(sorted(kw), cls(**kw).hexdigest()[:16], cls(data[:3 * bs + 1], **kw).hexdigest()[:16],
              cls(data[:bs], **kw).hexdigest()[:16])
    # Bytes-like data and keys.
    print(cls(bytearray(b'abc')).hexdigest() == cls(b'abc').hexdigest(),
          cls(memoryview(b'xabcx')[1:4]).hexdigest() == cls(b'abc').hexdigest(),
          cls(array.array('B', b'abc')).hexdigest() == cls(b'abc').hexdigest(),
          cls(b'm', key=bytearray(b'kk')).hexdigest() == cls(b'm', key=memoryview(b'kk')).hexdigest(),
          cls(array.array('H', [1, 2])).hexdigest())
    h = cls()
    h.update(bytearray(b'ab'))
    h.update(memoryview(b'cd'))
    print(h.hexdigest() == cls(b'abcd').hexdigest())
    # Errors.
    for kw in ({'digest_size': 0}, {'digest_size': mx + 1}, {'digest_size': -1}, {'digest_size': 2 ** 31},
               {'digest_size': -2 ** 31 - 1}, {'digest_size': 2 ** 70}, {'digest_size': 1.0}, {'digest_size': '8'},
               {'key': b'k' * (mx + 1)}, {'key': 'k'}, {'key': 1}, {'key': None}, {'salt': b's' * (cls.SALT_SIZE + 1)},
               {'salt': None}, {'person': b'p' * (cls.PERSON_SIZE + 1)}, {'person': [1]}, {'fanout': 256},
               {'fanout': -1}, {'fanout': 1.5}, {'depth': 0}, {'depth': 256}, {'leaf_size': -1},
               {'leaf_size': 2 ** 32}, {'leaf_size': 2 ** 64}, {'leaf_size': 1.5}, {'leaf_size': 'x'},
               {'node_offset': -1}, {'node_offset': big + 1}, {'node_offset': 2 ** 64}, {'node_offset': 'x'},
               {'node_depth': 256}, {'node_depth': -1}, {'inner_size': mx + 1}, {'inner_size': -1},
               {'digest_size': 0, 'key': b'k' * 100}, {'salt': b's' * 20, 'person': b'p' * 20},
               {'key': b'k' * 100, 'fanout': 300}, {'leaf_size': -1, 'digest_size': 0},
               {'key': 'str', 'digest_size': 100}, {'inner_size': 99, 'node_depth': 999},
               {'leaf_size': 2 ** 40, 'depth': 0}, {'data': b'x'}, {'string': b'x'}, {'bogus': 1}):
        print(sorted(kw), end=' ')
        show(lambda: cls(**kw).hexdigest())
    show(lambda: cls('abc'))
    show(lambda: cls(1))
    show(lambda: cls(None))
    show(lambda: cls('abc', digest_size=0))
    show(lambda: cls(b'a', 32))
    h = cls()
    show(lambda: h.update('abc'))
    show(lambda: h.update(5))
    show(lambda: h.update(None))
    show(lambda: h.update([1, 2]))
    print(h.hexdigest() == cls().hexdigest())

# hmac, pbkdf2_hmac, file_digest, new() and the algorithm sets.
for dm in ('blake2b', 'blake2s', B, S):
    for key in (b'', b'key', b'k' * 64, b'k' * 65, b'k' * 129):
        m = hmac.new(key, data[:300], dm)
        print(m.name, m.digest_size, m.block_size, m.hexdigest()[:40])
    m = hmac.new(b'key', b'a', dm)
    c = m.copy()
    m.update(b'b')
    print(m.hexdigest()[:20], c.hexdigest()[:20], hmac.digest(b'key', b'ab', dm).hex()[:20])
print(hashlib.pbkdf2_hmac('blake2b', b'password', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('blake2s', b'password', b'salt', 2, 50).hex())
print(hashlib.file_digest(io.BytesIO(data * 3), 'blake2b').hexdigest(), hashlib.file_digest(io.BytesIO(data), B).hexdigest()[:20],
      hashlib.file_digest(io.BytesIO(b''), S).hexdigest())
print(hashlib.new('blake2b', b'abc').hexdigest()[:20], hashlib.new('blake2s', b'abc', digest_size=20, key=b'k').hexdigest(),
      hashlib.new('blake2b', data=b'abc', salt=b'x').hexdigest()[:20], hashlib.new('blake2b512', b'abc').name,
      hashlib.new('BLAKE2s256', b'abc').hexdigest() == S(b'abc').hexdigest(), hashlib.new('blake2b', usedforsecurity=False).name)
show(lambda: hashlib.new('BLAKE2B'))
show(lambda: hashlib.new('blake2b', b'x', bogus=1))
show(lambda: hashlib.new('blake2b512', b'x', digest_size=20))
show(lambda: hashlib.new('blake2s', b'x', digest_size=33))
print(sorted(hashlib.algorithms_guaranteed), {'blake2b', 'blake2s'} <= hashlib.algorithms_available)
# A longer message, and one update of it against many.
big = stream(20000, 5)
h = B()
for i in range(0, len(big), 999):
    h.update(big[i:i + 999])
print(B(big).hexdigest(), h.hexdigest() == B(big).hexdigest(), S(big).hexdigest())

# Every C digest copies and digests repeatably (port/modhashes.c: md5, sha1,
# sha224, sha256), across block boundaries; pbkdf2_hmac and hmac over them.
import hashlib
data = bytes(range(256)) * 4
out = []
for n in list(range(0, 300)) + [1000, 1024, 4095, 4096, 65537]:
    d = (data * (n // len(data) + 1))[:n]
    for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
        h = hashlib.new(name)
        h.update(d[:n // 3]); c = h.copy(); h.update(d[n // 3:])
        out.append(h.hexdigest()[:12] + c.hexdigest()[:6])
print(hashlib.md5(''.join(out).encode()).hexdigest())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex(), hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 3, 70).hex()[:40])
import hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.new(b'k' * 100, b'm', hashlib.sha224).hexdigest())

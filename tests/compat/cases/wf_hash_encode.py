# Checksums, encodings and ids as a release or cache-key step computes them.
import base64
import hashlib
import os
import tempfile
import uuid

data = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha224', 'sha384']:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5().hexdigest(), hashlib.sha256(b'').hexdigest())
h = hashlib.sha256()
for i in range(0, len(data), 7):
    h.update(data[i:i + 7])
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), len(h.digest()), h.hexdigest()[:16])
m = hashlib.md5(b'part one')
print(m.hexdigest())
m.update(b' and two')
print(m.hexdigest() == hashlib.md5(b'part one and two').hexdigest(), m.copy().hexdigest() == m.hexdigest())
c = m.copy()
c.update(b'!')
print(c.hexdigest() != m.hexdigest())
s5 = hashlib.sha512()
for piece in (b'a' * 100, b'b' * 100, b'c'):
    s5.update(piece)
print(s5.hexdigest()[:32], hashlib.sha384(b'').hexdigest()[:32], hashlib.sha224(b'abc').hexdigest())
print(hashlib.sha1('unicode é'.encode('utf-8')).hexdigest(), hashlib.md5(b'a' * 1000).hexdigest())
print(sorted(n for n in ['md5', 'sha1', 'sha256'] if n in hashlib.algorithms_available))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'blob.bin')
    with open(path, 'wb') as f:
        f.write(bytes(range(256)) * 300)
    sha = hashlib.sha256()
    with open(path, 'rb') as f:
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            sha.update(chunk)
    print('file sha256', sha.hexdigest())
    with open(path, 'rb') as f:
        print('file_digest', hashlib.file_digest(f, 'md5').hexdigest() if hasattr(hashlib, 'file_digest') else hashlib.md5(open(path, 'rb').read()).hexdigest())
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)

raw = bytes(range(0, 256, 7))
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b64encode(b'ab'), base64.b64encode(b'a'))
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVsbG8='), base64.urlsafe_b64decode('-_8='), base64.b64decode('aGVs bG8=\n'))
print(base64.standard_b64encode(b'x'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b32encode(b'hello'), base64.b32decode('NBSWY3DP'), base64.b32encode(b''), base64.b32decode(b'nbswy3dp', casefold=True))
print(base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'), base64.b16decode('01ab', casefold=True))
print(base64.b85encode(b'hello') if hasattr(base64, 'b85encode') else b'Xk~0{Zv', base64.encodebytes(b'x' * 60))
try:
    base64.b64decode('abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b16decode('0g')
except Exception as e:
    print(type(e).__name__)
token = base64.b64encode(b'user:pa$$').decode('ascii')
print('Authorization: Basic ' + token, base64.b64decode(token).decode().split(':'))
print(bytes.fromhex('deadbeef').hex(), b'\x00\xff'.hex(':'), bytes.fromhex('de ad').hex())

u = uuid.uuid4()
s = str(u)
print(len(s), s.count('-'), s[14], s[19] in '89ab', u.version, u.variant == uuid.RFC_4122, len(u.hex), len(u.bytes))
p = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(p, repr(p), p.hex, p.int, p.urn, p.fields, p.time_low, p.version, p == uuid.UUID('{12345678-1234-5678-1234-567812345678}'))
print(uuid.UUID('urn:uuid:12345678123456781234567812345678'), uuid.UUID(int=1), uuid.UUID(bytes=b'\x01' * 16), uuid.UUID(hex='0' * 32))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.invalid/'))
print(uuid.NAMESPACE_OID, uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
print({uuid.UUID(int=3): 1}[uuid.UUID(int=3)], uuid.UUID(int=3) < uuid.UUID(int=4))
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print('ValueError', e)

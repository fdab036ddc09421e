import base64, binascii, hashlib, hmac
for d in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]):
    print(base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b85encode(d), base64.a85encode(d), base64.urlsafe_b64encode(d), base64.b32hexencode(d))
    assert base64.b64decode(base64.b64encode(d)) == d and base64.b32decode(base64.b32encode(d)) == d and base64.b85decode(base64.b85encode(d)) == d and base64.a85decode(base64.a85encode(d)) == d and base64.b16decode(base64.b16encode(d)) == d
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVs\nbG8='), base64.urlsafe_b64decode('-_-_'), base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.encodebytes(b'x' * 60))
for bad in ('abc', 'a', 'ab=c'):
    try: print(base64.b64decode(bad))
    except Exception as e: print(type(e).__name__, e)
try: base64.b64decode('ab$=', validate=True)
except base64.binascii.Error as e: print('err')
print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest())
h = hashlib.sha256(); h.update(b'a'); h.update(b'bc'); print(h.hexdigest(), h.hexdigest() == h.digest().hex(), h.name, h.digest_size, hashlib.new('md5', b'x').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256).hexdigest(), hmac.new(b'key', b'msg', 'md5').hexdigest(), hmac.compare_digest('a', 'a'), hmac.digest(b'k' * 100, b'm', 'sha1').hex())

# hex() of an empty buffer is a str, binascii's hexlify bytes
print(repr(b''.hex()), repr(bytearray().hex()), repr(memoryview(b'').hex(':')), binascii.hexlify(b''))

# ssl: the settings a context keeps (PyJWT's key client and code that hands
# a context to urlopen build one), the constants and the exception family
import ssl

ctx = ssl.create_default_context()
print(ctx.protocol, ctx.verify_mode, ctx.check_hostname, ctx.minimum_version, ctx.maximum_version)
print(ssl.PROTOCOL_TLS_CLIENT, ssl.CERT_REQUIRED, int(ssl.CERT_NONE), ssl.TLSVersion.TLSv1_2, ssl.Purpose.SERVER_AUTH.shortname)
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
print(ctx.minimum_version)
try:
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print('ValueError', e)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.check_hostname, ctx.verify_mode)
ctx.check_hostname = True
print(ctx.verify_mode)
ctx.set_ciphers('ECDHE+AESGCM')
ctx.set_alpn_protocols(['h2', 'http/1.1'])
ctx.load_default_certs()
try:
    ctx.load_verify_locations()
except TypeError as e:
    print('TypeError', e)
try:
    ctx.load_verify_locations('/no/such/ca.pem')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(bool(ctx.options & ssl.OP_NO_TLSv1), bool(ctx.options & ssl.OP_NO_COMPRESSION))
srv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(srv.protocol, srv.verify_mode, srv.check_hostname)
u = ssl._create_unverified_context()
print(u.verify_mode, u.check_hostname, isinstance(u, ssl.SSLContext))
c2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(c2.verify_mode, c2.check_hostname)
print(issubclass(ssl.SSLError, OSError), issubclass(ssl.SSLCertVerificationError, ValueError), ssl.CertificateError is ssl.SSLCertVerificationError)
print(issubclass(ssl.SSLEOFError, ssl.SSLError), issubclass(ssl.SSLWantReadError, ssl.SSLError))
print(str(ssl.SSLError(1, 'bad things')), ssl.HAS_SNI, ssl.HAS_TLSv1_3)
der = b'\x30\x03\x02\x01\x05' * 20
pem = ssl.DER_cert_to_PEM_cert(der)
print(pem)
print(ssl.PEM_cert_to_DER_cert(pem) == der)
try:
    ssl.PEM_cert_to_DER_cert('junk')
except ValueError as e:
    print('ValueError', e)
bio = ssl.MemoryBIO()
bio.write(b'abc')
print(bio.pending, bio.read(2), bio.read(), bio.eof)
print(len(ssl.RAND_bytes(8)), ssl.RAND_status())
for cls in (ssl.SSLSocket, ssl.SSLObject):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

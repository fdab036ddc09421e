"""ssl: the names code imports for TLS settings, in a sandbox with no
sockets. HTTPS goes through the host (urllib.request, http.client), which
verifies certificates against Node's trusted roots and ignores the
context it is given, so here a context only records its settings:
SSLContext and create_default_context() keep what is set on them
(verify_mode, check_hostname, versions, options, ciphers, ALPN, the files
named to load_verify_locations/load_cert_chain), which is what libraries
that build one to pass along (PyJWT's key client, requests-style
adapters) need. There is no TLS engine in the interpreter: wrapping a
memory BIO, or any socket but the host's stand-in TCP socket (see
socket.py; there when the host allows the network), raises OSError.
wrap_socket() on the stand-in gives an SSLSocket whose requests the host
sends as HTTPS (urllib3, hence requests, connects this way); it checks
the certificate itself, so verify_mode CERT_NONE does not turn checking
off there, getpeercert() is {} and a client certificate is refused
(NotImplementedError). The constants and the exception family
are CPython 3.11's (the Linux/OpenSSL 3 values)."""

import enum as _enum
import os as _os

OPENSSL_VERSION = 'OpenSSL 3.0.0 (not available in pywasm)'
OPENSSL_VERSION_INFO = (3, 0, 0, 0, 0)
OPENSSL_VERSION_NUMBER = 0x30000000
HAS_SNI = HAS_ALPN = HAS_ECDH = HAS_TLSv1_2 = HAS_TLSv1_3 = True
HAS_NEVER_CHECK_COMMON_NAME = True  # as CPython with OpenSSL 3 (hostname_checks_common_name works)
HAS_NPN = False
HAS_SSLv2 = HAS_SSLv3 = HAS_TLSv1 = HAS_TLSv1_1 = False
CHANNEL_BINDING_TYPES = ['tls-unique']


class SSLError(OSError):
    def __str__(self):
        return self.args[1] if len(self.args) > 1 and isinstance(self.args[1], str) else super().__str__()


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    pass


CertificateError = SSLCertVerificationError


class VerifyMode(_enum.IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


class VerifyFlags(_enum.IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_CRL_CHECK_LEAF = 0x4
    VERIFY_CRL_CHECK_CHAIN = 0xc
    VERIFY_X509_STRICT = 0x20
    VERIFY_ALLOW_PROXY_CERTS = 0x40
    VERIFY_X509_TRUSTED_FIRST = 0x8000
    VERIFY_X509_PARTIAL_CHAIN = 0x80000


class Options(_enum.IntFlag):
    OP_ALL = 0x80000050
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 0x2000000
    OP_NO_TLSv1 = 0x4000000
    OP_NO_TLSv1_1 = 0x10000000
    OP_NO_TLSv1_2 = 0x8000000
    OP_NO_TLSv1_3 = 0x20000000
    OP_CIPHER_SERVER_PREFERENCE = 0x400000
    OP_SINGLE_DH_USE = 0
    OP_SINGLE_ECDH_USE = 0
    OP_NO_COMPRESSION = 0x20000
    OP_NO_TICKET = 0x4000
    OP_NO_RENEGOTIATION = 0x40000000
    OP_ENABLE_MIDDLEBOX_COMPAT = 0x100000
    OP_IGNORE_UNEXPECTED_EOF = 0x80


class _SSLMethod(_enum.IntEnum):
    PROTOCOL_SSLv23 = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17
    PROTOCOL_TLSv1 = 3
    PROTOCOL_TLSv1_1 = 4
    PROTOCOL_TLSv1_2 = 5


class TLSVersion(_enum.IntEnum):
    MINIMUM_SUPPORTED = -2
    MAXIMUM_SUPPORTED = -1
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772


class AlertDescription(_enum.IntEnum):
    ALERT_DESCRIPTION_CLOSE_NOTIFY = 0
    ALERT_DESCRIPTION_HANDSHAKE_FAILURE = 40
    ALERT_DESCRIPTION_BAD_CERTIFICATE = 42
    ALERT_DESCRIPTION_CERTIFICATE_EXPIRED = 45
    ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN = 46
    ALERT_DESCRIPTION_UNKNOWN_CA = 48
    ALERT_DESCRIPTION_INTERNAL_ERROR = 80


class SSLErrorNumber(_enum.IntEnum):
    SSL_ERROR_SSL = 1
    SSL_ERROR_WANT_READ = 2
    SSL_ERROR_WANT_WRITE = 3
    SSL_ERROR_WANT_X509_LOOKUP = 4
    SSL_ERROR_SYSCALL = 5
    SSL_ERROR_ZERO_RETURN = 6
    SSL_ERROR_WANT_CONNECT = 7
    SSL_ERROR_EOF = 8
    SSL_ERROR_INVALID_ERROR_CODE = 10


# the members as module constants, as CPython exports them
for _cls in (VerifyMode, VerifyFlags, Options, _SSLMethod, AlertDescription, SSLErrorNumber):
    # __members__: iterating a flag class skips its multi-bit and zero members
    for _n, _m in _cls.__members__.items():
        globals()[_n] = _m
PROTOCOL_TLS = PROTOCOL_SSLv23


class _ASN1Object(tuple):
    def __new__(cls, nid, shortname, longname, oid):
        return tuple.__new__(cls, (nid, shortname, longname, oid))

    nid = property(lambda self: self[0])
    shortname = property(lambda self: self[1])
    longname = property(lambda self: self[2])
    oid = property(lambda self: self[3])

    def __repr__(self):
        return '_ASN1Object(nid=%r, shortname=%r, longname=%r, oid=%r)' % tuple(self)


class Purpose(_enum.Enum):
    # CPython's members are _ASN1Object tuples themselves; here the value is
    # one and the members answer for its fields
    SERVER_AUTH = _ASN1Object(129, 'serverAuth', 'TLS Web Server Authentication', '1.3.6.1.5.5.7.3.1')
    CLIENT_AUTH = _ASN1Object(130, 'clientAuth', 'TLS Web Client Authentication', '1.3.6.1.5.5.7.3.2')

    nid = property(lambda self: self.value[0])
    shortname = property(lambda self: self.value[1])
    longname = property(lambda self: self.value[2])
    oid = property(lambda self: self.value[3])


_PURPOSES = (Purpose, _ASN1Object)


def _no_tls():
    raise OSError('TLS connections are not available in pywasm: HTTPS goes through urllib.request and http.client')


class SSLContext:
    """Keeps the settings made on it; see the module docstring."""

    sslsocket_class = None
    sslobject_class = None

    def __init__(self, protocol=None, *args, **kwargs):
        if protocol is None:
            # CPython 3.10+ warns here and takes PROTOCOL_TLS
            protocol = PROTOCOL_TLS
        self.protocol = _SSLMethod(protocol)
        client = self.protocol == PROTOCOL_TLS_CLIENT
        self._verify_mode = CERT_REQUIRED if client else CERT_NONE
        self._check_hostname = client
        self.options = Options(OP_ALL | OP_NO_SSLv3 | OP_NO_COMPRESSION | OP_CIPHER_SERVER_PREFERENCE
                               | OP_ENABLE_MIDDLEBOX_COMPAT)
        self.verify_flags = VERIFY_X509_TRUSTED_FIRST | VERIFY_X509_PARTIAL_CHAIN
        # 3.10+ refuses TLS 1.0 and 1.1 by this floor, not by options
        self.minimum_version = TLSVersion.TLSv1_2
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.post_handshake_auth = None if client else False
        self.hostname_checks_common_name = False
        self.keylog_filename = None
        self.security_level = 2
        self.num_tickets = 2
        self._ca_files = []
        self._cert_chain = None
        self._ciphers = None
        self._alpn = None

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        value = VerifyMode(value)
        if value == CERT_NONE and self._check_hostname:
            raise ValueError('Cannot set verify_mode to CERT_NONE when check_hostname is enabled.')
        self._verify_mode = value

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            # as CPython: turning hostname checks on needs verification
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError('cafile, capath and cadata cannot be all omitted')
        for path in (cafile, capath):
            if path is not None and not _os.path.exists(path):
                raise FileNotFoundError(2, 'No such file or directory')
        self._ca_files.append((cafile, capath, cadata))

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        for path in (certfile, keyfile):
            if path is not None and not _os.path.exists(path):
                raise FileNotFoundError(2, 'No such file or directory')
        self._cert_chain = (certfile, keyfile)

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        if not isinstance(purpose, _PURPOSES):
            raise TypeError(purpose)

    def set_default_verify_paths(self):
        pass

    def set_ciphers(self, ciphers):
        self._ciphers = ciphers

    def set_alpn_protocols(self, protocols):
        for p in protocols:
            if len(p.encode('ascii')) not in range(1, 256):
                raise ValueError('ALPN protocols must be 1 to 255 in length')
        self._alpn = list(protocols)

    def set_ecdh_curve(self, name):
        pass

    def get_ca_certs(self, binary_form=False):
        return []

    def cert_store_stats(self):
        return {'x509': 0, 'crl': 0, 'x509_ca': 0}

    def session_stats(self):
        return {}

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True,
                    server_hostname=None, session=None):
        # The host's stand-in TCP socket (when it allows the network) then
        # sends its requests as HTTPS; the host does the TLS and checks the
        # certificate itself. Any other socket: no TLS engine here.
        import _pywasm_hostsocket
        if server_side or not isinstance(sock, _pywasm_hostsocket.HostSocket):
            _no_tls()
        if self.check_hostname and not server_hostname:
            raise ValueError('check_hostname requires server_hostname')
        if self._cert_chain is not None:
            # the host would connect without it: refuse rather than ignore
            raise NotImplementedError('ssl: client certificates (load_cert_chain) are not supported in pywasm')
        return _pywasm_hostsocket.wrap(sock, self, server_hostname)

    def wrap_bio(self, incoming, outgoing, server_side=False, server_hostname=None, session=None):
        _no_tls()


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    if not isinstance(purpose, _PURPOSES):
        raise TypeError(purpose)
    ctx = SSLContext(PROTOCOL_TLS_CLIENT if purpose == Purpose.SERVER_AUTH else PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        ctx.load_verify_locations(cafile, capath, cadata)
    return ctx


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    ctx = SSLContext(PROTOCOL_TLS_CLIENT if protocol is None and purpose == Purpose.SERVER_AUTH
                     else PROTOCOL_TLS_SERVER if protocol is None else protocol)
    ctx.check_hostname = check_hostname
    ctx.verify_mode = cert_reqs
    if certfile or keyfile:
        ctx.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        ctx.load_verify_locations(cafile, capath, cadata)
    return ctx


_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


class SSLSocket:
    def __init__(self, *args, **kwargs):
        raise TypeError('SSLSocket does not have a public constructor. Instances are returned by '
                        'SSLContext.wrap_socket().')


class SSLObject:
    def __init__(self, *args, **kwargs):
        raise TypeError('SSLObject does not have a public constructor. Instances are returned by '
                        'SSLContext.wrap_bio().')


class MemoryBIO:
    def __init__(self):
        self._buf = bytearray()
        self.eof = False

    @property
    def pending(self):
        return len(self._buf)

    def write(self, data):
        if self.eof:
            raise SSLError('cannot write() after write_eof()')
        self._buf += data
        return len(data)

    def read(self, size=-1):
        n = len(self._buf) if size < 0 else min(size, len(self._buf))
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    def write_eof(self):
        self.eof = True


class DefaultVerifyPaths(tuple):
    def __new__(cls):
        return tuple.__new__(cls, (None, None, 'SSL_CERT_FILE', '/usr/lib/ssl/cert.pem',
                                   'SSL_CERT_DIR', '/usr/lib/ssl/certs'))

    cafile = property(lambda self: self[0])
    capath = property(lambda self: self[1])
    openssl_cafile_env = property(lambda self: self[2])
    openssl_cafile = property(lambda self: self[3])
    openssl_capath_env = property(lambda self: self[4])
    openssl_capath = property(lambda self: self[5])


def get_default_verify_paths():
    return DefaultVerifyPaths()


def get_server_certificate(addr, ssl_version=None, ca_certs=None, timeout=None):
    _no_tls()


def match_hostname(cert, hostname):
    raise NotImplementedError('ssl.match_hostname was removed from CPython 3.12; pywasm has none')


def DER_cert_to_PEM_cert(der_cert_bytes):
    import base64
    body = base64.standard_b64encode(der_cert_bytes).decode('ascii')
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return '-----BEGIN CERTIFICATE-----\n' + '\n'.join(lines) + '\n-----END CERTIFICATE-----\n'


def PEM_cert_to_DER_cert(pem_cert_string):
    import base64
    head, tail = '-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----'
    s = pem_cert_string.strip()
    if not s.startswith(head):
        raise ValueError('Invalid PEM encoding; must start with %s' % head)
    if not s.endswith(tail):
        raise ValueError('Invalid PEM encoding; must end with %s' % tail)
    return base64.decodebytes(s[len(head):-len(tail)].encode('ASCII', 'strict'))


def RAND_bytes(n):
    return _os.urandom(n)


def RAND_status():
    return True


def RAND_add(string, entropy):
    pass

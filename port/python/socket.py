"""socket: CPython 3.11's socket module for a sandbox with no network.

pywasm has no sockets (HTTP goes through urllib.request and http.client,
which ask the host to make each request), but many libraries import socket
for its constants, its exceptions or gethostname(). Here:

- the constants with Linux's values: AddressFamily (AF_*), SocketKind
  (SOCK_*), MsgFlag (MSG_*) and AddressInfo (AI_*) members as in CPython,
  and the plain SOL_*, SO_*, IPPROTO_*, IP_*, IPV6_*, TCP_*, INADDR_*,
  SHUT_*, NI_*, EAI_* and SOMAXCONN (4096) ints; has_ipv6 is False (no
  IPv6 sockets here, nor any others) and has_dualstack_ipv6() False;
- error (OSError), herror, gaierror, timeout (TimeoutError, as in 3.10+)
  and _GLOBAL_DEFAULT_TIMEOUT;
- inet_aton (glibc's forms: '127.1', '0x7f.0.0.1', octal parts, anything
  after a space ignored), inet_ntoa, inet_pton/inet_ntop for AF_INET and
  AF_INET6, htons/ntohs/htonl/ntohl, getdefaulttimeout/setdefaulttimeout,
  with CPython's results and errors;
- name lookups answered without a network, from the table a Debian
  /etc/hosts gives a machine with no network: 'localhost' is 127.0.0.1
  (::1 when AF_INET6 is asked for) and the machine's own name
  (gethostname()) is 127.0.1.1. Numeric addresses answer for themselves.
  Any other name is not found: gaierror(EAI_NONAME, 'Name or service not
  known'), as glibc says when no source knows a name. getaddrinfo,
  gethostbyname(_ex), gethostbyaddr, getnameinfo and getfqdn work over that
  table; getservbyname/getservbyport over a copy of the common entries of
  netbase's /etc/services (http, https, ssh, smtp, domain, ...),
  getprotobyname over /etc/protocols' common ones.
- gethostname(): the HOSTNAME environment variable when it is set (pywasm
  passes the environment only with --env/--inherit-env), else 'localhost'.
  getfqdn() is CPython's algorithm over the table above, so the host's own
  name when no dotted alias is known.

No socket can be made: socket(), socketpair(), fromfd(), create_server()
and create_connection() (after its getaddrinfo, so an unknown name is still
a gaierror) raise OSError(EAFNOSUPPORT, 'sockets are not available in
pywasm ...'): errno 97, what Linux answers for an address family its kernel
lacks, which is the case here for every family, so code that probes
families (IPv6, AF_UNIX) and falls back sees what it expects. The socket
class exists (isinstance, subclassing); its methods raise the same error
and close() does nothing.

The exception: when the host allows the network (pywasm --allow-net), a TCP
socket (AF_INET/AF_INET6, SOCK_STREAM) is a stand-in that carries HTTP
requests through the host (_pywasm_hostsocket.py), create_connection()
returns one, and getaddrinfo() answers a name it does not know with the name
itself (the host resolves it when it connects). This is what urllib3, and
so requests, needs. Without the network, socket() of that kind says so:
OSError(EAFNOSUPPORT, 'network access is off in this sandbox (run pywasm
with --allow-net, ...)').

Not here: SocketIO, CMSG_*, if_nameindex and friends, sethostname,
send_fds/recv_fds, dup/close(fd), the AF_CAN/AF_PACKET/AF_ALG constant
families, the sockaddr forms other than IPv4/IPv6."""
import errno
import os
from enum import IntEnum, IntFlag

_type = type  # getaddrinfo's parameter hides it


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_AX25 = 3
    AF_IPX = 4
    AF_APPLETALK = 5
    AF_NETROM = 6
    AF_BRIDGE = 7
    AF_ATMPVC = 8
    AF_X25 = 9
    AF_INET6 = 10
    AF_ROSE = 11
    AF_NETBEUI = 13
    AF_SECURITY = 14
    AF_KEY = 15
    AF_NETLINK = 16
    AF_ROUTE = 16
    AF_PACKET = 17
    AF_ASH = 18
    AF_ECONET = 19
    AF_ATMSVC = 20
    AF_RDS = 21
    AF_SNA = 22
    AF_IRDA = 23
    AF_PPPOX = 24
    AF_WANPIPE = 25
    AF_LLC = 26
    AF_CAN = 29
    AF_TIPC = 30
    AF_ALG = 38
    AF_VSOCK = 40
    AF_QIPCRTR = 42


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


class MsgFlag(IntFlag):
    MSG_OOB = 1
    MSG_PEEK = 2
    MSG_DONTROUTE = 4
    MSG_CTRUNC = 8
    MSG_TRUNC = 32
    MSG_DONTWAIT = 64
    MSG_EOR = 128
    MSG_WAITALL = 256
    MSG_CONFIRM = 2048
    MSG_ERRQUEUE = 8192
    MSG_NOSIGNAL = 16384
    MSG_MORE = 32768
    MSG_FASTOPEN = 536870912
    MSG_CMSG_CLOEXEC = 1073741824


class AddressInfo(IntFlag):
    AI_PASSIVE = 1
    AI_CANONNAME = 2
    AI_NUMERICHOST = 4
    AI_V4MAPPED = 8
    AI_ALL = 16
    AI_ADDRCONFIG = 32
    AI_NUMERICSERV = 1024


def _export():
    # the members (AF_ROUTE, an alias, too) as module constants
    g = globals()
    for enum_class in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
        g.update(enum_class.__members__)


_export()

# Linux's values (CPython 3.11 on x86-64 glibc)
_CONSTANTS = """
AF_DECnet=12 SOL_SOCKET=1 SOL_IP=0 SOL_TCP=6 SOL_UDP=17 SO_DEBUG=1 SO_REUSEADDR=2 SO_TYPE=3 SO_ERROR=4
SO_DONTROUTE=5 SO_BROADCAST=6 SO_SNDBUF=7 SO_RCVBUF=8 SO_KEEPALIVE=9 SO_OOBINLINE=10 SO_LINGER=13
SO_REUSEPORT=15 SO_PASSCRED=16 SO_PEERCRED=17 SO_RCVLOWAT=18 SO_SNDLOWAT=19 SO_RCVTIMEO=20 SO_SNDTIMEO=21
SO_BINDTODEVICE=25 SO_PRIORITY=12 SO_MARK=36 SO_ACCEPTCONN=30 SO_DOMAIN=39 SO_PROTOCOL=38 SO_PEERSEC=31
SO_PASSSEC=34 SO_INCOMING_CPU=49 SCM_RIGHTS=1 SCM_CREDENTIALS=2
IPPROTO_IP=0 IPPROTO_HOPOPTS=0 IPPROTO_ICMP=1 IPPROTO_IGMP=2 IPPROTO_IPIP=4 IPPROTO_TCP=6 IPPROTO_EGP=8
IPPROTO_PUP=12 IPPROTO_UDP=17 IPPROTO_IDP=22 IPPROTO_TP=29 IPPROTO_IPV6=41 IPPROTO_ROUTING=43
IPPROTO_FRAGMENT=44 IPPROTO_RSVP=46 IPPROTO_GRE=47 IPPROTO_ESP=50 IPPROTO_AH=51 IPPROTO_ICMPV6=58
IPPROTO_NONE=59 IPPROTO_DSTOPTS=60 IPPROTO_PIM=103 IPPROTO_SCTP=132 IPPROTO_UDPLITE=136 IPPROTO_MPTCP=262
IPPROTO_RAW=255 IPPORT_RESERVED=1024 IPPORT_USERRESERVED=5000
INADDR_ANY=0 INADDR_BROADCAST=4294967295 INADDR_LOOPBACK=2130706433 INADDR_NONE=4294967295
INADDR_UNSPEC_GROUP=3758096384 INADDR_ALLHOSTS_GROUP=3758096385 INADDR_MAX_LOCAL_GROUP=3758096639
IP_TOS=1 IP_TTL=2 IP_HDRINCL=3 IP_OPTIONS=4 IP_RECVOPTS=6 IP_RETOPTS=7 IP_RECVTOS=13 IP_MULTICAST_IF=32
IP_MULTICAST_TTL=33 IP_MULTICAST_LOOP=34 IP_ADD_MEMBERSHIP=35 IP_DROP_MEMBERSHIP=36
IP_DEFAULT_MULTICAST_TTL=1 IP_DEFAULT_MULTICAST_LOOP=1 IP_MAX_MEMBERSHIPS=20 IP_TRANSPARENT=19
IP_BIND_ADDRESS_NO_PORT=24
IPV6_JOIN_GROUP=20 IPV6_LEAVE_GROUP=21 IPV6_MULTICAST_HOPS=18 IPV6_MULTICAST_IF=17 IPV6_MULTICAST_LOOP=19
IPV6_UNICAST_HOPS=16 IPV6_V6ONLY=26 IPV6_CHECKSUM=7 IPV6_DONTFRAG=62 IPV6_HOPLIMIT=52 IPV6_HOPOPTS=54
IPV6_NEXTHOP=9 IPV6_PKTINFO=50 IPV6_RECVHOPLIMIT=51 IPV6_RECVPKTINFO=49 IPV6_RECVTCLASS=66 IPV6_TCLASS=67
IPV6_RTHDR=57 IPV6_RECVRTHDR=56 IPV6_RTHDR_TYPE_0=0 IPV6_DSTOPTS=59 IPV6_RECVDSTOPTS=58
IPV6_RECVHOPOPTS=53 IPV6_RTHDRDSTOPTS=55 IPV6_RECVPATHMTU=60 IPV6_PATHMTU=61
TCP_NODELAY=1 TCP_MAXSEG=2 TCP_CORK=3 TCP_KEEPIDLE=4 TCP_KEEPINTVL=5 TCP_KEEPCNT=6 TCP_SYNCNT=7
TCP_LINGER2=8 TCP_DEFER_ACCEPT=9 TCP_WINDOW_CLAMP=10 TCP_INFO=11 TCP_QUICKACK=12 TCP_CONGESTION=13
TCP_USER_TIMEOUT=18 TCP_NOTSENT_LOWAT=25 TCP_FASTOPEN=23
SHUT_RD=0 SHUT_WR=1 SHUT_RDWR=2 SOMAXCONN=4096
NI_NUMERICHOST=1 NI_NUMERICSERV=2 NI_NOFQDN=4 NI_NAMEREQD=8 NI_DGRAM=16 NI_MAXHOST=1025 NI_MAXSERV=32
EAI_BADFLAGS=-1 EAI_NONAME=-2 EAI_AGAIN=-3 EAI_FAIL=-4 EAI_NODATA=-5 EAI_FAMILY=-6 EAI_SOCKTYPE=-7
EAI_SERVICE=-8 EAI_ADDRFAMILY=-9 EAI_MEMORY=-10 EAI_SYSTEM=-11 EAI_OVERFLOW=-12
"""


def _set_constants():
    g = globals()
    for item in _CONSTANTS.split():
        name, value = item.split('=')
        g[name] = int(value)


_set_constants()

has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


# "no timeout given" for the timeout parameters of create_connection and of
# the modules over sockets
_GLOBAL_DEFAULT_TIMEOUT = object()

_NO_SOCKETS = ('sockets are not available in pywasm (the sandbox has no network; '
               'HTTP goes through urllib.request or http.client)')


_NETWORK_OFF = ('network access is off in this sandbox '
                '(run pywasm with --allow-net, or pass allowNet: true to the library)')


def _unavailable():
    return OSError(errno.EAFNOSUPPORT, _NO_SOCKETS)


def _type_name(obj):
    return 'None' if obj is None else type(obj).__name__


def _int_arg(value):
    # what CPython's "i" argument format takes: an int (bool too)
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return int(value)


# --- the socket class: none can be made -------------------------------------

class socket:
    """A network socket. pywasm has none: OSError(EAFNOSUPPORT), except that
    a TCP socket (AF_INET/AF_INET6, SOCK_STREAM) is a stand-in that carries
    HTTP requests through the host when the host allows the network
    (_pywasm_hostsocket.py says what it does)."""

    def __new__(cls, family=-1, type=-1, proto=-1, fileno=None):
        if cls is socket and fileno is None and _stream_family(family, type):
            import _pywasm_hostsocket
            if _pywasm_hostsocket.net_allowed():
                return _pywasm_hostsocket.HostSocket.__new__(_pywasm_hostsocket.HostSocket, family, type)
        return object.__new__(cls)

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and _stream_family(family, type):
            import _pywasm_hostsocket
            if not _pywasm_hostsocket.net_allowed():
                raise OSError(errno.EAFNOSUPPORT, _NETWORK_OFF)
        raise _unavailable()

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _refusing():
    def method(self, *args, **kwargs):
        raise _unavailable()
    return method


for _name in ('accept', 'bind', 'connect', 'connect_ex', 'detach', 'dup', 'fileno', 'get_inheritable',
              'getblocking', 'getpeername', 'getsockname', 'getsockopt', 'gettimeout', 'listen', 'makefile',
              'recv', 'recv_into', 'recvfrom', 'recvfrom_into', 'recvmsg', 'send', 'sendall', 'sendfile',
              'sendmsg', 'sendto', 'set_inheritable', 'setblocking', 'setsockopt', 'settimeout', 'shutdown'):
    setattr(socket, _name, _refusing())

SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    raise _unavailable()


def fromfd(fd, family, type, proto=0):
    raise _unavailable()


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    raise _unavailable()


def has_dualstack_ipv6():
    return False


def _stream_family(family, kind):
    # socket()'s defaults are AF_INET and SOCK_STREAM
    family = AF_INET if family == -1 else family
    kind = SOCK_STREAM if kind == -1 else kind
    return family in (AF_INET, AF_INET6) and kind & 0xF == SOCK_STREAM


def _open_stream(family, kind, proto, target, timeout, source_address):
    # One connection attempt; the socket is closed again if any step fails.
    conn = socket(family, kind, proto)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            conn.settimeout(timeout)
        if source_address:
            conn.bind(source_address)
        conn.connect(target)
    except error:
        conn.close()
        raise
    return conn


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    # Each resolved address is tried in turn.  Without all_errors only the
    # most recent failure is raised, as CPython does.
    failures = []
    for family, kind, proto, _canon, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        try:
            return _open_stream(family, kind, proto, target, timeout, source_address)
        except error as exc:
            failures.append(exc)
    if not failures:
        raise error('getaddrinfo returns an empty list')
    if all_errors:
        raise ExceptionGroup('create_connection failed', failures)
    raise failures[-1]


# --- timeouts ----------------------------------------------------------------

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is None:
        _default_timeout = None
        return
    # CPython keeps nanoseconds in a 64-bit int
    if not isinstance(timeout, float):
        timeout = _int_arg(timeout)
        if abs(timeout) * 10 ** 9 >= 2 ** 63:
            raise OverflowError('timestamp too large to convert to C _PyTime_t')
        timeout = float(timeout)
    if timeout != timeout:
        raise ValueError('Invalid value NaN (not a number)')
    if not abs(timeout) * 1e9 < 9223372036854775808.0:
        raise OverflowError('timestamp out of range for platform time_t')
    if timeout < 0:
        raise ValueError('Timeout value out of range')
    _default_timeout = timeout


# --- byte order --------------------------------------------------------------

def _short(func, x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        if x < -2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        if x < -2 ** 31:
            raise OverflowError('signed integer is less than minimum')
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % func)
    if x > 0xffff:
        if x >= 2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        if x >= 2 ** 31:
            raise OverflowError('signed integer is greater than maximum')
        raise OverflowError('%s: Python int too large to convert to C 16-bit unsigned integer' % func)
    return (x & 0xff) << 8 | x >> 8


def _long(x):
    if not isinstance(x, int):
        raise TypeError('expected int, %s found' % type(x).__name__)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 2 ** 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if x >= 2 ** 32:
        raise OverflowError('int larger than 32 bits')
    return int.from_bytes(int(x).to_bytes(4, 'big'), 'little')


def htons(x):
    return _short('htons', x)


def ntohs(x):
    return _short('ntohs', x)


def htonl(x):
    return _long(x)


def ntohl(x):
    return _long(x)


# --- addresses as text and as bytes ------------------------------------------

_SPACE = ' \t\n\v\f\r'
_DEC = '0123456789'
_HEX = '0123456789abcdefABCDEF'


def _c_string(func, position, value):
    """A str argument as CPython's "s" format takes it."""
    if not isinstance(value, str):
        raise TypeError('%s() argument %d must be str, not %s' % (func, position, _type_name(value)))
    if '\x00' in value:
        raise ValueError('embedded null character')
    return value


def _bytes_like(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _strtoul(text, at):
    """C's strtoul(text + at, &end, 0) for a part that starts with a digit:
    (value, end); 0x/0X means hex, a leading 0 octal."""
    base = 10
    if text[at] == '0':
        if text[at + 1:at + 2] in ('x', 'X') and text[at + 2:at + 3] != '' and text[at + 2] in _HEX:
            base, at = 16, at + 2
        else:
            base = 8
    digits = _HEX if base == 16 else _DEC[:base]
    end = at
    while end < len(text) and text[end] in digits:
        end += 1
    return int(text[at:end], base), end


def _aton(text, exact):
    """glibc's inet_aton: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits) or a
    (32 bits), each part decimal, octal or hex; after the number a space
    and anything (unless exact, as getaddrinfo reads numbers). The 4 bytes,
    or None."""
    parts = []
    at = 0
    while True:
        if at >= len(text) or text[at] not in _DEC:
            return None
        value, at = _strtoul(text, at)
        if value > 0xffffffff:
            return None
        if at < len(text) and text[at] == '.':
            if len(parts) > 2 or value > 0xff:
                return None
            parts.append(value)
            at += 1
            continue
        break
    if at < len(text) and (exact or text[at] not in _SPACE):
        return None
    if value >= 1 << (8 * (4 - len(parts))):
        return None
    return bytes(parts) + value.to_bytes(4 - len(parts), 'big')


def _pton4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return None
    out = []
    for part in parts:
        if not 1 <= len(part) <= 3 or any(ch not in _DEC for ch in part) or len(part) > 1 and part[0] == '0':
            return None
        value = int(part)
        if value > 255:
            return None
        out.append(value)
    return bytes(out)


def _pton6(text):
    if '::' in text:
        head, tail = text.split('::', 1)
        if '::' in tail:
            return None
        head = head.split(':') if head else []
        tail = tail.split(':') if tail else []
    else:
        head, tail = text.split(':'), None
    # dotted IPv4 can end the address (not the part before a '::')
    last = head if tail is None else tail
    v4 = b''
    if last and '.' in last[-1]:
        v4 = _pton4(last[-1])
        if v4 is None:
            return None
        last.pop()
    for group in head + (tail or []):
        if not 1 <= len(group) <= 4 or any(ch not in _HEX for ch in group):
            return None
    count = len(head) + len(tail or ()) + len(v4) // 2
    if tail is None:
        if count != 8:
            return None
        fill = 0
    else:
        if count > 7:
            return None
        fill = 8 - count
    words = []
    for group in head:
        words.append(int(group, 16))
    words.extend([0] * fill)
    for group in tail or ():
        words.append(int(group, 16))
    return b''.join([w.to_bytes(2, 'big') for w in words]) + v4


def _ntop6(packed):
    words = [packed[i] << 8 | packed[i + 1] for i in range(0, 16, 2)]
    # the first longest run of two or more zero words becomes '::'
    best, best_len, i = -1, 0, 0
    while i < 8:
        if words[i] == 0:
            j = i
            while j < 8 and words[j] == 0:
                j += 1
            if j - i > best_len:
                best, best_len = i, j - i
            i = j
        else:
            i += 1
    if best_len < 2:
        best = -1
    out = []
    i = 0
    while i < 8:
        if i == best:
            out.append(':' if i == 0 else '')
            i += best_len
            if i == 8:
                out.append('')
            continue
        if i == 6 and best == 0 and (best_len == 6 or best_len == 5 and words[5] == 0xffff):
            out.append('%d.%d.%d.%d' % tuple(packed[12:]))
            break
        out.append('%x' % words[i])
        i += 1
    return ':'.join(out)


def inet_aton(string):
    packed = _aton(_c_string('inet_aton', 1, string), False)
    if packed is None:
        raise OSError('illegal IP address string passed to inet_aton')
    return packed


def inet_ntoa(packed_ip):
    packed = _bytes_like(packed_ip)
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '%d.%d.%d.%d' % tuple(packed)


def inet_pton(address_family, ip_string):
    family = _int_arg(address_family)
    text = _c_string('inet_pton', 2, ip_string)
    if family == AF_INET:
        packed = _pton4(text)
    elif family == AF_INET6:
        packed = _pton6(text)
    else:
        raise OSError(errno.EAFNOSUPPORT, 'Address family not supported by protocol')
    if packed is None:
        raise OSError('illegal IP address string passed to inet_pton')
    return packed


def inet_ntop(address_family, packed_ip):
    family = _int_arg(address_family)
    packed = _bytes_like(packed_ip)
    if family == AF_INET:
        if len(packed) != 4:
            raise ValueError('invalid length of packed IP address string')
        return '%d.%d.%d.%d' % tuple(packed)
    if family == AF_INET6:
        if len(packed) != 16:
            raise ValueError('invalid length of packed IP address string')
        return _ntop6(packed)
    raise ValueError('unknown address family %d' % family)


# --- names: the hosts table, services, protocols -----------------------------

def gethostname():
    return os.environ.get('HOSTNAME') or 'localhost'


def _hosts():
    """(name, family, address) of the hosts table, in its order."""
    table = [('localhost', AF_INET, '127.0.0.1'), ('localhost', AF_INET6, '::1')]
    own = gethostname()
    if own.lower() != 'localhost':
        table.append((own, AF_INET, '127.0.1.1'))
    return table


def _not_found():
    return gaierror(EAI_NONAME, 'Name or service not known')


def _numeric_host(name):
    """(family, address text, scope id) for a numeric address, else None."""
    packed = _aton(name, True)
    if packed is not None:
        return AF_INET, inet_ntoa(packed), 0
    address, _, scope = name.partition('%')
    packed = _pton6(address)
    if packed is None:
        return None
    if scope:
        if any(ch not in _DEC for ch in scope):
            raise _not_found()
        scope = int(scope)
    return AF_INET6, _ntop6(packed), scope or 0


def _idna(name):
    """CPython encodes a str host name with the idna codec first, which
    refuses empty and over-long labels (an empty last one is a trailing dot)."""
    labels = name.split('.')
    for label in labels[:-1]:
        if not 0 < len(label) < 64:
            raise UnicodeError("encoding with 'idna' codec failed (UnicodeError: label empty or too long)")
    if len(labels[-1]) >= 64:
        raise UnicodeError("encoding with 'idna' codec failed (UnicodeError: label too long)")
    return name


def _host_text(func, host):
    if isinstance(host, str):
        return _idna(host)
    if isinstance(host, (bytes, bytearray)):
        return bytes(host).decode('latin-1')
    raise TypeError('%s() argument 1 must be str, bytes or bytearray, not %s' % (func, _type_name(host)))


def _addresses(name, family):
    """The (family, address, scope id) a host name stands for."""
    numeric = _numeric_host(name)
    if numeric is not None:
        if family and numeric[0] != family:
            raise gaierror(EAI_ADDRFAMILY, 'Address family for hostname not supported')
        return [numeric]
    lowered = name.lower()
    found = [(af, address, 0) for host, af, address in _hosts()
             if host.lower() == lowered and (af == family or not family and af == AF_INET)]
    if not found:
        raise _not_found()
    return found


def _host_resolves(family):
    # For getaddrinfo() of a name the table lacks: when the host allows the
    # network it resolves names itself when it connects, so the name stands
    # in for its address (a socket's connect() takes either).
    import _pywasm_hostsocket
    return family in (AF_UNSPEC, AF_INET) and _pywasm_hostsocket.net_allowed()


def _canonical(name):
    lowered = name.lower()
    for host, af, address in _hosts():
        if host.lower() == lowered:
            return host
    return name


def gethostbyname(hostname):
    name = _host_text('gethostbyname', hostname)
    if name == '':
        return '0.0.0.0'
    if name == '<broadcast>':
        return '255.255.255.255'
    return _addresses(name, AF_INET)[0][1]


def gethostbyname_ex(hostname):
    address = gethostbyname(hostname)
    name = _host_text('gethostbyname_ex', hostname)
    if name == '':
        raise herror(3, 'Unknown server error')
    return (address if _numeric_host(name) else _canonical(name)), [], [address]


def gethostbyaddr(ip_address):
    name = _host_text('gethostbyaddr', ip_address)
    if name == '':
        raise OSError('wildcard resolved to multiple address')
    family, address, scope = _addresses(name, 0)[0]
    for host, af, known in _hosts():
        if af == family and known == address:
            return host, [], [address]
    raise herror(1, 'Unknown host')


def getfqdn(name=''):
    # An empty or wildcard address means this host.  The answer is the
    # first dotted name among the reverse lookup's primary name and
    # aliases, else the primary name; a failed lookup returns the input.
    wanted = name.strip()
    if wanted in ('', '0.0.0.0', '::'):
        wanted = gethostname()
    try:
        primary, aliases, _addrs = gethostbyaddr(wanted)
    except error:
        return wanted
    dotted = [n for n in [primary] + list(aliases) if '.' in n]
    return dotted[0] if dotted else primary


# name port protocols aliases (netbase's /etc/services, the common entries)
_SERVICES = """
tcpmux 1 t|echo 7 tu|discard 9 tu sink null|daytime 13 tu|ftp-data 20 t|ftp 21 t|ssh 22 t|telnet 23 t
|smtp 25 t mail|time 37 tu timserver|whois 43 t nicname|domain 53 tu|bootps 67 u|bootpc 68 u|tftp 69 u
|gopher 70 t|finger 79 t|http 80 t www|kerberos 88 tu kerberos5 krb5 kerberos-sec|pop3 110 t pop-3
|sunrpc 111 tu portmapper|auth 113 t authentication tap ident|nntp 119 t readnews untp|ntp 123 u
|epmap 135 t loc-srv|netbios-ns 137 u|netbios-dgm 138 u|netbios-ssn 139 t|imap2 143 t imap|snmp 161 tu
|snmp-trap 162 tu snmptrap|bgp 179 t|ldap 389 tu|https 443 tu|microsoft-ds 445 t
|submissions 465 t ssmtp smtps urd|isakmp 500 u|syslog 514 u|printer 515 t spooler|submission 587 t
|ipp 631 t|ldaps 636 tu|rsync 873 t|imaps 993 t|pop3s 995 t|socks 1080 t|openvpn 1194 tu|ms-sql-s 1433 t
|ms-sql-m 1434 u|nfs 2049 tu|mysql 3306 t|svn 3690 t subversion|mdns 5353 u|postgresql 5432 t postgres
|amqp 5672 t|x11 6000 t x11-0|redis 6379 t|http-alt 8080 t webcache|git 9418 t
"""
_services = None


def _service_table():
    """[(name, port, 'tcp'/'udp' list, names)], read once."""
    global _services
    if _services is None:
        _services = []
        for row in _SERVICES.replace('\n', '').split('|'):
            words = row.split()
            protos = [{'t': 'tcp', 'u': 'udp'}[ch] for ch in words[2]]
            _services.append((words[0], int(words[1]), protos, [words[0]] + words[3:]))
    return _services


def _service_port(name, proto):
    for canonical, port, protos, names in _service_table():
        if name in names and (proto is None or proto in protos):
            return port
    return None


def getservbyname(servicename, protocolname=None):
    name = _c_string('getservbyname', 1, servicename)
    if protocolname is not None:
        _c_string('getservbyname', 2, protocolname)
    port = _service_port(name, protocolname)
    if port is None:
        raise OSError('service/proto not found')
    return port


def getservbyport(port, protocolname=None):
    port = _int_arg(port)
    if protocolname is not None:
        _c_string('getservbyport', 2, protocolname)
    if not 0 <= port <= 65535:
        raise OverflowError('getservbyport: port must be 0-65535.')
    for canonical, number, protos, names in _service_table():
        if number == port and (protocolname is None or protocolname in protos):
            return canonical
    raise OSError('port/proto not found')


_PROTOCOLS = {'ip': 0, 'IP': 0, 'icmp': 1, 'ICMP': 1, 'igmp': 2, 'IGMP': 2, 'tcp': 6, 'TCP': 6, 'udp': 17,
              'UDP': 17, 'ipv6': 41, 'IPv6': 41, 'gre': 47, 'GRE': 47, 'esp': 50, 'IPSEC-ESP': 50, 'ah': 51,
              'IPSEC-AH': 51, 'ipv6-icmp': 58, 'IPv6-ICMP': 58, 'sctp': 132, 'SCTP': 132, 'udplite': 136,
              'UDPLite': 136}


def getprotobyname(protocolname):
    number = _PROTOCOLS.get(_c_string('getprotobyname', 1, protocolname))
    if number is None:
        raise OSError('protocol not found')
    return number


# --- getaddrinfo and getnameinfo ----------------------------------------------

# glibc's table of socket types and protocols: (type, protocol, services'
# protocol, returned when no type or protocol is asked for)
_TYPEPROTO = ((SOCK_STREAM, IPPROTO_TCP, 'tcp', True), (SOCK_DGRAM, IPPROTO_UDP, 'udp', True),
              (SOCK_DGRAM, IPPROTO_UDPLITE, 'udplite', False), (SOCK_STREAM, IPPROTO_SCTP, 'sctp', False),
              (SOCK_SEQPACKET, IPPROTO_SCTP, 'sctp', False), (SOCK_RAW, 0, None, True))
_AI_FLAGS = 0x7ff


def _service_number(text):
    """glibc reads a service with strtoul(text, &end, 10): the port when
    that takes all of text and fits an int's sign, else None (a name)."""
    at = 0
    while at < len(text) and text[at] in _SPACE:
        at += 1
    negative = text[at:at + 1] == '-'
    if text[at:at + 1] in ('-', '+'):
        at += 1
    digits = text[at:]
    if not digits or any(ch not in _DEC for ch in digits):
        return 0 if text == '' else None
    value = min(int(digits), 2 ** 64 - 1)
    if negative:
        value = -value % 2 ** 64
    value &= 0xffffffff
    if value >= 2 ** 31:
        return None
    return value & 0xffff


def _matches(entry, kind, proto):
    return (not kind or entry[0] == kind) and (not proto or entry[1] == 0 or entry[1] == proto)


def _socket_kinds(service, kind, proto, flags):
    """[(type, protocol, port)] for the service (None, or text) asked for."""
    first = None
    if kind or proto:
        for entry in _TYPEPROTO:
            if _matches(entry, kind, proto):
                first = entry
                break
        if first is None:
            if kind:
                raise gaierror(EAI_SOCKTYPE, 'ai_socktype not supported')
            raise gaierror(EAI_SERVICE, 'Servname not supported for ai_socktype')
    port = 0
    if service is not None:
        if first is not None and first[2] is None:
            raise gaierror(EAI_SERVICE, 'Servname not supported for ai_socktype')
        port = _service_number(service)
        if port is None:
            if flags & AI_NUMERICSERV:
                raise _not_found()
            out = []
            for entry in (first,) if first is not None else _TYPEPROTO:
                if entry[2] is None:
                    continue
                number = _service_port(service, entry[2])
                if number is not None:
                    out.append((entry[0], entry[1] or proto, number))
            if not out:
                raise gaierror(EAI_SERVICE, 'Servname not supported for ai_socktype')
            return out
    if first is not None:
        return [(first[0], first[1] or proto, port)]
    return [(entry[0], entry[1], port) for entry in _TYPEPROTO if entry[3]]


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is None:
        name = None
    elif isinstance(host, str):
        name = _idna(host)
    elif isinstance(host, bytes):
        name = host.decode('latin-1')
    else:
        raise TypeError('getaddrinfo() argument 1 must be string or None')
    if port is None:
        service = None
    elif _type(port) is int:
        service = '%d' % port
    elif isinstance(port, str):
        service = port
    elif isinstance(port, bytes):
        service = port.decode('latin-1')
    else:
        raise OSError('Int or String expected')
    family, kind, proto, flags = _int_arg(family), _int_arg(type), _int_arg(proto), _int_arg(flags)
    if name is None and service is None:
        raise _not_found()
    if flags & ~_AI_FLAGS or flags & AI_CANONNAME and name is None:
        raise gaierror(EAI_BADFLAGS, 'Bad value for ai_flags')
    if family not in (AF_UNSPEC, AF_INET, AF_INET6):
        raise gaierror(EAI_FAMILY, 'ai_family not supported')
    kinds = _socket_kinds(service, kind, proto, flags)
    if name is None:
        passive = flags & AI_PASSIVE
        both = [(AF_INET, '0.0.0.0', 0), (AF_INET6, '::', 0)] if passive else \
            [(AF_INET6, '::1', 0), (AF_INET, '127.0.0.1', 0)]
        found = [entry for entry in both if not family or entry[0] == family]
    elif flags & AI_NUMERICHOST:
        numeric = _numeric_host(name)
        if numeric is None:
            raise _not_found()
        found = _addresses(name, family)
    else:
        try:
            found = _addresses(name, family)
        except gaierror as exc:
            if exc.errno != EAI_NONAME or not _host_resolves(family):
                raise
            found = [(AF_INET, name, 0)]
    out = []
    for af, address, scope in found:
        for socktype, protocol, number in kinds:
            canonname = ''
            if flags & AI_CANONNAME and not out:
                canonname = name if _numeric_host(name) else _canonical(name)
            sockaddr = (address, number) if af == AF_INET else (address, number, 0, scope)
            out.append((AddressFamily(af), SocketKind(socktype), protocol, canonname, sockaddr))
    return out


def getnameinfo(sockaddr, flags):
    if not isinstance(sockaddr, tuple):
        raise TypeError('getnameinfo() argument 1 must be a tuple')
    if len(sockaddr) not in (2, 3, 4) or not isinstance(sockaddr[0], str):
        raise TypeError('getnameinfo(): illegal sockaddr argument')
    flags = _int_arg(flags)
    host, port = sockaddr[0], _int_arg(sockaddr[1]) & 0xffff
    numeric = _numeric_host(host)
    if numeric is None:
        raise _not_found()
    family, address, scope = numeric
    name = None
    if not flags & NI_NUMERICHOST:
        for known, af, value in _hosts():
            if af == family and value == address:
                name = known
                break
    if name is None:
        if flags & NI_NAMEREQD:
            raise _not_found()
        name = address
    service = None
    if not flags & NI_NUMERICSERV:
        proto = 'udp' if flags & NI_DGRAM else 'tcp'
        for canonical, number, protos, names in _service_table():
            if number == port and proto in protos:
                service = canonical
                break
    return name, service or '%d' % port

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'getdefaulttimeout gethostbyaddr gethostbyname gethostbyname_ex gethostname '
    'getnameinfo getprotobyname getservbyname getservbyport htonl htons inet_aton '
    'inet_ntoa inet_ntop inet_pton ntohl ntohs setdefaulttimeout'))
del as_builtins

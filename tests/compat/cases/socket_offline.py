# socket without a network: the constants (Linux's values; the AddressFamily,
# SocketKind, MsgFlag and AddressInfo enums), the exception names,
# inet_aton/inet_ntoa/inet_pton/inet_ntop with their errors, htons/ntohs/
# htonl/ntohl, the default timeout, and the lookups that need no network
# (numeric addresses, localhost). Nothing here depends on the machine.
import socket

print(socket.AF_UNSPEC, socket.AF_UNIX, socket.AF_INET, socket.AF_INET6, socket.AF_NETLINK, socket.AF_PACKET)
print(repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.AF_ROUTE), str(socket.AF_INET), '%d %s' % (socket.AF_INET, socket.AF_INET6))
print(repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM), repr(socket.SOCK_RAW), socket.SOCK_NONBLOCK, socket.SOCK_CLOEXEC)
print(repr(socket.AI_PASSIVE | socket.AI_CANONNAME), repr(socket.MSG_PEEK), socket.MSG_DONTWAIT | socket.MSG_NOSIGNAL)
print(socket.AddressFamily(2) is socket.AF_INET, socket.SocketKind(1) is socket.SOCK_STREAM, isinstance(socket.AF_INET, int))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_KEEPALIVE, socket.SO_BROADCAST, socket.SO_LINGER,
      socket.SO_RCVBUF, socket.SO_SNDBUF, socket.SO_REUSEPORT, socket.SO_ERROR, socket.SO_TYPE)
print(socket.IPPROTO_IP, socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_IPV6, socket.IPPROTO_ICMP,
      socket.IPPROTO_RAW, socket.IPPROTO_SCTP, socket.TCP_NODELAY, socket.TCP_KEEPIDLE, socket.TCP_KEEPINTVL,
      socket.TCP_KEEPCNT, socket.IPV6_V6ONLY, socket.IP_TTL, socket.IP_MULTICAST_TTL)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.INADDR_ANY, socket.INADDR_LOOPBACK,
      socket.INADDR_BROADCAST)
print(socket.AI_NUMERICHOST, socket.AI_NUMERICSERV, socket.AI_ADDRCONFIG, socket.AI_V4MAPPED, socket.NI_NUMERICHOST,
      socket.NI_NUMERICSERV, socket.NI_NAMEREQD, socket.NI_DGRAM, socket.NI_MAXHOST, socket.NI_MAXSERV)
print(socket.EAI_NONAME, socket.EAI_AGAIN, socket.EAI_FAIL, socket.EAI_FAMILY, socket.EAI_SERVICE, socket.EAI_SOCKTYPE)

print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.herror, OSError),
      issubclass(socket.gaierror, OSError), socket.herror.__name__, socket.gaierror.__name__)
print(isinstance(socket.socket, type), socket.SocketType is socket.socket or issubclass(socket.socket, socket.SocketType),
      isinstance(1, socket.socket))
print(type(socket.gethostname()).__name__, socket.gethostname() != '', type(socket.getfqdn()).__name__)
print(socket._GLOBAL_DEFAULT_TIMEOUT is socket._GLOBAL_DEFAULT_TIMEOUT, socket.getdefaulttimeout())


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e.args)


for text in ['1.2.3.4', '127.1', '1', '0x7f.1', '0177.0.0.1', '255.255.255.255', '256.1.1.1', '1.2.3.4.5', '',
             ' 1.2.3.4', '1.2.3.4 ', '1.2.3.4 junk', '4294967295', '4294967296', '1.16777215', '1.16777216',
             '1.2.65535', '1.2.65536', '08.1.1.1', '0x', '0xff.0xff.0xff.0xff', '0x100.1.1.1', '1..2', '1.2.3.',
             'abc', '\u0661.2.3.4', '1.2.3.4\x00', 1234, b'1.2.3.4', None, '037777777777', '+1.2.3.4']:
    show('inet_aton %r' % (text,), socket.inet_aton, text)
for packed in [b'\x01\x02\x03\x04', b'\x01\x02\x03', b'', bytearray(b'\x7f\0\0\1'), '1234', 1234]:
    show('inet_ntoa %r' % (packed,), socket.inet_ntoa, packed)
for text in ['1.2.3.4', '127.1', '01.2.3.4', '1.2.3.04', '0.0.0.0', '256.1.1.1', '1.2.3', '', '1.2.3.4 ', b'1.2.3.4', None]:
    show('inet_pton4 %r' % (text,), socket.inet_pton, socket.AF_INET, text)
for text in ['::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9',
             '1::2::3', 'fe80::1%eth0', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
             '1.2.3.4::', 'ABCD::EF', '12345::', '0001:02:3::', '00001::', ':', ':::', '1:', ':1', '::ffff:01.2.3.4',
             '::1.2.3.4:1', 'g::', '', '1:2:3:4:5:6:7::8', '2001:db8::1', '1.2.3.4']:
    show('inet_pton6 %r' % (text,), socket.inet_pton, socket.AF_INET6, text)
for packed in [b'\0' * 16, b'\0' * 15 + b'\1', b'\1' + b'\0' * 15, bytes(range(16)), b'\0' * 10 + b'\xff\xff\1\2\3\4',
               b'\0' * 12 + b'\1\2\3\4', b'\x20\x01\x0d\xb8' + b'\0' * 11 + b'\1', b'\0\1\0\0\0\1\0\0\0\0\0\1\0\0\0\0',
               b'\0\1\0\0\0\0\0\1\0\0\0\0\0\1\0\1', b'\0\1' * 8, b'\0' * 14 + b'\xff\xff',
               b'\0' * 8 + b'\xff\xff\0\0\1\2\3\4', b'\0' * 11 + b'\1\1\2\3\4', b'\0\1' + b'\0' * 12 + b'\0\1',
               b'\0\1\0\0\0\0\0\2\0\0\0\0\0\0\0\1', b'\0' * 15, '::']:
    show('inet_ntop6 %r' % (packed,), socket.inet_ntop, socket.AF_INET6, packed)
show('inet_ntop4', socket.inet_ntop, socket.AF_INET, b'\x7f\0\0\1')
show('inet_ntop4 short', socket.inet_ntop, socket.AF_INET, b'\x7f\0\0')
show('inet_pton family', socket.inet_pton, 99, '1.2.3.4')
show('inet_pton AF_UNIX', socket.inet_pton, socket.AF_UNIX, '1.2.3.4')
show('inet_ntop family', socket.inet_ntop, 99, b'1234')
show('inet_pton str family', socket.inet_pton, '2', '1.2.3.4')
for f in (socket.htons, socket.ntohs, socket.htonl, socket.ntohl):
    for value in [0, 1, 0x1234, 0xffff, 0x10000, 0x12345678, 0xffffffff, 0x100000000, 2 ** 31, -1, -2 ** 31 - 1, 2 ** 64,
                  1.5, '1', True, None]:
        show('%s %r' % (f.__name__, value), f, value)

for value in [3, 2.5, 0, True, -1, float('nan'), 'x', 9223372037, 1e10, None]:
    show('setdefaulttimeout %r' % (value,), lambda v: (socket.setdefaulttimeout(v), socket.getdefaulttimeout()), value)
socket.setdefaulttimeout(None)

# lookups that need no network
show('gethostbyname localhost', socket.gethostbyname, 'localhost')
show('gethostbyname numeric', socket.gethostbyname, '10.1.2.3')
show('gethostbyname 0x7f.1', socket.gethostbyname, '0x7f.1')
show('gethostbyname bytes', socket.gethostbyname, b'127.0.0.1')
show('gethostbyname empty', socket.gethostbyname, '')
show('gethostbyname broadcast', socket.gethostbyname, '<broadcast>')
show('gethostbyname ::1', socket.gethostbyname, '::1')
show('gethostbyname int', socket.gethostbyname, 1)
show('gethostbyname empty label', socket.gethostbyname, 'a..b')
show('gethostbyname_ex numeric', socket.gethostbyname_ex, '127.0.0.1')
show('getaddrinfo v4', socket.getaddrinfo, '127.0.0.1', 80)
show('getaddrinfo v4 stream', socket.getaddrinfo, '10.0.0.1', '8080', socket.AF_INET, socket.SOCK_STREAM)
show('getaddrinfo v6', socket.getaddrinfo, '::1', 443, socket.AF_INET6, socket.SOCK_STREAM)
show('getaddrinfo v6 scope', socket.getaddrinfo, 'fe80::1%2', 80, 0, socket.SOCK_DGRAM)
show('getaddrinfo v4-mapped', socket.getaddrinfo, '::ffff:1.2.3.4', None, 0, socket.SOCK_STREAM)
show('getaddrinfo localhost', socket.getaddrinfo, 'localhost', 80, socket.AF_INET, socket.SOCK_STREAM)
show('getaddrinfo passive', socket.getaddrinfo, None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
show('getaddrinfo canonname', socket.getaddrinfo, '1.2.3.4', 80, 0, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)
show('getaddrinfo no port', socket.getaddrinfo, '127.0.0.1', None)
show('getaddrinfo udp', socket.getaddrinfo, '127.0.0.1', 53, proto=socket.IPPROTO_UDP)
show('getaddrinfo sctp', socket.getaddrinfo, '127.0.0.1', 80, proto=socket.IPPROTO_SCTP)
show('getaddrinfo seqpacket', socket.getaddrinfo, '127.0.0.1', 80, type=socket.SOCK_SEQPACKET)
show('getaddrinfo raw port', socket.getaddrinfo, '127.0.0.1', 80, type=socket.SOCK_RAW)
show('getaddrinfo raw', socket.getaddrinfo, '127.0.0.1', None, type=socket.SOCK_RAW, proto=1)
show('getaddrinfo big port', socket.getaddrinfo, '127.0.0.1', 70000, socket.AF_INET, socket.SOCK_STREAM)
show('getaddrinfo -1', socket.getaddrinfo, '127.0.0.1', -1)
show('getaddrinfo float port', socket.getaddrinfo, '127.0.0.1', 80.0)
show('getaddrinfo bool port', socket.getaddrinfo, '127.0.0.1', True)
show('getaddrinfo bytes', socket.getaddrinfo, b'127.0.0.1', b'80', socket.AF_INET, socket.SOCK_STREAM)
show('getaddrinfo " 80"', socket.getaddrinfo, '127.0.0.1', ' 80', socket.AF_INET, socket.SOCK_STREAM)
show('getaddrinfo "80 "', socket.getaddrinfo, '127.0.0.1', '80 ')
show('getaddrinfo ""', socket.getaddrinfo, '127.0.0.1', '', socket.AF_INET, socket.SOCK_STREAM)
show('getaddrinfo family', socket.getaddrinfo, '127.0.0.1', 80, socket.AF_INET6)
show('getaddrinfo AF_UNIX', socket.getaddrinfo, '127.0.0.1', 80, socket.AF_UNIX)
show('getaddrinfo bad type', socket.getaddrinfo, '127.0.0.1', 80, type=99)
show('getaddrinfo mismatch', socket.getaddrinfo, '127.0.0.1', 80, type=socket.SOCK_STREAM, proto=17)
show('getaddrinfo flags', socket.getaddrinfo, '127.0.0.1', 80, flags=0x10000)
show('getaddrinfo numerichost', socket.getaddrinfo, 'localhost', 80, 0, 0, 0, socket.AI_NUMERICHOST)
show('getaddrinfo numericserv', socket.getaddrinfo, '127.0.0.1', 'http', flags=socket.AI_NUMERICSERV)
show('getaddrinfo nothing', socket.getaddrinfo, None, None)
show('getaddrinfo empty', socket.getaddrinfo, '', 80)
show('getaddrinfo int host', socket.getaddrinfo, 1234, 80)
show('getaddrinfo str family', socket.getaddrinfo, '127.0.0.1', 80, '2')
show('getaddrinfo keywords', lambda: socket.getaddrinfo(host='127.0.0.1', port=80, family=2, type=1, proto=0, flags=0))
show('getnameinfo numeric', socket.getnameinfo, ('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
show('getnameinfo short', socket.getnameinfo, ('127.0.0.1',), 0)
show('getnameinfo list', socket.getnameinfo, ['127.0.0.1', 80], 0)
show('getnameinfo name', socket.getnameinfo, ('localhost', 80), 0)
show('getfqdn numeric', lambda: type(socket.getfqdn('10.9.8.7')))

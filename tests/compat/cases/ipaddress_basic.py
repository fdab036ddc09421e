# ipaddress: parsing (with CPython's exact error texts for bad input), str,
# repr, exploded/compressed, packed, int, arithmetic, ordering, the is_*
# properties of both versions, reverse pointers, scope ids, networks and
# their hosts/subnets/supernets/exclusions, interfaces, collapse and
# summarize, and an allow-list check as a workflow would do it.
import ipaddress as ip

def show(label, fn):
    try:
        r = fn()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# --- bad input, every message
for bad in ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1.2.3.4/24', '1..2.3',
            '1.2.3.a', '1.2.3.1234', ' 1.2.3.4', '1.2.3.-1', '0.0.0.00']:
    show('v4 %r' % bad, lambda: ip.IPv4Address(bad))
for bad in [-1, 2**32, b'\x01\x02\x03', b'12345']:
    show('v4 %r' % (bad,), lambda: ip.IPv4Address(bad))
for bad in ['', ':', '::1::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7',
            '1:2:3:4:5:6:7:', '12345::', 'g::', '1::2:3:4:5:6:7:8', '::1.2.3.256',
            '::1.2.3', 'fe80::1%', 'fe80::1%a%b', '1:2:3:4:5:6:7:8:', ':1::', '::1/64',
            '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::ffff:1.2.3.4:5']:
    show('v6 %r' % bad, lambda: ip.IPv6Address(bad))
for bad in [-1, 2**128, b'\x00' * 15]:
    show('v6 %r' % (bad,), lambda: ip.IPv6Address(bad))
for bad in ['nonsense', '1.2.3.4/8', 256 ** 4 * 2 ** 96, -5, '::1/129']:
    show('ip_address %r' % (bad,), lambda: ip.ip_address(bad))
for bad in ['1.2.3.4/24', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/a', '10.0.0.0/ 8',
            '10.0.0.0/8/8', '::/ffff::', '2001:db8::1/64', '10.0.0.0/-1', 'x/8', '::/129',
            ('10.0.0.0', 33), ('10.0.0.0', '33')]:
    show('ip_network %r' % (bad,), lambda: ip.ip_network(bad))
    show('IPv4Network %r' % (bad,), lambda: ip.IPv4Network(bad))
show('interface', lambda: ip.ip_interface('1.2.3.4/40'))
show('interface', lambda: ip.ip_interface('zz'))

# --- addresses
for text in ['0.0.0.0', '10.1.2.3', '127.0.0.1', '169.254.1.1', '172.31.255.255', '172.32.0.0',
             '192.168.1.10', '100.64.1.1', '8.8.8.8', '224.0.0.1', '240.0.0.1',
             '255.255.255.255', '192.0.0.9', '198.18.0.1', '203.0.113.7']:
    a = ip.ip_address(text)
    print(repr(a), str(a), int(a), a.packed, a.exploded, a.compressed, a.version,
          a.max_prefixlen, a.reverse_pointer)
    print('  ', a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local,
          a.is_reserved, a.is_unspecified)
for text in ['::', '::1', '1::', '2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001',
             '2001:db8:0:0:1:0:0:1', '2001:0:0:1:0:0:0:1', 'fe80::1%eth0', 'FE80::ABCD',
             '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::ffff:1.2.3.4', '2002:c000:204::1',
             '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'ff02::1', 'fec0::1', 'fc00::5',
             '100::1', '2001:2::1', '2001:200::1', '64:ff9b::1', '1:2:3:4:5:6:7:8',
             '0:0:0:0:0:0:0:1', '1:0:0:2:0:0:0:3', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7::']:
    a = ip.ip_address(text)
    print(repr(a), str(a), int(a), a.packed.hex(), a.compressed, a.scope_id)
    if a.scope_id is None:
        print('  ', a.exploded, a.reverse_pointer)
    print('  ', a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local,
          a.is_reserved, a.is_unspecified, a.is_site_local, a.ipv4_mapped, a.sixtofour, a.teredo)
show('scoped exploded', lambda: ip.ip_address('fe80::1%eth0').exploded)
print(ip.ip_address(3232235777), ip.ip_address(2**32), ip.ip_address(b'\x7f\x00\x00\x01'),
      ip.ip_address(b'\x00' * 15 + b'\x01'), ip.IPv6Address(1))

# arithmetic, ordering, hashing
a = ip.IPv4Address('10.0.0.255')
print(a + 1, a - 255, a + 0, repr(1 + 0 if False else a + 3))
show('overflow', lambda: ip.IPv4Address('255.255.255.255') + 1)
show('underflow', lambda: ip.IPv4Address('0.0.0.0') - 1)
b6 = ip.IPv6Address('2001:db8::ffff:ffff')
print(b6 + 1, b6 - 2**32 + 1, b6 + 2**64, ip.IPv6Address('::') + (2**128 - 1))
show('v6 overflow', lambda: ip.IPv6Address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff') + 1)
addrs = [ip.ip_address(x) for x in ['10.0.0.10', '10.0.0.2', '192.168.0.1', '10.0.0.1', '1.1.1.1']]
print(sorted(addrs), max(addrs), min(addrs))
print(a == ip.IPv4Address('10.0.0.255'), a != ip.IPv4Address('10.0.0.254'), a == '10.0.0.255',
      a < ip.IPv4Address('10.0.1.0'), a >= a, a > a, a <= a)
show('mixed compare', lambda: ip.IPv4Address('1.2.3.4') < ip.IPv6Address('::1'))
show('mixed compare gt', lambda: ip.IPv4Address('1.2.3.4') > ip.IPv6Address('::1'))
print(ip.IPv4Address('1.2.3.4') == ip.IPv6Address('::102:304'))
print(ip.IPv6Address('fe80::1%eth0') == ip.IPv6Address('fe80::1'),
      ip.IPv6Address('fe80::1%eth0') == ip.IPv6Address('fe80::1%eth0'))
print(len({ip.ip_address('10.0.0.1'), ip.ip_address('10.0.0.1'), ip.ip_address('::1'),
           ip.ip_address('fe80::1%x'), ip.ip_address('fe80::1')}))
for f in ['', 's', 'b', 'x', 'X', 'n', '#b', '#x', '_x', '#_X', '_n', '_b', 'q', '10']:
    show('format %r' % f, lambda: (format(ip.IPv4Address('10.1.2.3'), f),
                                   format(ip.IPv6Address('2001:db8::1'), f)))
print(f'{ip.IPv4Address("1.2.3.4")}|{ip.IPv6Address("::1")!r}')

# --- networks
for text in ['10.0.0.0/8', '192.168.1.0/24', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255',
             '10.0.0.1/32', '10.0.0.0/31', '0.0.0.0/0', ('172.16.0.0', 12), ('172.16.0.0', '12'),
             (3232235776, 24), 167772160, b'\x0a\x00\x00\x00', '2001:db8::/32', '::/0',
             'fe80::%eth0/64', '2001:db8::1/128', ('2001:db8::', 48), '::ffff:0:0/96',
             '100.64.0.0/10', '127.0.0.0/8', '224.0.0.0/4', 'ff00::/8', '::1/128']:
    n = ip.ip_network(text)
    print(repr(n), str(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask,
          n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print('  ', n.compressed, n.is_private, n.is_global, n.is_loopback,
          n.is_multicast, n.is_link_local, n.is_reserved, n.is_unspecified)
show('exploded', lambda: [ip.ip_network(x).exploded for x in ['10.0.0.0/8', '2001:db8::/32', '::/0']])
show('scoped net exploded', lambda: ip.ip_network('fe80::%eth0/64').exploded)
print(ip.ip_network('10.1.2.3/8', strict=False), ip.ip_network('2001:db8::1/32', False),
      ip.IPv4Network('10.1.2.3/255.0.0.0', strict=False))
n = ip.ip_network('192.168.10.0/29')
print(list(n), list(n.hosts()), n[0], n[-1], n[3], n[-8])
show('index', lambda: n[8])
show('index', lambda: n[-9])
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print(list(ip.ip_network('2001:db8::/126').hosts()), list(ip.ip_network('2001:db8::/127').hosts()),
      list(ip.ip_network('fe80::%eth0/128').hosts()))
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=31)))
print(list(ip.ip_network('10.0.0.1/32').subnets()))
show('subnets', lambda: n.subnets(new_prefix=28))
show('subnets', lambda: n.subnets(prefixlen_diff=2, new_prefix=30))
show('subnets', lambda: n.subnets(prefixlen_diff=4))
show('subnets', lambda: n.subnets(prefixlen_diff=-1))
print(n.supernet(), n.supernet(3), n.supernet(new_prefix=16), ip.ip_network('0.0.0.0/0').supernet())
show('supernet', lambda: n.supernet(new_prefix=30))
show('supernet', lambda: n.supernet(30))
show('supernet', lambda: n.supernet(2, new_prefix=20))
v6 = ip.ip_network('2001:db8::/32')
print([str(s) for s in v6.subnets(new_prefix=34)], v6.supernet(new_prefix=16), v6.num_addresses,
      v6[2**96 - 1], v6[-1], v6[12345678901234567890])
big = ip.ip_network('10.0.0.0/16')
print(ip.ip_address('10.0.5.5') in big, ip.ip_address('10.1.0.0') in big,
      ip.ip_address('::1') in big, ip.ip_network('10.0.5.0/24') in big)
print(big.overlaps(ip.ip_network('10.0.200.0/21')), big.overlaps(ip.ip_network('11.0.0.0/8')),
      ip.ip_network('10.0.0.0/24').subnet_of(big), big.supernet_of(ip.ip_network('10.0.0.0/24')),
      big.subnet_of(big), big.subnet_of(ip.ip_network('10.0.0.0/24')))
show('subnet_of', lambda: big.subnet_of(v6))
show('subnet_of', lambda: big.subnet_of(ip.ip_address('10.0.0.1')))
print(list(big.address_exclude(ip.ip_network('10.0.3.0/24'))))
print(list(ip.ip_network('192.0.2.0/28').address_exclude(ip.ip_network('192.0.2.1/32'))))
print(list(big.address_exclude(big)))
show('exclude', lambda: big.address_exclude(ip.ip_network('11.0.0.0/24')))
show('exclude', lambda: big.address_exclude(v6))
show('exclude', lambda: big.address_exclude(ip.ip_address('10.0.0.1')))
print(sorted([ip.ip_network(x) for x in ['10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8', '10.0.0.0/24']]))
print(big.compare_networks(ip.ip_network('10.0.0.0/8')), big.compare_networks(big),
      big.compare_networks(ip.ip_network('9.0.0.0/16')))
print(big == ip.ip_network('10.0.0.0/16'), big == '10.0.0.0/16', big != v6,
      len({big, ip.ip_network('10.0.0.0/16'), v6}), big < ip.ip_network('10.0.0.0/17'))
show('net mixed', lambda: big < v6)
print(ip.ip_network('2001:db8::/32').exploded, ip.ip_network('fe80::%eth0/64').with_prefixlen)

# --- interfaces
for text in ['192.168.1.10/24', '10.0.0.1/255.0.0.0', '10.0.0.1', '2001:db8::5/64',
             'fe80::1%eth0/64', ('10.1.1.1', 16), '::1/128', '::/0', '::ffff:10.0.0.1/120']:
    i = ip.ip_interface(text)
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen,
          i.with_netmask, i.with_hostmask, i.is_private, i.is_loopback, i.is_unspecified)
print(ip.ip_interface('2001:db8::5/64').exploded)
i1, i2 = ip.ip_interface('10.0.0.5/24'), ip.ip_interface('10.0.0.5/16')
print(i1 == i2, i1 == ip.ip_interface('10.0.0.5/24'), i1 < i2, i2 < i1,
      i1 == ip.ip_address('10.0.0.5'), len({i1, i2, ip.ip_interface('10.0.0.5/24')}))

# --- collapse / summarize / keys / packing
print(list(ip.collapse_addresses([ip.ip_network(x) for x in
      ['192.0.2.0/25', '192.0.2.128/25', '192.0.3.0/24', '10.0.0.0/8', '10.1.0.0/16']])))
print(list(ip.collapse_addresses([ip.ip_address('10.0.0.%d' % k) for k in
      [0, 1, 2, 3, 5, 6, 7, 4, 9, 255]])))
print(list(ip.collapse_addresses([ip.ip_network('2001:db8::/33'), ip.ip_network('2001:db8:8000::/33'),
                                  ip.ip_address('::1'), ip.ip_network('::2/128')])))
show('collapse mixed', lambda: ip.collapse_addresses([ip.ip_address('1.1.1.1'), ip.ip_address('::1')]))
show('collapse mixed', lambda: ip.collapse_addresses([ip.ip_network('1.1.1.0/24'), ip.ip_network('::/64')]))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::1'), ip.IPv6Address('::ff'))))
print(list(ip.summarize_address_range(ip.IPv6Address('fff0::'),
                                      ip.IPv6Address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))))
show('summarize', lambda: ip.summarize_address_range(ip.IPv4Address('1.0.0.2'), ip.IPv4Address('1.0.0.1')))
show('summarize', lambda: ip.summarize_address_range(ip.IPv4Address('1.0.0.2'), ip.IPv6Address('::1')))
show('summarize', lambda: ip.summarize_address_range(ip.ip_network('1.0.0.0/24'), ip.IPv4Address('1.0.0.1')))
mixed = [ip.ip_address('::1'), ip.ip_network('10.0.0.0/8'), ip.ip_address('10.0.0.1'),
         ip.ip_network('::/0'), ip.ip_address('9.9.9.9'), ip.ip_network('10.0.0.0/16')]
print(sorted(mixed, key=ip.get_mixed_type_key), ip.get_mixed_type_key('x'))
print(ip.v4_int_to_packed(3232235777), ip.v6_int_to_packed(1))
show('packed', lambda: ip.v4_int_to_packed(2**32))
show('packed', lambda: ip.v6_int_to_packed(-1))
print(ip.IPV4LENGTH, ip.IPV6LENGTH, issubclass(ip.AddressValueError, ValueError),
      issubclass(ip.NetmaskValueError, ValueError))

# --- a workflow allow-list
allow = [ip.ip_network(c) for c in ['10.0.0.0/8', '192.168.0.0/16', '2001:db8::/32', '140.82.112.0/20']]
for client in ['10.20.30.40', '192.169.0.1', '2001:db8:1::7', '140.82.121.4', '2001:db9::1', '8.8.4.4']:
    addr = ip.ip_address(client)
    print(client, any(addr in net for net in allow),
          [str(net) for net in allow if net.version == addr.version and addr in net])
print([str(h) for h in ip.ip_network('172.20.0.0/30').hosts()],
      sum(1 for _ in ip.ip_network('10.0.0.0/22')))

# --- odd inputs and mixed address/interface/network comparisons
import copy
show('a', lambda: ip.ip_network(ip.IPv4Address('1.2.3.4')))
show('b', lambda: ip.IPv4Network(ip.IPv4Interface('1.2.3.4/24')))
show('c', lambda: ip.IPv4Address(ip.IPv4Interface('1.2.3.4/24')))
show('d', lambda: isinstance(ip.ip_interface('1.2.3.4/24'), ip.IPv4Address))
show('e', lambda: next(iter(ip.ip_network('::/0').hosts())))
show('f', lambda: next(iter(ip.ip_network('0.0.0.0/0').hosts())))
show('g', lambda: copy.copy(ip.ip_address('1.2.3.4')))
show('h', lambda: copy.deepcopy(ip.ip_network('10.0.0.0/8')))
show('i', lambda: ip.IPv4Address(None))
show('j', lambda: ip.IPv4Address(1.5))
show('k', lambda: ip.ip_address('::1') + ip.ip_address('::1'))
show('l', lambda: {ip.ip_address('1.2.3.4'): 1}[ip.IPv4Address(16909060)])
show('m', lambda: ip.ip_network(('10.0.0.0', '255.255.0.0')))
show('n', lambda: ip.ip_network(('10.0.0.1',)))
show('o', lambda: ip.IPv6Network(('2001:db8::', 'ffff::')))
show('p', lambda: ip.ip_network('10.0.0.0/8').hosts().__class__.__name__)
show('q', lambda: list(ip.ip_network('10.0.0.0/30').subnets(new_prefix=32)))
show('r', lambda: ip.IPv4Interface('1.2.3.4/24') < ip.IPv4Interface('1.2.3.5/24'))
show('s', lambda: ip.ip_interface('1.2.3.4/24') == ip.ip_network('1.2.3.0/24'))
show('t', lambda: ip.ip_address('1.2.3.4') == ip.ip_interface('1.2.3.4/32'))
show('u', lambda: sorted([ip.ip_interface('1.2.3.4/24'), ip.ip_interface('1.2.3.4/16'), ip.ip_interface('1.2.3.1/24')]))
show('v', lambda: ip.ip_network('10.0.0.0/8').subnets(prefixlen_diff=25))
show('w', lambda: ip.ip_address('fe80::1%') )
show('x', lambda: ip.IPv6Interface('fe80::1%eth0/64').ip)
show('y', lambda: ip.IPv6Interface('fe80::1%eth0/64').with_netmask)
show('z', lambda: ip.ip_network('10.0.0.0/8') in [ip.ip_network('10.0.0.0/8')])
show('aa', lambda: ip.IPv4Network('10.0.0.0/8').overlaps(ip.IPv6Network('::/0')))
show('ab', lambda: ip.ip_address('10.0.0.1') in ip.ip_network('::/0'))
show('ac', lambda: ip.IPv6Address('1:2:3:4:5:6:7:8%25'))
show('ad', lambda: ip.IPv6Address(b'\x00'*16).packed)
show('ae', lambda: ip.IPv6Address(' ::1'))
show('af', lambda: ip.IPv4Network('10.0.0.0/08'))
show('ag', lambda: ip.IPv4Network('10.0.0.0/255.255.0.255'))
show('ah', lambda: ip.IPv4Network('10.0.0.0/0.0.0.0'))
show('ai', lambda: ip.IPv4Network('0.0.0.0/255.255.255.255'))
show('aj', lambda: ip.IPv4Network('1.0.0.0/0.255.255.255'))
show('ak', lambda: ip.IPv4Network('10.0.0.0/'))
show('al', lambda: ip.IPv6Network('::/'))
show('v6 eq', lambda: (ip.ip_address('fe80::1') == ip.ip_interface('fe80::1/128'), ip.ip_address('fe80::1') != ip.ip_interface('fe80::1/128'), ip.ip_interface('::1/128') == ip.ip_address('::1')))
for obj in [ip.ip_address('1.2.3.4'), ip.ip_address('fe80::1%e'), ip.ip_address('::1'),
            ip.ip_network('10.0.0.0/8'), ip.ip_interface('1.2.3.4/24'), ip.ip_interface('fe80::1%e/64')]:
    cls, args = obj.__reduce__()
    print(cls.__name__, args, cls(*args) == obj)

"""ipaddress: ip_address, ip_network, ip_interface, IPv4Address/Network/
Interface, IPv6Address/Network/Interface (scope ids included),
collapse_addresses, summarize_address_range, get_mixed_type_key,
v4_int_to_packed, v6_int_to_packed and the two error classes, for checking
an address against an allow-list of CIDRs, sorting addresses and expanding
small networks.

Parsing, error messages, str/repr/format, arithmetic, ordering and the
is_* properties follow CPython 3.11.7 (before the 3.11.10 change to the
private and global tables). Differences: the computed network attributes
(broadcast_address, hostmask) are recomputed on each use rather than cached,
and hosts is always a method (CPython swaps in __iter__ for /31 and /127,
with the same results). Comparing an address with an unrelated type raises
TypeError with MicroPython's wording."""
from _ipaddress_base import (IPV4LENGTH, IPV6LENGTH, AddressValueError,
                             NetmaskValueError, _IPAddressBase, _BaseAddress,
                             _BaseNetwork, _Interface, _DEC, _table, _in_table,
                             _trailing_zeros, _bit_length, _same_version)

__all__ = ['IPV4LENGTH', 'IPV6LENGTH', 'AddressValueError', 'NetmaskValueError',
           'IPv4Address', 'IPv4Network', 'IPv4Interface', 'IPv6Address', 'IPv6Network',
           'IPv6Interface', 'ip_address', 'ip_network', 'ip_interface',
           'v4_int_to_packed', 'v6_int_to_packed', 'summarize_address_range',
           'collapse_addresses', 'get_mixed_type_key']


def ip_address(address):
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (address,))


def ip_network(address, strict=True):
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 network' % (address,))


def ip_interface(address):
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 interface' % (address,))


def _packed(address, size, version):
    if not 0 <= address < 1 << (size * 8):
        raise ValueError('Address negative or too large for IPv%d' % version)
    return address.to_bytes(size, 'big')


def v4_int_to_packed(address):
    return _packed(address, 4, 4)


def v6_int_to_packed(address):
    return _packed(address, 16, 6)


class _BaseV4:
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_string(cls, arg):
        try:
            return cls._prefix_from_prefix_string(arg)
        except NetmaskValueError:
            return cls._prefix_from_ip_string(arg)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str))
        return value

    @staticmethod
    def _parse_octet(octet_str):
        if not octet_str:
            raise ValueError('Empty octet not permitted')
        if not _DEC.issuperset(octet_str):
            raise ValueError('Only decimal digits permitted in %r' % octet_str)
        if len(octet_str) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError('Octet %d (> 255) not permitted' % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str((ip_int >> s) & 0xFF) for s in (24, 16, 8, 0))

    def _explode_shorthand_ip_string(self):
        return str(self)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


_V4_TABLES = {}
_V4_TEXT = {
    'private': ('0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
                '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
                '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
                '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32'),
    'shared': ('100.64.0.0/10',), 'reserved': ('240.0.0.0/4',),
    'multicast': ('224.0.0.0/4',), 'loopback': ('127.0.0.0/8',),
    'link_local': ('169.254.0.0/16',),
}


def _v4(name):
    if name not in _V4_TABLES:
        _V4_TABLES[name] = _table(IPv4Address, _V4_TEXT[name])
    return _V4_TABLES[name]


class IPv4Address(_BaseV4, _BaseAddress):
    """A 32-bit address."""

    def __init__(self, address):
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            value = int.from_bytes(address, 'big')
        elif isinstance(address, int):
            self._check_int_address(address)
            value = address
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % (address,))
            value = self._ip_int_from_string(text)
        self._ip = value

    @staticmethod
    def _private():
        return _v4('private')

    @property
    def packed(self):
        return self._ip.to_bytes(4, 'big')

    @property
    def is_reserved(self):
        return _in_table(self._ip, _v4('reserved'))

    @property
    def is_private(self):
        return _in_table(self._ip, _v4('private'))

    @property
    def is_global(self):
        return not _in_table(self._ip, _v4('shared')) and not self.is_private

    @property
    def is_multicast(self):
        return _in_table(self._ip, _v4('multicast'))

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return _in_table(self._ip, _v4('loopback'))

    @property
    def is_link_local(self):
        return _in_table(self._ip, _v4('link_local'))


_BaseV4._address_class = IPv4Address


class IPv4Interface(_Interface, IPv4Address):
    """An address together with the network it sits in."""

    def __init__(self, address):
        self._setup(address, IPv4Network)

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)


class IPv4Network(_BaseV4, _BaseNetwork):
    """A 32-bit network, e.g. IPv4Network('192.168.0.0/16')."""

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        base = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        self.network_address = base
        masked = int(base) & int(self.netmask)
        if masked != int(base):
            if strict:
                raise ValueError('%s has host bits set' % self)
            # strict=False clears the host bits instead
            self.network_address = IPv4Address(masked)

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


from _ipaddress_v6 import IPv6Address, IPv6Interface, IPv6Network


def _consecutive_runs(addresses):
    # sorted, de-duplicated addresses -> [first, last] of each unbroken run
    runs = []
    for addr in addresses:
        if runs and addr._ip == runs[-1][1]._ip + 1:
            runs[-1][1] = addr
        else:
            runs.append([addr, addr])
    return runs


def summarize_address_range(first, last):
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net = IPv4Network if first.version == 4 else IPv6Network
    bits = first._max_prefixlen
    first_int, last_int = first._ip, last._ip
    while first_int <= last_int:
        nbits = min(_trailing_zeros(first_int, bits), _bit_length(last_int - first_int + 1) - 1)
        yield net((first_int, bits - nbits))
        first_int += 1 << nbits
        if first_int - 1 == net._ALL_ONES:
            break


def _collapse(networks):
    # Sorted by (start, size), a network either lies inside the last one kept
    # (skip it) or starts after it; two halves of one block that end up next
    # to each other on the stack are replaced by that block, repeatedly.
    kept = []
    # sorting the reversed list makes a version mix fail on the same pair,
    # in the same order, as CPython's collapse does
    for net in sorted(networks[::-1]):
        if kept and kept[-1].broadcast_address >= net.broadcast_address:
            continue
        kept.append(net)
        while len(kept) > 1:
            left, right = kept[-2], kept[-1]
            if left._prefixlen != right._prefixlen:
                break
            whole = left.supernet()
            if whole != right.supernet():
                break
            kept[-2:] = [whole]
    for net in kept:
        yield net


def collapse_addresses(addresses):
    singles = []
    blocks = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            dest, value = singles, item
        elif item._prefixlen == item._max_prefixlen:
            # a /32 (/128) network is one address and merges with addresses
            dest, value = singles, getattr(item, 'ip', None) or item.network_address
        else:
            dest, value = blocks, item
        if dest and dest[-1]._version != item._version:
            raise _same_version(item, dest[-1])
        dest.append(value)
    pieces = []
    for lo, hi in _consecutive_runs(sorted(set(singles))):
        pieces.extend(summarize_address_range(lo, hi))
    return _collapse(pieces + blocks)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented

"""Private part of ipaddress: the IPv6 classes (see ipaddress.py)."""
from _ipaddress_base import (IPV6LENGTH, AddressValueError, _BaseAddress,
                             _BaseNetwork, _Interface, _table, _in_table)

_HEX = frozenset('0123456789abcdefABCDEF')


def _v4(value):
    # IPv4Address lives in ipaddress, which imports this module first
    from ipaddress import IPv4Address
    return IPv4Address(value)


class _BaseV6:
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_string(cls, arg):
        return cls._prefix_from_prefix_string(arg)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least 3 parts expected in %r' % ip_str)
        if '.' in parts[-1]:
            # a trailing dotted quad stands for the last two hextets
            try:
                v4 = _v4(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str))
            parts.append('%x' % (v4 >> 16))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > 9:
            raise AddressValueError('At most 8 colons permitted in %r' % ip_str)
        hi, lo, skipped = cls._layout(parts, ip_str)
        value = 0
        try:
            for part in parts[:hi]:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * skipped
            for part in parts[len(parts) - lo:]:
                value = (value << 16) | cls._parse_hextet(part)
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None
        return value

    @staticmethod
    def _layout(parts, ip_str):
        # how many hextets come before and after '::' and how many it stands for
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip = i
        if skip is None:
            if len(parts) != 8:
                raise AddressValueError("Exactly 8 parts expected without '::' in %r" % ip_str)
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            return len(parts), 0, 0
        hi = skip
        lo = len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
        if not parts[-1]:
            lo -= 1
            if lo:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        skipped = 8 - (hi + lo)
        if skipped < 1:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % ip_str)
        return hi, lo, skipped

    @staticmethod
    def _parse_hextet(hextet_str):
        if not _HEX.issuperset(hextet_str):
            raise ValueError('Only hex digits permitted in %r' % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError('At most 4 characters permitted in %r' % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> s) & 0xFFFF) for s in range(112, -1, -16)]
        # the first longest run of two or more zero hextets becomes '::'
        best, best_len, start = -1, 0, -1
        for i, h in enumerate(hextets + ['x']):
            if h == '0':
                if start < 0:
                    start = i
            elif start >= 0:
                if i - start > best_len:
                    best, best_len = start, i - start
                start = -1
        if best_len > 1:
            left = ':'.join(hextets[:best])
            right = ':'.join(hextets[best + best_len:])
            return left + '::' + right
        return ':'.join(hextets)

    def _explode_shorthand_ip_string(self):
        # a network spells out its network address and an interface its
        # address, both followed by the prefix length
        if isinstance(self, IPv6Network):
            base, suffix = self.network_address, '/%d' % self._prefixlen
        elif isinstance(self, IPv6Interface):
            base, suffix = self.ip, '/%d' % self._prefixlen
        else:
            base, suffix = self, ''
        digits = '%032x' % self._ip_int_from_string(str(base))
        return ':'.join(digits[i:i + 4] for i in range(0, 32, 4)) + suffix

    def _reverse_pointer(self):
        chars = self.exploded[::-1].replace(':', '')
        return '.'.join(chars) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            return addr, None
        if not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


_V6_TABLES = {}
_V6_TEXT = {
    'private': ('::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
                '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10'),
    'reserved': ('::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
                 '4000::/3', '6000::/3', '8000::/3', 'a000::/3', 'c000::/3',
                 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9'),
}


def _v6(name):
    if name not in _V6_TABLES:
        _V6_TABLES[name] = _table(IPv6Address, _V6_TEXT[name])
    return _V6_TABLES[name]


class IPv6Address(_BaseV6, _BaseAddress):
    """A 128-bit address, optionally with a '%scope' suffix."""

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError("Unexpected '/' in %r" % (address,))
        addr_str, scope = self._split_scope_id(addr_str)
        self._scope_id = scope
        self._ip = self._ip_int_from_string(addr_str)

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        equal = _BaseAddress.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @staticmethod
    def _private():
        return _v6('private')

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return self._ip.to_bytes(16, 'big')

    @property
    def is_multicast(self):
        return self._ip >> 120 == 0xFF

    @property
    def is_reserved(self):
        return _in_table(self._ip, _v6('reserved'))

    @property
    def is_link_local(self):
        return self._ip >> 118 == 0x3FA

    @property
    def is_site_local(self):
        return self._ip >> 118 == 0x3FB

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _in_table(self._ip, _v6('private'))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return _v4(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return _v4((self._ip >> 64) & 0xFFFFFFFF), _v4(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return _v4((self._ip >> 80) & 0xFFFFFFFF)


_BaseV6._address_class = IPv6Address


class IPv6Interface(_Interface, IPv6Address):
    """An IPv6 address together with the network it sits in."""

    def __init__(self, address):
        self._setup(address, IPv6Network)

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    # an interface is unspecified (::) or loopback (::1) only when the
    # network around it is as well
    is_unspecified = property(lambda self: self._ip == 0 and self.network.is_unspecified)
    is_loopback = property(lambda self: self._ip == 1 and self.network.is_loopback)


class IPv6Network(_BaseV6, _BaseNetwork):
    """A 128-bit network, e.g. IPv6Network('2001:db8::/32')."""

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        start = self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        whole = int(start)
        kept = whole & int(self.netmask)
        if kept != whole:
            # bits set below the prefix: an error, or dropped when not strict
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(kept)

    def _host_range(self):
        # only the all-zeros (Subnet-Router anycast) address is left out
        return int(self.network_address) + 1, int(self.broadcast_address)

    @property
    def is_site_local(self):
        return self._both('is_site_local')

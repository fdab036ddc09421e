"""Private half of ipaddress: the errors, what addresses and networks of both
versions share, and the IPv4 classes. ipaddress.py adds IPv6 and the
module-level functions."""

IPV4LENGTH = 32
IPV6LENGTH = 128

_DEC = frozenset('0123456789')


class AddressValueError(ValueError):
    """A bad address."""


class NetmaskValueError(ValueError):
    """A bad netmask or prefix length."""


def _same_version(a, b):
    return TypeError('%s and %s are not of the same version' % (a, b))


def _trailing_zeros(number, bits):
    # how many low bits of number are 0, at most bits
    if number == 0:
        return bits
    n = 0
    while not number & 1 and n < bits:
        number >>= 1
        n += 1
    return n


def _bit_length(n):
    length = 0
    while n:
        n >>= 1
        length += 1
    return length


def _table(cls, texts):
    # 'addr/prefix' strings -> (network int, mask int), built on first use
    out = []
    for t in texts:
        addr, plen = t.split('/')
        mask = cls._ip_int_from_prefix(int(plen))
        out.append((cls._ip_int_from_string(addr), mask))
    return out


def _in_table(ip, table):
    for net, mask in table:
        if ip & mask == net:
            return True
    return False


class _IPAddressBase:
    """Parsing of prefixes and masks, shared by every class here."""

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zeros(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str)

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not prefixlen_str or not _DEC.issuperset(prefixlen_str):
            cls._report_invalid_netmask(prefixlen_str)
        prefixlen = int(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        # a netmask ('255.255.0.0') or a hostmask ('0.0.255.255')
        try:
            as_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            as_int = None
        if as_int is not None:
            for candidate in (as_int, as_int ^ cls._ALL_ONES):
                try:
                    return cls._prefix_from_ip_int(candidate)
                except ValueError:
                    pass
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = str(address).split('/')
            if len(address) > 2:
                raise AddressValueError("Only one '/' permitted in %r" % '/'.join(address))
        if len(address) > 1:
            return address[0], address[1]
        return address[0], cls._max_prefixlen

    @classmethod
    def _make_netmask(cls, arg):
        cache = cls._netmask_cache
        if arg not in cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_mask_string(arg)
            cache[arg] = (cls._address_class(cls._ip_int_from_prefix(prefixlen)), prefixlen)
        return cache[arg]

    def __reduce__(self):
        return self.__class__, (str(self),)


class _BaseAddress(_IPAddressBase):
    """Comparison, arithmetic and formatting of one address."""

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        if isinstance(other, _Interface) and not isinstance(self, _Interface):
            # CPython asks the subclass (the interface) first
            return other.__eq__(self)
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise _same_version(self, other)
        return self._ip < other._ip

    def __gt__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else not lt and self != other

    def __le__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else lt or self == other

    def __ge__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else not lt

    def _moved(self, delta):
        # the constructor range-checks the result (AddressValueError)
        return self.__class__(int(self) + delta)

    def __add__(self, other):
        return self._moved(other) if isinstance(other, int) else NotImplemented

    def __sub__(self, other):
        return self._moved(-other) if isinstance(other, int) else NotImplemented

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        if not fmt or fmt == 's':
            return str(self)
        alt = fmt[0] == '#'
        rest = fmt[1:] if alt else fmt
        group = rest[:1] == '_'
        kind = rest[1:] if group else rest
        if kind not in ('b', 'x', 'X', 'n'):
            raise TypeError('unsupported format string passed to %s.__format__'
                            % self.__class__.__name__)
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        step = 1 if kind == 'b' else 4
        digits = ('{:0%d%s}' % (self._max_prefixlen // step, kind)).format(self._ip)
        if group:
            digits = '_'.join(digits[i:i + 4] for i in range(0, len(digits), 4))
        if alt:
            digits = '0' + ('X' if kind == 'X' else kind) + digits
        return digits


class _BaseNetwork(_IPAddressBase):
    """A network: a base address plus a prefix length."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def _host_range(self):
        return int(self.network_address) + 1, int(self.broadcast_address) - 1

    def hosts(self):
        if self._prefixlen == self._max_prefixlen:
            return [self.network_address]
        if self._prefixlen == self._max_prefixlen - 1:
            return self.__iter__()
        return self._walk(*self._host_range())

    def _walk(self, lo, hi):
        cls = self._address_class
        while lo <= hi:
            yield cls(lo)
            lo += 1

    def __iter__(self):
        return self._walk(int(self.network_address), int(self.broadcast_address))

    def __getitem__(self, n):
        lo, hi = int(self.network_address), int(self.broadcast_address)
        # negative indexes count back from the broadcast address
        target = lo + n if n >= 0 else hi + 1 + n
        if target < lo or target > hi:
            raise IndexError('address out of range')
        return self._address_class(target)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise _same_version(self, other)
        # by start address, then the larger block (smaller mask) first
        return (self.network_address, self.netmask) < (other.network_address, other.netmask)

    def __gt__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else not lt and self != other

    def __le__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else lt or self == other

    def __ge__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else not lt

    def __eq__(self, other):
        # anything with the three attributes compares (interfaces' .network too)
        try:
            if self._version != other._version or self.network_address != other.network_address:
                return False
            return int(self.netmask) == int(other.netmask)
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork) or self._version != other._version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    def _slash(self, tail):
        return '%s/%s' % (self.network_address, tail)

    @property
    def with_prefixlen(self):
        return self._slash(self._prefixlen)

    @property
    def with_netmask(self):
        return self._slash(self.netmask)

    @property
    def with_hostmask(self):
        return self._slash(self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        if self._version != other._version:
            raise _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            else:
                yield s1
                s1, s2 = s2.subnets()
        yield s2 if s1 == other else s1

    def compare_networks(self, other):
        if self._version != other._version:
            raise _same_version(self, other)
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def _prefix_delta(self, prefixlen_diff, new_prefix, direction):
        # new_prefix is the other way to say how far to move; not both at once
        if new_prefix is None:
            return prefixlen_diff
        wrong_way = new_prefix < self._prefixlen if direction == 'longer' else new_prefix > self._prefixlen
        if wrong_way:
            raise ValueError('new prefix must be ' + direction)
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return abs(new_prefix - self._prefixlen)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            # a single address does not split
            yield self
            return
        delta = self._prefix_delta(prefixlen_diff, new_prefix, 'longer')
        if delta < 0:
            raise ValueError('prefix length diff must be > 0')
        target = self._prefixlen + delta
        if target > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (target, self))
        size = (int(self.hostmask) + 1) >> delta
        pos = int(self.network_address)
        last = int(self.broadcast_address)
        while pos <= last:
            yield self.__class__((pos, target))
            pos += size

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        delta = self._prefix_delta(prefixlen_diff, new_prefix, 'shorter')
        target = self._prefixlen - delta
        if target < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, delta))
        start = int(self.network_address) & (int(self.netmask) << delta)
        return self.__class__((start, target))

    def _both(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_multicast(self):
        return self._both('is_multicast')

    @property
    def is_reserved(self):
        return self._both('is_reserved')

    @property
    def is_link_local(self):
        return self._both('is_link_local')

    @property
    def is_loopback(self):
        return self._both('is_loopback')

    @property
    def is_unspecified(self):
        return self._both('is_unspecified')

    @property
    def is_private(self):
        # both ends inside one of the private blocks (no IPv4-mapped shortcut)
        lo, hi = int(self.network_address), int(self.broadcast_address)
        for net, mask in self._address_class._private():
            if lo & mask == net and hi & mask == net:
                return True
        return False

    @property
    def is_global(self):
        return not self.is_private

    def subnet_of(self, other):
        return _is_subnet_of(self, other)

    def supernet_of(self, other):
        return _is_subnet_of(other, self)


def _is_subnet_of(a, b):
    try:
        if a._version != b._version:
            raise TypeError('%s and %s are not of the same version' % (a, b))
        return (b.network_address <= a.network_address and
                b.broadcast_address >= a.broadcast_address)
    except AttributeError:
        raise TypeError('Unable to test subnet containment between %s and %s' % (a, b))


class _Interface:
    """What IPv4Interface and IPv6Interface share (mixed in before the
    address class)."""

    def _setup(self, address, network_class):
        addr, mask = self._split_addr_prefix(address)
        self._address_class.__init__(self, addr)
        self.network = network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __eq__(self, other):
        equal = self._address_class.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

"""uuid: the UUID class (hex, int, bytes, bytes_le, fields, urn, version,
variant, comparison), uuid1 (random node, as when no MAC is known),
uuid3/uuid5 (MD5/SHA-1 name-based), uuid4, and the standard namespaces."""
import os
import time

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = (
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition')


def __getattr__(name):
    # SafeUUID is an Enum: made when first asked for, so that importing
    # uuid for uuid4() does not import enum
    if name == 'SafeUUID':
        import enum

        class SafeUUID(enum.Enum):
            safe = 0
            unsafe = -1
            unknown = None
        SafeUUID.__module__ = 'uuid'
        globals()['SafeUUID'] = SafeUUID
        return SafeUUID
    raise AttributeError("module 'uuid' has no attribute '%s'" % name)


# CPython's hooks into its _uuid C module, None where that module is
# missing (as here); freezegun saves and patches them
_uuid = None
_generate_time_safe = None
_UuidCreate = None
_has_uuid_generate_time_safe = None


def _load_system_functions():
    pass  # deprecated in CPython; does nothing there either


class _IsSafe:
    # UUID.is_safe. Not a property: a property without a setter would
    # answer `u.is_safe = x` itself, where UUID's __setattr__ must
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        safe = getattr(obj, '_is_safe', None)
        return __getattr__('SafeUUID').unknown if safe is None else safe


class UUID:
    __slots__ = ('int', '_is_safe')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            h = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(h) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(h, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            tl, tm, th, ch, cl, node = fields
            int = (tl << 96) | (tm << 80) | (th << 64) | (ch << 56) | (cl << 48) | node
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        # None stands for SafeUUID.unknown (is_safe below makes the enum)
        object.__setattr__(self, '_is_safe', is_safe)

    is_safe = _IsSafe()

    def __getstate__(self):
        state = {'int': self.int}
        safe = getattr(self, '_is_safe', None)
        if safe is not None and safe.value is not None:
            state['is_safe'] = safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = state.get('is_safe')
        object.__setattr__(self, '_is_safe', None if safe is None else __getattr__('SafeUUID')(safe))

    def __setattr__(self, n, v):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, o):
        return isinstance(o, UUID) and self.int == o.int

    def __lt__(self, o):
        return self.int < o.int

    def __le__(self, o):
        return self.int <= o.int

    def __gt__(self, o):
        return self.int > o.int

    def __ge__(self, o):
        return self.int >= o.int

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = self.hex
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def __repr__(self):
        return "UUID('%s')" % self

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    time_low = property(lambda s: s.int >> 96)
    time_mid = property(lambda s: (s.int >> 80) & 0xffff)
    time_hi_version = property(lambda s: (s.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda s: (s.int >> 56) & 0xff)
    clock_seq_low = property(lambda s: (s.int >> 48) & 0xff)
    node = property(lambda s: s.int & 0xffffffffffff)
    time = property(lambda s: ((s.time_hi_version & 0x0fff) << 48) | (s.time_mid << 32) | s.time_low)
    clock_seq = property(lambda s: ((s.clock_seq_hi_variant & 0x3f) << 8) | s.clock_seq_low)
    urn = property(lambda s: 'urn:uuid:' + str(s))

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_int = int


def _swap(b):
    # MicroPython's bytes take no negative slice steps.
    return bytes(reversed(b[0:4])) + bytes(reversed(b[4:6])) + bytes(reversed(b[6:8])) + b[8:]
_last = [None]


def getnode():
    # No MAC address in the sandbox: a random multicast node, as CPython uses.
    return _int.from_bytes(os.urandom(6), 'big') | (1 << 40)


def uuid1(node=None, clock_seq=None):
    ns = time.time_ns()
    ts = ns // 100 + 0x01b21dd213814000
    if _last[0] is not None and ts <= _last[0]:
        ts = _last[0] + 1
    _last[0] = ts
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    return UUID(fields=(ts & 0xffffffff, (ts >> 32) & 0xffff, (ts >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def uuid3(namespace, name):
    import hashlib
    if isinstance(name, str):
        name = name.encode()
    return UUID(bytes=hashlib.md5(namespace.bytes + name).digest()[:16], version=3)


def uuid4():
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    import hashlib
    if isinstance(name, str):
        name = name.encode()
    return UUID(bytes=hashlib.sha1(namespace.bytes + name).digest()[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
NIL = UUID(int=0)

"""The binary property-list format for plistlib ('bplist00'): the
writer, which lays out objects, references and the offset table as
CPython 3.11 does (equal strings, numbers, dates and bytes stored once,
each container on its own), and the reader. Imported when a binary plist
is first read or written."""
import datetime
import struct
from plistlib import UID, InvalidFileException, _EPOCH, _string_key

_INT_CODES = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_SCALARS = (str, int, float, datetime.datetime, bytes)  # stored once each


def _width(count):
    # bytes needed for numbers below count
    for size in (1, 2, 4):
        if count < 1 << (8 * size):
            return size
    return 8


class BinaryWriter:
    def __init__(self, sort_keys, skipkeys):
        self.sort_keys, self.skipkeys = sort_keys, skipkeys
        self.objects = []     # in the order they are written
        self.scalar_refs = {}  # (type, value) -> index: equal scalars shared
        self.other_refs = {}   # id -> index: each container its own

    def ref(self, value):
        if isinstance(value, _SCALARS):
            return self.scalar_refs[(type(value), value)]
        return self.other_refs[id(value)]

    def items(self, d):
        pairs = sorted(d.items()) if self.sort_keys else d.items()
        return [(k, v) for k, v in pairs if _string_key(k, self.skipkeys)]

    def collect(self, value):
        # Number every object, parents before children, keys before values.
        if isinstance(value, _SCALARS):
            if (type(value), value) in self.scalar_refs:
                return
            self.scalar_refs[(type(value), value)] = len(self.objects)
        else:
            if id(value) in self.other_refs:
                return
            self.other_refs[id(value)] = len(self.objects)
        self.objects.append(value)
        if isinstance(value, dict):
            pairs = self.items(value)
            for child in [k for k, _ in pairs] + [v for _, v in pairs]:
                self.collect(child)
        elif isinstance(value, (list, tuple)):
            for child in value:
                self.collect(child)

    def document(self, value):
        self.collect(value)
        count = len(self.objects)
        self.ref_code = _INT_CODES[_width(count)]
        out = [b'bplist00']
        offsets = []
        at = 8
        for obj in self.objects:
            offsets.append(at)
            chunk = self.encode(obj)
            out.append(chunk)
            at += len(chunk)
        offset_size = _width(at)
        out.append(struct.pack('>%d%s' % (count, _INT_CODES[offset_size]), *offsets))
        out.append(struct.pack('>5xBBBQQQ', 0, offset_size, _width(count), count, self.ref(value), at))
        return b''.join(out)

    def refs(self, values):
        return struct.pack('>%d%s' % (len(values), self.ref_code), *[self.ref(v) for v in values])

    @staticmethod
    def head(token, size):
        # a marker with its size, inline below 15 or as an int object after
        if size < 15:
            return bytes([token | size])
        width = _width(size)
        return struct.pack('>BB' + _INT_CODES[width], token | 0xF, 0x10 | (width.bit_length() - 1), size)

    def encode(self, value):
        if value is None:
            return b'\x00'
        if value is False or value is True:
            return b'\x09' if value else b'\x08'
        if isinstance(value, int):
            if value < 0:
                if value < -1 << 63:
                    raise OverflowError(value)
                return struct.pack('>Bq', 0x13, value)
            if value >= 1 << 64:
                raise OverflowError(value)
            if value >= 1 << 63:
                return b'\x14' + value.to_bytes(16, 'big', signed=True)
            width = _width(value)
            return struct.pack('>B' + _INT_CODES[width], 0x10 | (width.bit_length() - 1), value)
        if isinstance(value, float):
            return struct.pack('>Bd', 0x23, value)
        if isinstance(value, datetime.datetime):
            return struct.pack('>Bd', 0x33, (value - _EPOCH).total_seconds())
        if isinstance(value, (bytes, bytearray)):
            return self.head(0x40, len(value)) + bytes(value)
        if isinstance(value, str):
            try:
                raw = value.encode('ascii')
                return self.head(0x50, len(value)) + raw
            except UnicodeEncodeError:
                raw = value.encode('utf-16-be')
                return self.head(0x60, len(raw) // 2) + raw
        if isinstance(value, UID):
            if value.data < 0:
                raise ValueError('UIDs must be positive')
            if value.data >= 1 << 64:
                raise OverflowError(value)
            width = _width(value.data)
            return struct.pack('>B' + _INT_CODES[width], 0x80 | (width - 1), value.data)
        if isinstance(value, (list, tuple)):
            return self.head(0xA0, len(value)) + self.refs(value)
        if isinstance(value, dict):
            pairs = self.items(value)
            return (self.head(0xD0, len(pairs)) + self.refs([k for k, _ in pairs])
                    + self.refs([v for _, v in pairs]))
        raise TypeError(value)


class BinaryReader:
    def __init__(self, data, dict_type):
        self.data = data
        self.dict_type = dict_type

    def number(self, at, size):
        if not size:
            raise InvalidFileException()
        return int.from_bytes(self.take(at, size), 'big')

    def numbers(self, at, count, size):
        return [self.number(at + i * size, size) for i in range(count)]

    def document(self):
        data = self.data
        if len(data) < 40:
            raise InvalidFileException()
        trailer = data[-32:]
        offset_size, self.ref_size = trailer[6], trailer[7]
        count, top, table = (int.from_bytes(trailer[i:i + 8], 'big') for i in (8, 16, 24))
        if count > len(data) or top >= count:
            raise InvalidFileException()
        self.offsets = self.numbers(table, count, offset_size)
        self.done = [None] * count
        self.made = [False] * count
        return self.object(top)

    def size(self, low, at):
        # (size, where the content starts): inline, or an int object after
        if low != 0xF:
            return low, at
        width = 1 << (self.data[at] & 0x3)
        return self.number(at + 1, width), at + 1 + width

    def take(self, at, n):
        chunk = self.data[at:at + n]
        if len(chunk) != n:
            raise InvalidFileException()
        return chunk

    def object(self, ref):
        if self.made[ref]:
            return self.done[ref]
        at = self.offsets[ref]
        token = self.data[at]
        high, low = token & 0xF0, token & 0x0F
        at += 1
        if token == 0x00:
            value = None
        elif token in (0x08, 0x09):
            value = token == 0x09
        elif token == 0x0F:
            value = b''
        elif high == 0x10:
            value = int.from_bytes(self.take(at, 1 << low), 'big', signed=low >= 3)
        elif token == 0x22:
            value = struct.unpack('>f', self.take(at, 4))[0]
        elif token == 0x23:
            value = struct.unpack('>d', self.take(at, 8))[0]
        elif token == 0x33:
            value = _EPOCH + datetime.timedelta(seconds=struct.unpack('>d', self.take(at, 8))[0])
        elif high in (0x40, 0x50, 0x60):
            n, at = self.size(low, at)
            raw = self.take(at, n * 2 if high == 0x60 else n)
            value = raw if high == 0x40 else raw.decode('ascii' if high == 0x50 else 'utf-16-be')
        elif high == 0x80:
            value = UID(int.from_bytes(self.take(at, 1 + low), 'big'))
        elif high == 0xA0:
            n, at = self.size(low, at)
            value = self.remember(ref, [])
            value.extend(self.object(r) for r in self.numbers(at, n, self.ref_size))
        elif high == 0xD0:
            n, at = self.size(low, at)
            keys = self.numbers(at, n, self.ref_size)
            values = self.numbers(at + n * self.ref_size, n, self.ref_size)
            value = self.remember(ref, self.dict_type())
            try:
                for k, v in zip(keys, values):
                    value[self.object(k)] = self.object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        return self.remember(ref, value)

    def remember(self, ref, value):
        self.done[ref], self.made[ref] = value, True
        return value

"""marshal: CPython's value serialisation (format version 4) for the types
it covers: None, bool, int, float, complex, str, bytes, tuple, list, dict,
set, frozenset, Ellipsis and StopIteration. loads() reads what CPython's
dumps() writes, back-references included; dumps() writes data CPython's
loads() reads, though not always the same bytes: CPython marks objects it
may meet again by their reference counts and writes identifier-like
strings as interned, which nothing here can see. Code objects, which
CPython's .pyc files hold, are MicroPython's own and raise ValueError."""
import struct

version = 4
_MAX_DEPTH = 2000
_FLAG_REF = 0x80
# the type codes of the values written as a code alone, and of the sequences
# written as a count and their items
_SINGLETONS = {'N': None, 'F': False, 'T': True, '.': Ellipsis, 'S': StopIteration}
_SEQUENCE_CODES = {list: b'[', set: b'<', frozenset: b'>'}


def _unmarshallable():
    return ValueError('unmarshallable object')


class _Writer:
    def __init__(self):
        self.out = []

    def w(self, data):
        self.out.append(data)

    def value(self, v, depth):
        if depth > _MAX_DEPTH:
            raise ValueError('object too deeply nested to marshal')
        t = type(v)
        if v is None:
            self.w(b'N')
        elif v is False:
            self.w(b'F')
        elif v is True:
            self.w(b'T')
        elif v is Ellipsis:
            self.w(b'.')
        elif v is StopIteration:
            self.w(b'S')
        elif t is int:
            if -0x80000000 <= v <= 0x7fffffff:
                self.w(b'i' + struct.pack('<i', v))
            else:
                digits = []
                n = abs(v)
                while n:
                    digits.append(n & 0x7fff)
                    n >>= 15
                self.w(b'l' + struct.pack('<i', len(digits) if v > 0 else -len(digits)))
                self.w(struct.pack('<%dH' % len(digits), *digits))
        elif t is float:
            self.w(b'g' + struct.pack('<d', v))
        elif t is complex:
            self.w(b'y' + struct.pack('<dd', v.real, v.imag))
        elif t is str:
            if v.isascii():
                data = v.encode('ascii')
                if len(data) < 256:
                    self.w(b'z' + bytes((len(data),)) + data)
                else:
                    self.w(b'a' + struct.pack('<i', len(data)) + data)
            else:
                data = v.encode('utf-8', 'surrogatepass')
                self.w(b'u' + struct.pack('<i', len(data)) + data)
        elif t in (bytes, bytearray, memoryview):
            data = bytes(v)
            self.w(b's' + struct.pack('<i', len(data)) + data)
        elif t is tuple:
            self.w(b')' + bytes((len(v),)) if len(v) < 256 else b'(' + struct.pack('<i', len(v)))
            for item in v:
                self.value(item, depth + 1)
        elif t is list or t is set or t is frozenset:
            self.w(_SEQUENCE_CODES[t] + struct.pack('<i', len(v)))
            for item in v:
                self.value(item, depth + 1)
        elif t is dict:
            self.w(b'{')
            for key, item in v.items():
                self.value(key, depth + 1)
                self.value(item, depth + 1)
            self.w(b'0')
        else:
            raise _unmarshallable()


def dumps(value, version=version):
    w = _Writer()
    w.value(value, 0)
    return b''.join(w.out)


def dump(value, file, version=version):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError('marshal data too short')
        part = self.data[self.pos:self.pos + n]
        self.pos += n
        return part

    def int32(self):
        return struct.unpack('<i', self.take(4))[0]

    def size(self):
        n = self.int32()
        if n < 0:
            raise ValueError('bad marshal data (size out of range)')
        return n

    def value(self, depth=0):
        if depth > _MAX_DEPTH:
            raise ValueError('recursion limit exceeded')
        if self.pos >= len(self.data):
            raise EOFError('EOF read where object expected')
        code = self.data[self.pos]
        self.pos += 1
        flag = code & _FLAG_REF
        kind = chr(code & ~_FLAG_REF)
        if kind == 'r':
            i = self.int32()
            if not 0 <= i < len(self.refs) or self.refs[i] is None:
                raise ValueError('bad marshal data (invalid reference)')
            return self.refs[i]
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)
        v = self._read(kind, depth, slot)
        if flag:
            self.refs[slot] = v
        return v

    def _read(self, kind, depth, slot):
        if kind in _SINGLETONS:
            return _SINGLETONS[kind]
        if kind == 'i':
            return self.int32()
        if kind == 'I':
            return struct.unpack('<q', self.take(8))[0]
        if kind == 'l':
            n = self.int32()
            digits = struct.unpack('<%dH' % abs(n), self.take(2 * abs(n)))
            v = 0
            for d in reversed(digits):
                if d > 0x7fff:
                    raise ValueError('bad marshal data (digit out of range in long)')
                v = (v << 15) | d
            return -v if n < 0 else v
        if kind == 'g':
            return struct.unpack('<d', self.take(8))[0]
        if kind == 'y':
            return complex(*struct.unpack('<dd', self.take(16)))
        if kind == 'f':
            return float(self.take(self.take(1)[0]).decode('ascii'))
        if kind == 'x':
            re = float(self.take(self.take(1)[0]).decode('ascii'))
            return complex(re, float(self.take(self.take(1)[0]).decode('ascii')))
        if kind in 'zZ':
            return self.take(self.take(1)[0]).decode('latin-1')
        if kind in 'aA':
            return self.take(self.size()).decode('latin-1')
        if kind in 'ut':
            return self.take(self.size()).decode('utf-8', 'surrogatepass')
        if kind == 's':
            return bytes(self.take(self.size()))
        if kind in ')(':
            n = self.take(1)[0] if kind == ')' else self.size()
            return tuple(self.value(depth + 1) for _ in range(n))
        if kind == '[':
            v = []
            self._keep(slot, v)
            for _ in range(self.size()):
                v.append(self.value(depth + 1))
            return v
        if kind == '{':
            v = {}
            self._keep(slot, v)
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord('0'):
                    self.pos += 1
                    return v
                key = self.value(depth + 1)
                v[key] = self.value(depth + 1)
        if kind in '<>':
            n = self.size()
            items = [self.value(depth + 1) for _ in range(n)]
            return set(items) if kind == '<' else frozenset(items)
        if kind == 'c':
            raise ValueError('bad marshal data (code objects are not supported)')
        raise ValueError('bad marshal data (unknown type code)')

    def _keep(self, slot, v):
        # a container is referable while its items are read
        if slot is not None:
            self.refs[slot] = v


def loads(data):
    return _Reader(bytes(memoryview(data))).value()


def load(file):
    r = _Reader(file.read())
    v = r.value()
    # leave the file after the value, as CPython's load does
    if hasattr(file, 'seek') and r.pos < len(r.data):
        try:
            file.seek(r.pos - len(r.data), 1)
        except (OSError, ValueError):
            pass
    return v

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'dump dumps load loads')
del as_builtins

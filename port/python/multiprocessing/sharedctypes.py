"""multiprocessing.sharedctypes: Value, Array, RawValue, RawArray. There is
no shared memory to place them in (nor ctypes): a value or array is a
plain object that converts what it is given as its ctypes type would (ints
wrap to their width, 'f' rounds to single precision, 'c' holds one byte)
and prints as CPython's (c_int(5), <Synchronized wrapper for c_int(5)>).
Only typecodes are accepted, not ctypes types."""
import struct
from . import synchronize

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode -> ctypes name, bits of an int type (negative: signed)
_CTYPES = {
    'c': ('c_char', 0), 'u': ('c_wchar', 0), 'f': ('c_float', 0), 'd': ('c_double', 0),
    'b': ('c_byte', -8), 'B': ('c_ubyte', 8), 'h': ('c_short', -16), 'H': ('c_ushort', 16),
    'i': ('c_int', -32), 'I': ('c_uint', 32), 'l': ('c_long', -64), 'L': ('c_ulong', 64),
    'q': ('c_long', -64), 'Q': ('c_ulong', 64),
}
_ZERO = {'c': b'\x00', 'u': '\x00', 'f': 0.0, 'd': 0.0}


def _ctype(code):
    if not isinstance(code, str) or code not in _CTYPES:
        raise TypeError('this type has no size')
    return _CTYPES[code]


def _convert(code, v):
    name, bits = _CTYPES[code]
    if bits:
        if isinstance(v, float) or not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        v = int(v) & ((1 << abs(bits)) - 1)
        return v - (1 << -bits) if bits < 0 and v >> (-bits - 1) else v
    if code == 'c':
        if isinstance(v, int) and 0 <= v < 256:
            return bytes([v])
        if isinstance(v, (bytes, bytearray)) and len(v) == 1:
            return bytes(v)
        raise TypeError('one character bytes, bytearray or integer expected')
    if code == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError('one character unicode string expected')
    if not isinstance(v, (int, float)):
        raise TypeError('must be real number, not %s' % type(v).__name__)
    return struct.unpack('f', struct.pack('f', v))[0] if code == 'f' else float(v)


class _RawValue:
    def __init__(self, code, *args):
        self._code, self._name = code, _ctype(code)[0]
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
        self._value = _convert(code, args[0]) if args else _ZERO.get(code, 0)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._code, v)

    def __repr__(self):
        return '%s(%r)' % (self._name, self._value)


class _RawArray:
    def __init__(self, code, size_or_initializer):
        self._code, self._name = code, _ctype(code)[0]
        if isinstance(size_or_initializer, int):
            self._items = [_ZERO.get(code, 0)] * size_or_initializer
        else:
            len(size_or_initializer)  # TypeError for what has no length, as CPython
            self._items = [_convert(code, v) for v in size_or_initializer]

    def __len__(self):
        return len(self._items)

    def _join(self, items):
        return b''.join(items) if self._code == 'c' else ''.join(items) if self._code == 'u' else items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._join(self._items[i])
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('invalid index')
        return self._items[i]

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            where = range(len(self._items))[i]
            if len(value) != len(where):
                raise ValueError('Can only assign sequence of same size')
            for n, v in zip(where, value):
                self._items[n] = _convert(self._code, v)
            return
        self[i]  # the index check
        self._items[i] = _convert(self._code, value)

    def __iter__(self):
        return iter([self[i] for i in range(len(self._items))])

    # c_char arrays: value (up to the first NUL) and raw (every byte)
    @property
    def raw(self):
        return b''.join(self._items)

    @raw.setter
    def raw(self, data):
        if len(data) > len(self._items):
            raise ValueError('byte string too long')
        self[:len(data)] = [data[i:i + 1] for i in range(len(data))]

    @property
    def value(self):
        return self.raw.split(b'\x00')[0]

    @value.setter
    def value(self, data):
        if len(data) > len(self._items):
            raise ValueError('byte string too long')
        self.raw = data + b'\x00' if len(data) < len(self._items) else data

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at 0x%x>' % (self._name, len(self), id(self))


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


def _locked(obj, lock):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % (lock,))
    return synchronized(obj, lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return _locked(RawValue(typecode_or_type, *args), lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _locked(RawArray(typecode_or_type, size_or_initializer), lock)


def copy(obj):
    if isinstance(obj, _RawValue):
        return _RawValue(obj._code, obj._value)
    return _RawArray(obj._code, obj._items)


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    if isinstance(obj, _RawValue):
        return Synchronized(obj, lock, ctx)
    if obj._code == 'c':
        return SynchronizedString(obj, lock, ctx)
    return SynchronizedArray(obj, lock, ctx)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        guard = self._lock = lock or synchronize.RLock()
        # the wrapper exposes the lock's own acquire/release
        self.acquire, self.release = guard.acquire, guard.release

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)

    # `with wrapper:` holds the wrapper's lock
    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    # item access takes the lock; the length never changes, so len() does not
    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __len__(self):
        return len(self._obj)

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

    def __iter__(self):
        return iter(self._obj)


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        return self._obj.value

    @value.setter
    def value(self, v):
        self._obj.value = v

    @property
    def raw(self):
        return self._obj.raw

    @raw.setter
    def raw(self, v):
        self._obj.raw = v

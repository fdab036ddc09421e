# memoryview.cast('c'): the interpreter's views have no 'c' typecode (a view
# of one-byte bytes objects), so this class stands in for one. chardet
# iterates a view cast so to compare items with b'<' and b'>', and extends a
# bytearray with slices of it: that takes an object with the buffer
# protocol, which a Python class has only through a native base, so this is
# a bytearray holding a copy of the bytes. Writes go to the copy and to the
# 'B' view it was cast from (the original memory); a later change made
# through another view is not seen here.

_b = __import__('builtins')


class _CharView(bytearray):
    format = 'c'
    itemsize = 1
    ndim = 1
    suboffsets = ()
    c_contiguous = f_contiguous = contiguous = True

    def __init__(self, view):
        bytearray.__init__(self, view)
        self._v = view

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _CharView(self._v[i])
        return _b.bytes((self._v[i],))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            # CPython takes only a view of the same format and length
            if not isinstance(value, _CharView) or _b.len(value) != _b.len(self._v[i]):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            value = _b.bytes(value)
            self._v[i] = value
            bytearray.__setitem__(self, i, value)
            return
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("memoryview: invalid type for format 'c'")
        if _b.len(value) != 1:
            raise ValueError("memoryview: invalid value for format 'c'")
        self._v[i] = value[0]
        bytearray.__setitem__(self, i, value[0])

    def __iter__(self):
        for n in bytearray.__iter__(self):
            yield _b.bytes((n,))

    def __contains__(self, item):
        return any(c == item for c in self)

    def __eq__(self, other):
        # CPython compares the items: a 'c' view equals another 'c' view
        # of the same bytes, never a bytes object (whose items are ints)
        if isinstance(other, _CharView):
            return self.tobytes() == other.tobytes()
        return NotImplemented

    __hash__ = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<memory at 0x%x>' % id(self)

    @property
    def shape(self):
        return (_b.len(self),)

    @property
    def strides(self):
        return (1,)

    @property
    def nbytes(self):
        return _b.len(self)

    @property
    def readonly(self):
        return self._v.readonly

    @property
    def obj(self):
        return getattr(self._v, 'obj', None)

    def tobytes(self, order=None):
        return _b.bytes(bytearray(self))

    def tolist(self):
        return list(self)

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        self._v.release()

    def cast(self, format, shape=None):
        if format == 'c' and shape is None:
            return _CharView(self._v)
        return self._v.cast(format, shape)

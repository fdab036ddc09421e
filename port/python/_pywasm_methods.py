"""Methods of CPython's builtin types that MicroPython's lack, written in
Python. The interpreter looks here when an attribute lookup on a str,
bytes, int, float, list or dict finds nothing (port/patches/0006), or on a
bytearray, memoryview, range or complex (0059), or an array.array (0189): the
class named after the type holds the methods, so 'ab'.ljust(5) calls
str.ljust('ab', 5) below. Imported on the first such lookup only."""
import builtins as _b
# Case conversion and the is*() tests over all of Unicode, in C
# (port/strunicode.c).
from _pywasm import str_case as _str_case, str_is as _str_is, array_info as _array_info


class str:
    def capitalize(s):
        return _str_case(s, 'capitalize')

    def title(s):
        return _str_case(s, 'title')

    def swapcase(s):
        return _str_case(s, 'swapcase')

    def casefold(s):
        return _str_case(s, 'casefold')

    def ljust(s, width, fillchar=' '):
        return s + fillchar * (width - len(s)) if width > len(s) else s

    def rjust(s, width, fillchar=' '):
        return fillchar * (width - len(s)) + s if width > len(s) else s

    def zfill(s, width):
        if len(s) >= width:
            return s
        sign = s[0] if s[:1] in ('+', '-') else ''
        return sign + '0' * (width - len(s)) + s[len(sign):]

    def expandtabs(s, tabsize=8):
        out = []
        col = 0
        for c in s:
            if c == '\t':
                n = tabsize - col % tabsize if tabsize > 0 else 0
                out.append(' ' * n)
                col += n
            elif c in '\n\r':
                out.append(c)
                col = 0
            else:
                out.append(c)
                col += 1
        return ''.join(out)

    def removeprefix(s, prefix):
        return s[len(prefix):] if prefix and s.startswith(prefix) else s[:]

    def removesuffix(s, suffix):
        return s[:-len(suffix)] if suffix and s.endswith(suffix) else s[:]

    def isalnum(s):
        return _str_is(s, 'alnum')

    def isdecimal(s):
        return _str_is(s, 'decimal')

    def isnumeric(s):
        return _str_is(s, 'numeric')

    def isascii(s):
        return all(ord(c) < 128 for c in s)

    def isidentifier(s):
        return _str_is(s, 'identifier')

    def istitle(s):
        return _str_is(s, 'title')

    def isprintable(s):
        return _str_is(s, 'printable')

    def translate(s, table):
        out = []
        for c in s:
            try:
                r = table[ord(c)]
            except (LookupError, TypeError):
                out.append(c)
                continue
            if r is None:
                continue
            out.append(chr(r) if isinstance(r, _b.int) else r)
        return ''.join(out)

    def maketrans(x, y=None, z=None):
        if y is None:
            return {(ord(k) if isinstance(k, _b.str) else k): v for k, v in x.items()}
        if len(x) != len(y):
            raise ValueError('the first two maketrans arguments must have equal length')
        d = {ord(a): ord(b) for a, b in zip(x, y)}
        for c in z or '':
            d[ord(c)] = None
        return d

    def format_map(s, mapping):
        return _format_map(s, mapping)


def _format_map(s, mapping):
    # str.format with the names looked up in mapping (which may be a dict
    # subclass with __missing__): collect the names, then format.
    names = {}
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if s[i + 1:i + 2] == '{':
                i += 2
                continue
            j = i + 1
            while j < n and s[j] not in '!:}[.':
                j += 1
            name = s[i + 1:j]
            if name and not name.isdigit():
                names[name] = mapping[name]
            i = j
        else:
            i += 1
    return s.format(**names)


# bytes' case methods and tests know ASCII letters only, as CPython's
def _lower(c):
    return c + 32 if 65 <= c <= 90 else c


def _upper(c):
    return c - 32 if 97 <= c <= 122 else c


def _cased(c):
    return 65 <= c <= 90 or 97 <= c <= 122


class bytes:
    def capitalize(b):
        return _b.bytes([_lower(c) if i else _upper(c) for i, c in enumerate(b)])

    def title(b):
        out = _b.bytearray()
        after_cased = False
        for c in b:
            out.append(_lower(c) if after_cased else _upper(c))
            after_cased = _cased(c)
        return _b.bytes(out)

    def swapcase(b):
        return _b.bytes([_lower(c) if 65 <= c <= 90 else _upper(c) for c in b])

    def expandtabs(b, tabsize=8):
        return str.expandtabs(b.decode('latin-1'), tabsize).encode('latin-1')

    def isalnum(b):
        return len(b) > 0 and all(48 <= c <= 57 or _cased(c) for c in b)

    def istitle(b):
        # an upper-case letter only after an uncased byte, a lower-case one
        # only after a cased byte, and at least one cased byte
        seen = after_cased = False
        for c in b:
            if 65 <= c <= 90:
                if after_cased:
                    return False
                seen = after_cased = True
            elif 97 <= c <= 122:
                if not after_cased:
                    return False
                seen = after_cased = True
            else:
                after_cased = False
        return seen

    def translate(b, table, delete=b''):
        if table is not None and len(table) != 256:
            raise ValueError('translation table must be 256 characters long')
        out = _b.bytearray()
        for c in b:
            if c not in delete:
                out.append(c if table is None else table[c])
        return _b.bytes(out)

    def maketrans(frm, to):
        if len(frm) != len(to):
            raise ValueError('maketrans arguments must have same length')
        table = _b.bytearray(_b.range(256))
        for a, c in zip(frm, to):
            table[a] = c
        return _b.bytes(table)

    def removeprefix(b, prefix):
        return b[len(prefix):] if prefix and b.startswith(prefix) else b

    def removesuffix(b, suffix):
        return b[:-len(suffix)] if suffix and b.endswith(suffix) else b

    def ljust(b, width, fill=b' '):
        return b + fill * (width - len(b)) if width > len(b) else b

    def rjust(b, width, fill=b' '):
        return fill * (width - len(b)) + b if width > len(b) else b

    def zfill(b, width):
        return str.zfill(b.decode('latin-1'), width).encode('latin-1')

    def isascii(b):
        return all(c < 128 for c in b)


class int:
    # bit_length and bit_count are C (patch 0165)
    def as_integer_ratio(n):
        return (n, 1)

    def is_integer(n):
        return True

    def conjugate(n):
        return n

    @property
    def real(n):
        return n

    @property
    def imag(n):
        return 0

    @property
    def numerator(n):
        return n

    @property
    def denominator(n):
        return 1


class float:
    def is_integer(x):
        return x - x == 0 and x == _b.int(x)

    @property
    def real(x):
        return x

    @property
    def imag(x):
        return 0.0

    @classmethod
    def fromhex(cls, s):
        # a subclass's fromhex makes one of its own, as CPython's classmethod
        value = float._fromhex(s)
        return value if cls is _b.float else cls(value)

    @staticmethod
    def _fromhex(s):
        # [sign] ['0x'] digits ['.' digits] ['p' exponent], or inf/nan;
        # the value M * 2**E converted with correct rounding (int -> float
        # and int / int are exact-then-rounded here, patches 0061, 0065)
        text = s.strip().lower()
        sign = -1.0 if text[:1] == '-' else 1.0
        if text[:1] in ('+', '-'):
            text = text[1:]
        if text in ('inf', 'infinity'):
            return sign * _b.float('inf')
        if text == 'nan':
            return _b.float('nan')
        if text.startswith('0x'):
            text = text[2:]
        mantissa, _, exponent = text.partition('p')
        whole, dot, frac = mantissa.partition('.')
        digits = whole + frac
        try:
            if not digits or '_' in digits or '+' in digits or '-' in digits or ' ' in digits:
                raise ValueError
            m = _b.int(digits, 16)
            e = _b.int(exponent) if _ else 0
            if _ and (not exponent or '_' in exponent or ' ' in exponent):
                raise ValueError
        except ValueError:
            raise ValueError('invalid hexadecimal floating-point string') from None
        e -= 4 * len(frac)
        try:
            value = _b.float(m << e) if e >= 0 else m / (1 << -e)
        except OverflowError:
            raise OverflowError('hexadecimal value too large to represent as a float') from None
        return sign * value

    def as_integer_ratio(x):
        from fractions import _float_ratio
        return _float_ratio(x)

    def conjugate(x):
        return x

    def hex(x):
        import math
        if x != x:
            return 'nan'
        if x - x != 0:
            return 'inf' if x > 0 else '-inf'
        sign = '-' if math.copysign(1.0, x) < 0 else ''
        x = abs(x)
        if x == 0:
            return sign + '0x0.0p+0'
        m, e = math.frexp(x)
        m, e = m * 2, e - 1
        if e < -1022:
            m, e = m / 2 ** (-1022 - e), -1022
            lead = 0
        else:
            lead = 1
            m -= 1
        frac = '%013x' % round(m * (1 << 52))
        return '%s0x%d.%sp%+d' % (sign, lead, frac, e)


class bytearray:
    # list-like changes in place, and bytes' methods on a copy
    def clear(b):
        b[:] = b''

    def copy(b):
        return _b.bytearray(b)

    def insert(b, index, item):
        b[index:index] = _b.bytes((item,))

    def pop(b, index=-1):
        if not b:
            raise IndexError('pop from empty bytearray')
        i = index + len(b) if index < 0 else index
        if not 0 <= i < len(b):
            raise IndexError('pop index out of range')
        item = b[i]
        b[i:i + 1] = b''
        return item

    def remove(b, item):
        i = b.find(_b.bytes((item,)))
        if i < 0:
            raise ValueError('value not found in bytearray')
        b[i:i + 1] = b''

    def reverse(b):
        b[:] = _b.bytes(_b.reversed(b))

    def isascii(b):
        return all(c < 128 for c in b)

    def ljust(b, width, fill=b' '):
        return _b.bytearray(bytes.ljust(_b.bytes(b), width, fill))

    def rjust(b, width, fill=b' '):
        return _b.bytearray(bytes.rjust(_b.bytes(b), width, fill))

    def zfill(b, width):
        return _b.bytearray(bytes.zfill(_b.bytes(b), width))

    def removeprefix(b, prefix):
        return _b.bytearray(bytes.removeprefix(_b.bytes(b), prefix))

    def removesuffix(b, suffix):
        return _b.bytearray(bytes.removesuffix(_b.bytes(b), suffix))

    def capitalize(b):
        return _b.bytearray(bytes.capitalize(b))

    def title(b):
        return _b.bytearray(bytes.title(b))

    def swapcase(b):
        return _b.bytearray(bytes.swapcase(b))

    def expandtabs(b, tabsize=8):
        return _b.bytearray(bytes.expandtabs(_b.bytes(b), tabsize))

    def isalnum(b):
        return bytes.isalnum(b)

    def istitle(b):
        return bytes.istitle(b)

    def translate(b, table, delete=b''):
        return _b.bytearray(bytes.translate(b, table, delete))

    def maketrans(frm, to):
        return bytes.maketrans(frm, to)


class memoryview:
    def tobytes(m, order=None):
        return _b.bytes(m)

    def tolist(m):
        return _b.list(m)

    def release(m):
        # the view keeps its memory until it is collected: a released view
        # still reads (CPython's raises ValueError)
        pass

    # `with memoryview(data) as view:` (patch 0378 looks these up here)
    def __enter__(m):
        return m

    def __exit__(m, *exc_info):
        m.release()

    @property
    def nbytes(m):
        return _b.len(_b.bytes(m))

    # MicroPython's views are one-dimensional and contiguous (itemsize and
    # format are the interpreter's own, patch 0346)
    ndim = property(lambda m: 1)
    shape = property(lambda m: (_b.len(m),))
    strides = property(lambda m: (m.itemsize,))
    suboffsets = property(lambda m: ())
    c_contiguous = f_contiguous = contiguous = property(lambda m: True)

    def cast(m, format, shape=None):
        # a view of bytes as bytes (ecdsa normalises its input so) is a
        # slice of it, over the same memory; 'c' (one-byte bytes items,
        # chardet) is a Python stand-in over that slice; other casts would
        # need a view of another typecode, which only the interpreter could make
        if shape is None and format in ('B', '@B') and m.itemsize == 1:
            return m[:]
        if shape is None and format in ('c', '@c') and m.itemsize == 1:
            from _pywasm_memview import _CharView
            return _CharView(m[:])
        raise NotImplementedError("memoryview.cast: pywasm casts a view of bytes to 'B' or 'c' only")

    @property
    def readonly(m):
        # storing an empty slice into itself changes nothing, and fails on
        # read-only memory only
        try:
            m[0:0] = m[0:0]
        except TypeError:
            return True
        return False


def _array_of(a, items):
    # a new array of a's typecode: items are checked before a changes
    from array import array
    return array(_array_info(a)[0], items)


class array:
    # What array.array has in CPython beyond MicroPython's append and
    # extend. The C type stores, checks, compares and slices the items;
    # these read and write them through it.
    typecode = property(lambda a: _array_info(a)[0])
    itemsize = property(lambda a: _array_info(a)[1])

    def buffer_info(a):
        return (_array_info(a)[2], _b.len(a))

    # (patch 0350 lets these two dunder names be looked up here)
    def __copy__(a):
        return _array_of(a, a)

    def __deepcopy__(a, memo):
        return _array_of(a, a)

    def tobytes(a):
        return _b.bytes(a)

    def tolist(a):
        return _b.list(a)

    def frombytes(a, data):
        # only what has the buffer protocol, as CPython: bytes(data) took
        # an int (a run of zeros) or a list (str has a buffer here)
        try:
            if _b.isinstance(data, _b.str):
                raise TypeError
            data = _b.memoryview(data)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % _b.type(data).__name__) from None
        a.extend(_array_of(a, _b.bytes(data)))

    def fromlist(a, items):
        if not _b.isinstance(items, _b.list):
            raise TypeError('arg must be list')
        a.extend(_array_of(a, items))

    def tofile(a, f):
        f.write(_b.bytes(a))

    def fromfile(a, f, n):
        if not _b.isinstance(n, _b.int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % _b.type(n).__name__)
        if n < 0:
            raise ValueError('negative count')
        size = _array_info(a)[1]
        data = f.read(n * size)
        if not _b.isinstance(data, (_b.bytes, _b.bytearray)):
            raise TypeError('read() didn\'t return bytes')
        whole = _b.len(data) // size * size
        a.extend(_array_of(a, _b.bytes(data[:whole])))
        if _b.len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    def count(a, x):
        n = 0
        for v in a:
            if v == x:
                n += 1
        return n

    def index(a, x, start=0, stop=None):
        n = _b.len(a)
        start, stop, _ = _b.slice(start, stop).indices(n)
        for i in _b.range(start, stop):
            if a[i] == x:
                return i
        raise ValueError('array.index(x): x not in array')

    def insert(a, i, x):
        n = _b.len(a)
        i = _b.max(0, i + n) if i < 0 else _b.min(i, n)
        a[i:i] = _array_of(a, [x])

    def pop(a, i=-1):
        n = _b.len(a)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        v = a[i]
        del a[i]
        return v

    def remove(a, x):
        for i, v in _b.enumerate(a):
            if v == x:
                del a[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def reverse(a):
        items = _b.list(a)
        items.reverse()
        a[0:_b.len(items)] = _array_of(a, items)

    def byteswap(a):
        size = _array_info(a)[1]
        if size not in (1, 2, 4, 8):
            raise RuntimeError("don't know how to byteswap this array type")
        data = _b.bytes(a)
        swapped = _b.bytearray()
        for i in _b.range(0, _b.len(data), size):
            swapped.extend(_b.reversed(data[i:i + size]))
        a[0:_b.len(a)] = _array_of(a, _b.bytes(swapped))

    def tounicode(a):
        raise ValueError('tounicode() may only be called on unicode type arrays')

    def fromunicode(a, s):
        raise ValueError('fromunicode() may only be called on unicode type arrays')


class range:
    def count(r, value):
        return 1 if value in r else 0

    def index(r, value):
        if value not in r:
            raise ValueError('%r is not in range' % (value,))
        return (value - r.start) // r.step


class complex:
    def conjugate(z):
        return _b.complex(z.real, -z.imag)


class _stream:
    # Files, StringIO, BytesIO and sys.std*, whatever their type (patch 0080):
    # what CPython's io classes have beyond MicroPython's read/write/seek.
    def writelines(f, lines):
        for line in lines:
            f.write(line)

    def readlines(f, hint=-1):
        lines, total = [], 0
        while True:
            line = f.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def _access(f):
        # 'r', 'w' or 'rw', from the mode a file was opened with; stdin
        # reads, stdout and stderr write, in-memory streams do both
        mode = getattr(f, 'mode', None)
        if isinstance(mode, _b.str):
            return 'rw' if '+' in mode else 'r' if 'r' in mode else 'w'
        try:
            fd = f.fileno()
        except Exception:
            return 'rw'
        return 'r' if fd == 0 else 'w'

    def readable(f):
        return 'r' in _stream._access(f)

    def writable(f):
        return 'w' in _stream._access(f)

    def seekable(f):
        try:
            f.seek(0, 1)
        except OSError:
            return False
        return True

    def isatty(f):
        return False

    @property
    def closed(f):
        # a closed stream raises ValueError on use: getvalue() for the
        # in-memory ones (their tell() still works; a copy, but .closed is
        # rarely asked), tell() for files; pipes and sys.std* cannot tell()
        try:
            if _b.type(f).__name__ in ('StringIO', 'BytesIO'):
                f.getvalue()
            else:
                f.tell()
        except ValueError:
            return True
        except (OSError, AttributeError):
            pass
        return False

    def _text_attr(f, attr, value):
        # text files are UTF-8 (the port reads and writes nothing else;
        # CPython names its locale's default so) and strict; StringIO has
        # None for both; other streams lack the attribute, as in CPython
        name = _b.type(f).__name__
        if name == 'StringIO':
            return None
        if name != 'TextIOWrapper':
            raise AttributeError(attr)
        return value

    @property
    def getbuffer(f):
        # BytesIO's only. The view is of a copy of its bytes, read-only
        # (CPython's is of the buffer itself and writable); enough for its
        # size (nbytes) and contents
        if _b.type(f).__name__ != 'BytesIO':
            raise AttributeError("'_io.%s' object has no attribute 'getbuffer'" % _b.type(f).__name__)
        return lambda: _b.memoryview(f.getvalue())

    @property
    def newlines(f):
        # The kinds of line end read so far ('\n', '\r\n', '\r' or a tuple
        # of them; None before the first read, or when writing). The
        # interpreter's text files do not record them, so they are found in
        # the bytes: CPython decodes whole 8 KiB chunks, and reports the
        # ends of every chunk it has read, ahead of the position.
        # bump2version writes its config back with the ends it read.
        name = _b.type(f).__name__
        if name == 'StringIO':
            return None
        if name != 'TextIOWrapper':
            raise AttributeError('newlines')
        path = getattr(f, 'name', None)
        if 'r' not in _stream._access(f) or not isinstance(path, _b.str):
            return None
        try:
            pos = f.tell()
        except (OSError, ValueError, AttributeError):
            # (sys.stdin has no tell())
            return None
        if pos == 0:
            return None
        try:
            with _b.open(path, 'rb') as raw:
                data = raw.read((pos + 8191) // 8192 * 8192)
        except OSError:
            # sys.stdin ('<stdin>'), or a relative path after a chdir
            return None
        crlf = data.count(b'\r\n')
        seen = tuple(end for end, n in (('\r', data.count(b'\r') - crlf),
                                        ('\n', data.count(b'\n') - crlf),
                                        ('\r\n', crlf)) if n)
        return seen[0] if len(seen) == 1 else (seen or None)

    encoding = property(lambda f: _stream._text_attr(f, 'encoding', 'UTF-8'))
    errors = property(lambda f: _stream._text_attr(f, 'errors', 'strict'))

"""Per-type writers of pickle's Pickler for the types CPython writes with
dedicated opcodes (None, bool, int, float, str, bytes, bytearray, tuple,
list, dict, set, frozenset), each a function (pickler, obj)."""
import struct


class _Global:
    # a name written as a global without looking it up (the module may not
    # exist here, e.g. _codecs.encode that CPython uses for bytes before protocol 3)
    def __init__(self, module, name):
        self.module, self.name = module, name

    def __call__(self, *args):
        raise TypeError("%s.%s is only a name here" % (self.module, self.name))


_CODECS_ENCODE = _Global('_codecs', 'encode')
FUNC_TYPES = (type(len), type(lambda: 0))


def ubytes(n, size):
    return n.to_bytes(size, 'little')


def _encode_long(x):
    # two's complement, little-endian, as few bytes as hold the sign
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    if x < 0:
        x += 1 << (n * 8)
        b = x.to_bytes(n, 'little')
        if n > 1 and b[-1] == 0xff and b[-2] & 0x80:
            b = b[:-1]
        return b
    b = x.to_bytes(n, 'little')
    if n > 1 and b[-1] == 0 and not b[-2] & 0x80:
        b = b[:-1]
    return b


def _raw_unicode_escape(s):
    # protocol 0 text: backslash, newline and a few controls escaped too
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xffff:
            out.append('\\U%08x' % c)
        elif c > 0xff or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')




def _save_global_ref(p, g):
    if p.proto < 4:
        p._write_global(g.module, g.name)
    else:
        p.save(g.module)
        p.save(g.name)
        p._write(b'\x93')
    p.memoize(g)


def _save_none(p, obj):
    p._write(b'N')


def _save_bool(p, obj):
    if p.proto >= 2:
        p._write(b'\x88' if obj else b'\x89')
    else:
        p._write(b'I01\n' if obj else b'I00\n')


def _save_int(p, obj):
    if p.bin:
        if 0 <= obj <= 0xff:
            p._write(b'K' + bytes([obj]))
            return
        if 0 <= obj <= 0xffff:
            p._write(b'M' + ubytes(obj, 2))
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            p._write(b'J' + ubytes(obj & 0xffffffff, 4))
            return
    if p.proto >= 2:
        b = _encode_long(obj)
        if len(b) < 256:
            p._write(b'\x8a' + bytes([len(b)]) + b)
        else:
            p._write(b'\x8b' + ubytes(len(b), 4) + b)
    elif -0x80000000 <= obj <= 0x7fffffff:
        p._write(b'I' + str(obj).encode() + b'\n')
    else:
        p._write(b'L' + str(obj).encode() + b'L\n')


def _save_float(p, obj):
    if p.bin:
        p._write(b'G' + struct.pack('>d', obj))
    else:
        p._write(b'F' + repr(obj).encode() + b'\n')


def _save_str(p, obj, key=None):
    if not p.bin:
        p._write(b'V' + _raw_unicode_escape(obj) + b'\n')
    else:
        b = obj.encode('utf-8')
        n = len(b)
        if n < 256 and p.proto >= 4:
            p._write_large(b'\x8c' + bytes([n]), b)
        elif n > 0xffffffff and p.proto >= 4:
            p._write_large(b'\x8d' + ubytes(n, 8), b)
        else:
            p._write_large(b'X' + ubytes(n, 4), b)
    p.memoize(obj, key)


def _save_bytes(p, obj):
    if p.proto < 3:
        if not obj:
            p.save_reduce(bytes, (), obj=obj)
        else:
            p.save_reduce(_CODECS_ENCODE, (str(obj, 'latin-1'), 'latin1'), obj=obj)
        return
    n = len(obj)
    if n < 256:
        p._write_large(b'C' + bytes([n]), obj)
    elif n > 0xffffffff and p.proto >= 4:
        p._write_large(b'\x8e' + ubytes(n, 8), obj)
    else:
        p._write_large(b'B' + ubytes(n, 4), obj)
    p.memoize(obj)


def _save_bytearray(p, obj):
    if p.proto < 5:
        p.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        return
    p._write_large(b'\x96' + ubytes(len(obj), 8), bytes(obj))
    p.memoize(obj)


def _save_tuple(p, obj):
    n = len(obj)
    if n == 0:
        p._write(b')' if p.bin else b'(t')
        return
    memo = p.memo
    if n <= 3 and p.proto >= 2:
        for x in obj:
            p.save(x)
        if id(obj) in memo:
            p._write(b'0' * n + p._get(memo[id(obj)][0]))
        else:
            p._write(b'\x85\x86\x87'[n - 1:n])
            p.memoize(obj)
        return
    p._write(b'(')
    for x in obj:
        p.save(x)
    if id(obj) in memo:
        get = p._get(memo[id(obj)][0])
        p._write((b'1' if p.bin else b'0' * (n + 1)) + get)
    else:
        p._write(b't')
        p.memoize(obj)


def _save_list(p, obj):
    p._write(b']' if p.bin else b'(l')
    p.memoize(obj)
    if not p.bin:
        p._batch_appends(obj)
    elif len(obj) == 1:
        p.save(obj[0])
        p._write(b'a')
    elif obj:
        _exact_batches(p, obj, b'e', False, False)


def _save_dict(p, obj):
    p._write(b'}' if p.bin else b'(d')
    p.memoize(obj)
    if not p.bin:
        p._batch_setitems(obj.items())
    elif len(obj) == 1:
        for k, v in obj.items():
            p.save(k)
            p.save(v)
        p._write(b's')
    elif obj:
        _exact_batches(p, list(obj.items()), b'u', True, True)


def _exact_batches(p, items, op, pairs, trailing):
    # CPython's loops for exact lists, dicts and sets: MARK..op batches of
    # 1000; dicts and sets add an empty batch after a full one
    i, n = 0, len(items)
    while True:
        p._write(b'(')
        for x in items[i:i + 1000]:
            if pairs:
                p.save(x[0])
                p.save(x[1])
            else:
                p.save(x)
        count = min(1000, n - i)
        i += count
        p._write(op)
        if i >= n and not (trailing and count == 1000):
            return


def _save_set(p, obj):
    if p.proto < 4:
        p.save_reduce(set, (list(obj),), obj=obj)
        return
    p._write(b'\x8f')
    p.memoize(obj)
    if obj:
        _exact_batches(p, list(obj), b'\x90', False, True)


def _save_frozenset(p, obj):
    if p.proto < 4:
        p.save_reduce(frozenset, (list(obj),), obj=obj)
        return
    p._write(b'(')
    for x in obj:
        p.save(x)
    if id(obj) in p.memo:
        p._write(b'1' + p._get(p.memo[id(obj)][0]))
    else:
        p._write(b'\x91')
        p.memoize(obj)



DISPATCH = {
    type(None): _save_none, bool: _save_bool, int: _save_int, float: _save_float,
    str: _save_str, bytes: _save_bytes, bytearray: _save_bytearray, tuple: _save_tuple,
    list: _save_list, dict: _save_dict, set: _save_set, frozenset: _save_frozenset,
    _Global: _save_global_ref,
}

"""The opcode handlers of pickle's Unpickler, one function (unpickler) per
opcode byte of protocols 0-5."""
import struct
from _pickle_std import construct_std, new_std
from _pickle_ops import UnpicklingError, HIGHEST_PROTOCOL
from _pickle_load import _MARK, _decode_long, _raw_unicode_unescape, _unescape_bytes


def _u(b):
    return int.from_bytes(b, 'little')


def _proto(u):
    p = u._read(1)[0]
    if not 0 <= p <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % p)
    u.proto = p


def _frame(u):
    n = _u(u._read(8))
    if n > 0x7fffffff:
        raise ValueError("frame size > sys.maxsize: %d" % n)
    if u._frame is not None and u._frame[1] < len(u._frame[0]):
        raise UnpicklingError("beginning of a new frame before end of current frame")
    u._frame = [u._read(n), 0]


def _persid(u):
    try:
        pid = u._readline().decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
    u._push(u.persistent_load(pid))


def _int(u):
    data = u._readline()
    if data == b'00':
        v = False
    elif data == b'01':
        v = True
    else:
        v = int(data)
    u._push(v)


def _long(u):
    data = u._readline()
    if data.endswith(b'L'):
        data = data[:-1]
    u._push(int(data))


def _long4(u):
    n = _decode_long(u._read(4))
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._push(_decode_long(u._read(n)))


def _string(u):
    data = u._readline()
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._push(u._decode_string(_unescape_bytes(data)))


def _binstring(u):
    n = _decode_long(u._read(4))
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u._push(u._decode_string(u._read(n)))


def _text(size):
    def op(u):
        u._push(str(u._read(_u(u._read(size))), 'utf-8'))
    return op


def _bytes(size):
    def op(u):
        u._push(bytes(u._read(_u(u._read(size)))))
    return op


def _bytearray8(u):
    u._push(bytearray(u._read(_u(u._read(8)))))


def _next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        u._push(next(u._buffers))
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers")


def _tuple_n(n):
    def op(u):
        st = u._stack
        if len(st) < n or _MARK in st[len(st) - n:]:
            raise UnpicklingError("unpickling stack underflow")
        t = tuple(st[len(st) - n:])
        del st[len(st) - n:]
        st.append(t)
    return op


def _mark(u):
    u._metastack.append(u._stack)
    u._stack = []


def _tuple(u):
    u._push(tuple(u._pop_mark()))


def _list(u):
    u._push(u._pop_mark())


def _dict(u):
    items = u._pop_mark()
    d = {}
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]
    u._push(d)


def _frozenset(u):
    u._push(frozenset(u._pop_mark()))


def _inst(u):
    module = u._readline().decode('ascii')
    name = u._readline().decode('ascii')
    klass = u.find_class(module, name)
    u._push(u._instantiate(klass, u._pop_mark()))


def _obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    u._push(u._instantiate(args.pop(0), args))


def _new(cls, args, kwargs):
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    obj = new_std(cls, args)
    if obj is not None:
        return obj
    new = getattr(cls, '__new__', None)
    if new is None:
        return object.__new__(cls)
    return new(cls, *args, **kwargs)


def _newobj(u):
    args = u._pop()
    u._push(_new(u._pop(), args, {}))


def _newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    u._push(_new(u._pop(), args, kwargs))


def _global(u):
    module = u._readline().decode('utf-8')
    name = u._readline().decode('utf-8')
    u._push(u.find_class(module, name))


def _stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._push(u.find_class(module, name))


def _reduce(u):
    args = u._pop()
    func = u._pop()
    obj = construct_std(func, args)
    u._push(func(*args) if obj is None else obj)


def _pop(u):
    if u._stack:
        u._stack.pop()
    elif u._metastack:
        u._pop_mark()
    else:
        raise UnpicklingError("unpickling stack underflow")


def _get(u):
    u._push(u._memo_get(int(u._readline())))


def _put(u):
    i = int(u._readline())
    if i < 0:
        raise ValueError("negative PUT argument")
    u.memo[i] = u._top()


def _append(u):
    v = u._pop()
    _extend(u._top(), [v])


def _extend(lst, items):
    if type(lst) is list:
        lst.extend(items)
        return
    ext = getattr(lst, 'extend', None)
    if ext is not None:
        ext(items)
    else:
        for x in items:
            lst.append(x)


def _appends(u):
    items = u._pop_mark()
    _extend(u._top(), items)


def _setitem(u):
    v = u._pop()
    k = u._pop()
    u._top()[k] = v


def _setitems(u):
    items = u._pop_mark()
    d = u._top()
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


def _additems(u):
    items = u._pop_mark()
    s = u._top()
    if isinstance(s, set):
        s.update(items)
    else:
        for x in items:
            s.add(x)


def _build(u):
    state = u._pop()
    u._build(u._top(), state)


def _push_const(v):
    def op(u):
        u._push(v)
    return op


def _fixed(fmt, size):
    def op(u):
        u._push(struct.unpack(fmt, u._read(size))[0])
    return op


def _memo_at(size):
    def op(u):
        u._push(u._memo_get(_u(u._read(size))))
    return op


def _put_at(size):
    def op(u):
        u.memo[_u(u._read(size))] = u._top()
    return op


def _memoize(u):
    u.memo[len(u.memo)] = u._top()


def _ext(size):
    def op(u):
        u._get_extension(_u(u._read(size)))
    return op


OPS = {
    0x28: _mark, 0x2e: None, 0x30: _pop, 0x31: lambda u: u._pop_mark(),
    0x32: lambda u: u._push(u._top()),
    0x46: lambda u: u._push(float(u._readline())), 0x49: _int,
    0x4a: _fixed('<i', 4), 0x4b: lambda u: u._push(u._read(1)[0]), 0x4c: _long,
    0x4d: _fixed('<H', 2), 0x4e: _push_const(None), 0x50: _persid,
    0x51: lambda u: u._push(u.persistent_load(u._pop())), 0x52: _reduce, 0x53: _string,
    0x54: _binstring, 0x55: lambda u: u._push(u._decode_string(u._read(u._read(1)[0]))),
    0x56: lambda u: u._push(_raw_unicode_unescape(u._readline())), 0x58: _text(4),
    0x61: _append, 0x62: _build, 0x63: _global, 0x64: _dict, 0x7d: _push_const(None),
    0x65: _appends, 0x67: _get, 0x68: _memo_at(1), 0x69: _inst, 0x6a: _memo_at(4),
    0x6c: _list, 0x5d: None, 0x6f: _obj, 0x70: _put, 0x71: _put_at(1), 0x72: _put_at(4),
    0x73: _setitem, 0x74: _tuple, 0x29: _push_const(()), 0x75: _setitems,
    0x47: _fixed('>d', 8), 0x80: _proto, 0x81: _newobj, 0x82: _ext(1), 0x83: _ext(2),
    0x84: _ext(4), 0x85: _tuple_n(1), 0x86: _tuple_n(2), 0x87: _tuple_n(3),
    0x88: _push_const(True), 0x89: _push_const(False),
    0x8a: lambda u: u._push(_decode_long(u._read(u._read(1)[0]))), 0x8b: _long4,
    0x42: _bytes(4), 0x43: _bytes(1), 0x8c: _text(1), 0x8d: _text(8), 0x8e: _bytes(8),
    0x8f: lambda u: u._push(set()), 0x90: _additems, 0x91: _frozenset,
    0x92: _newobj_ex, 0x93: _stack_global, 0x94: _memoize, 0x95: _frame,
    0x96: _bytearray8, 0x97: _next_buffer, 0x98: lambda u: None,
}
# fresh containers each time
OPS[0x7d] = lambda u: u._push({})
OPS[0x5d] = lambda u: u._push([])
OPS[0x2e] = lambda u: None

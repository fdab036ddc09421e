"""The reading half of pickle: Unpickler, accepting every opcode of protocols
0-5 (so pickles CPython wrote load here)."""
import sys
import struct
import copyreg
from _pickle_ops import UnpicklingError, HIGHEST_PROTOCOL, IMPORT_FROM_PY2, NAME_FROM_PY2, import_module

_MARK = object()   # the mark sits on the stack itself


def _codecs_encode(s, encoding='utf-8', errors='strict'):
    # CPython names _codecs.encode in pickles of bytes (protocols 0-2)
    return s.encode(encoding, errors)


def _decode_long(b):
    n = int.from_bytes(b, 'little')
    if b and b[-1] & 0x80:
        n -= 1 << (len(b) * 8)
    return n


def _raw_unicode_unescape(b):
    # the text of the UNICODE opcode: latin-1 with \\uXXXX and \\UXXXXXXXX
    s = b.decode('latin-1')
    if '\\' not in s:
        return s
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n and s[i + 1] in 'uU':
            w = 4 if s[i + 1] == 'u' else 8
            out.append(chr(int(s[i + 2:i + 2 + w], 16)))
            i += 2 + w
        else:
            out.append(c)
            i += 1
    return ''.join(out)


_ESC = {'n': 10, 't': 9, 'r': 13, '\\': 92, "'": 39, '"': 34, 'a': 7, 'b': 8, 'f': 12, 'v': 11}


def _unescape_bytes(s):
    # the body of a protocol 0 STRING, as Python 2's repr wrote it
    out, i, n = bytearray(), 0, len(s)
    while i < n:
        c = s[i]
        if c != 92 or i + 1 == n:
            out.append(c)
            i += 1
            continue
        e = chr(s[i + 1])
        if e == 'x':
            out.append(int(s[i + 2:i + 4], 16))
            i += 4
        elif e in '01234567':
            j = i + 1
            while j < n and j < i + 4 and chr(s[j]) in '01234567':
                j += 1
            out.append(int(s[i + 1:j], 8) & 0xff)
            i = j
        elif e in _ESC:
            out.append(_ESC[e])
            i += 2
        elif e == '\n':
            i += 2
        else:
            out.append(92)
            i += 1
    return bytes(out)


class Unpickler:
    def __init__(self, file, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding, self.errors = encoding, errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0
        self._frame = None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in NAME_FROM_PY2:
                module, name = NAME_FROM_PY2[(module, name)]
            else:
                module = IMPORT_FROM_PY2.get(module, module)
        if module == '_codecs' and name == 'encode':
            try:
                __import__('_codecs')
            except ImportError:
                return _codecs_encode
        mod = import_module(module)
        obj = mod
        try:
            for part in (name.split('.') if self.proto >= 4 else [name]):
                if part == '<locals>':
                    raise AttributeError
                obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod))
        return obj

    # ---- input, through the current frame if there is one
    def _read(self, n):
        f = self._frame
        if f is not None:
            data = f[0][f[1]:f[1] + n]
            if len(data) == n:
                f[1] += n
                if f[1] == len(f[0]):
                    self._frame = None
                return data
            if data:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        f = self._frame
        if f is not None:
            i = f[0].find(b'\n', f[1])
            if i < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            data = f[0][f[1]:i + 1]
            f[1] = i + 1
            if f[1] == len(f[0]):
                self._frame = None
        else:
            data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._stack = []
        self._metastack = []
        self.proto = 0
        self._frame = None
        table = _OPS
        while True:
            f = self._frame
            if f is not None and f[1] < len(f[0]):
                key = f[0][f[1]]
                f[1] += 1
                if f[1] == len(f[0]):
                    self._frame = None
            else:
                self._frame = None
                b = self._file_read(1)
                if not b:
                    raise EOFError("Ran out of input")
                key = b[0]
            op = table.get(key)
            if op is None:
                raise UnpicklingError("invalid load key, %r." % chr(key))
            if key == 0x2e:
                return self._pop()
            op(self)

    # ---- stack helpers
    def _pop(self):
        st = self._stack
        if not st or st[-1] is _MARK:
            raise UnpicklingError("unpickling stack underflow")
        return st.pop()

    def _pop_mark(self):
        if not self._metastack:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._metastack.pop()
        return items

    def _push(self, x):
        self._stack.append(x)

    def _top(self):
        if not self._stack:
            raise UnpicklingError("unpickling stack underflow")
        return self._stack[-1]

    def _decode_string(self, b):
        if self.encoding == 'bytes':
            return b
        return b.decode(self.encoding, self.errors)

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                return klass(*args)
            except TypeError as e:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, e))
        return copyreg.__newobj__(klass)

    def _build(self, inst, state):
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            d = getattr(inst, '__dict__', None)
            for k, v in state.items():
                if type(k) is str or d is None:
                    setattr(inst, k, v)
                else:
                    d[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, _MARK)
        if obj is not _MARK:
            self._push(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self._push(obj)


from _pickle_load_ops import OPS as _OPS

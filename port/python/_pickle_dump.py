"""The writing half of pickle: Pickler, producing the bytes CPython 3.11
produces (its choice of opcodes, memo, batching and 64 KB frames)."""
import sys
import struct
import copyreg
from _pickle_std import reduce_std
from _pywasm_reduce import default_reduce
from _pickle_ops import (PicklingError, HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, BATCHSIZE,
                         FRAME_TARGET, FRAME_MIN, IMPORT_TO_PY2, NAME_TO_PY2, import_module)
from _pickle_dump_types import DISPATCH as _DISPATCH, FUNC_TYPES as _FUNC_TYPES, ubytes as _ubytes


def _getattribute(obj, name):
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (name, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _whichmodule(obj, name):
    mod = getattr(obj, '__module__', None)
    if mod is not None:
        return mod
    import builtins
    if getattr(builtins, name, None) is obj:
        return 'builtins'
    for mname, module in list(sys.modules.items()):
        if mname == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _name_keys(obj, module, name):
    # which of CPython's strings the module and name are, for the memo: the
    # types of builtins share one 'builtins', its functions another, and
    # their names are new strings each time (None); the rest use their
    # module's own strings (a name never shares the module's string)
    if module != 'builtins':
        return module, (name if name != module else ('name', name))
    # (Ellipsis and NotImplemented: their module string is the types' one)
    return ('type' if isinstance(obj, type) or obj is ... or obj is NotImplemented else 'func', module), None


class Pickler:
    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._name_objs = {}
        self._out = bytearray()
        self._fstart = -1
        self._framing = False

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        if self.proto >= 2:
            self._write(b'\x80' + bytes([self.proto]))
            self._framing = self.proto >= 4
        self.save(obj)
        self._write(b'.')
        self._commit_frame()
        self._framing = False
        data = bytes(self._out)
        self._out = bytearray()
        self._file_write(data)

    # ---- output and frames
    def _write(self, data):
        if self._framing and self._fstart < 0:
            self._fstart = len(self._out)
            self._out.extend(b'\x00' * 9)
        self._out.extend(data)

    def _commit_frame(self):
        start = self._fstart
        if not self._framing or start < 0:
            return
        n = len(self._out) - start - 9
        if n >= FRAME_MIN:
            self._out[start:start + 9] = b'\x95' + _ubytes(n, 8)
        else:
            self._out[start:start + 9] = b''
        self._fstart = -1

    def _boundary(self):
        if self._framing and self._fstart >= 0 and len(self._out) - self._fstart - 9 >= FRAME_TARGET:
            self._commit_frame()

    def _write_large(self, header, data):
        # big payloads go outside any frame, as CPython writes them
        if self._framing and len(data) >= FRAME_TARGET:
            self._commit_frame()
            self._framing = False
            self._write(header)
            self._write(data)
            self._framing = True
        else:
            self._write(header + data)

    # ---- memo
    def _save_name(self, s, key):
        # save s as if it were the object `key` stands for (see _name_keys)
        if key is s:
            self.save(s)
            return
        if key is None:
            key = object()
        else:
            key = self._name_objs.setdefault(key, object())
        x = self.memo.get(id(key))
        if x is not None:
            self._write(self._get(x[0]))
        else:
            _DISPATCH[str](self, s, key)

    def memoize(self, obj, key=None):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(b'\x94')
        elif self.bin:
            self._write(b'q' + bytes([idx]) if idx < 256 else b'r' + _ubytes(idx, 4))
        else:
            self._write(b'p' + str(idx).encode() + b'\n')
        if key is None:
            self.memo[id(obj)] = idx, obj
        else:
            self.memo[id(key)] = idx, key

    def _get(self, idx):
        if self.bin:
            return b'h' + bytes([idx]) if idx < 256 else b'j' + _ubytes(idx, 4)
        return b'g' + str(idx).encode() + b'\n'

    # ---- the dispatcher
    def save(self, obj, save_persistent_id=True):
        self._boundary()
        self._save(obj, save_persistent_id)

    def _save(self, obj, save_persistent_id):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(self._get(x[0]))
            return
        t = type(obj)
        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return
        if obj is ... or obj is NotImplemented:
            # builtins.Ellipsis / builtins.NotImplemented by name, as their
            # __reduce__ gives in CPython (Tuple[int, ...] holds one)
            self.save_global(obj, 'Ellipsis' if obj is ... else 'NotImplemented')
            return
        rv = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', copyreg.dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type) or t in _FUNC_TYPES or t.__name__ in ('function', 'builtin_function_or_method'):
                for single in (None, NotImplemented, ...):
                    if obj is type(single):
                        # NoneType and its kin are no builtins attribute:
                        # rebuilt as type(None), as CPython does (Optional[int])
                        self.save_reduce(type, (single,), obj=obj)
                        return
                self.save_global(obj)
                return
            else:
                rv = self._reduce_ex(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        if not callable(rv[0]):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(rv[1], tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        self.save_reduce(*rv, obj=obj)

    def _reduce_ex(self, obj):
        m = getattr(obj, '__reduce_ex__', None)
        if m is not None:
            return m(self.proto)
        m = getattr(obj, '__reduce__', None)
        if m is not None:
            return m()
        rv = reduce_std(obj, self.proto)
        if rv is not None:
            return rv
        return default_reduce(obj, self.proto)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, False)
            self._write(b'Q')
        else:
            if not isinstance(pid, str):
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(b'P' + pid.encode('ascii') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, a, kw = args
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(a)
                self.save(kw)
                self._write(b'\x92')
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *a, **kw))
                self.save(())
                self._write(b'R')
        elif self.proto >= 2 and name == '__newobj__':
            cls = args[0]
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(b'\x81')
        else:
            self.save(func)
            self.save(args)
            self._write(b'R')
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self._write(b'0' + self._get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(b'b')
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(b'\x86R0')

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self._write(b'a')
            return
        self._batches(items, b'a', b'e', False)

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self._write(b's')
            return
        self._batches(items, b's', b'u', True)

    def _batches(self, items, one, many, pairs):
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) > 1:
                self._write(b'(')
            for x in batch:
                if pairs:
                    self.save(x[0])
                    self.save(x[1])
                else:
                    self.save(x)
            self._write(many if len(batch) > 1 else one)
            if len(batch) < BATCHSIZE:
                return

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            module = import_module(module_name)
        except (ImportError, AttributeError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name))
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError as e:
            if '<locals>' in name:
                raise AttributeError("Can't pickle local object %r" % name)
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name))
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            mkey, nkey = _name_keys(obj, module_name, name)
            self._save_name(module_name, mkey)
            self._save_name(name, nkey)
            self._write(b'\x93')
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.split('.')[-1]))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _write_global(self, module, name):
        if self.fix_imports:
            py2 = NAME_TO_PY2.get((module, name))
            if py2 is not None:
                module, name = py2
            else:
                module = IMPORT_TO_PY2.get(module, module)
        self._write(b'c' + module.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')



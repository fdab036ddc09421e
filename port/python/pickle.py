"""pickle: dumps/dump/loads/load, Pickler and Unpickler (persistent_id and
persistent_load, dispatch_table, reducer_override, find_class), the
exceptions and the opcode constants, for caching results between runs or
steps and reading pickles CPython wrote.

dumps writes the bytes CPython 3.11 writes for None, bools, ints, floats,
str, bytes, bytearray, tuples, lists, dicts, sets and frozensets (with its
memo, batching and 64 KB frames), for classes and functions by reference,
and for instances through __reduce_ex__/__reduce__, __getstate__/
__setstate__, __getnewargs__/__getnewargs_ex__ or the default reduction
(copyreg's, for protocols 0-1). loads accepts every opcode of protocols
0-5. Not provided: PickleBuffer and out-of-band buffers when writing
(PickleBuffer raises NotImplementedError; loads takes buffers=), the
'fast' mode's recursion check, and pickling of methods, modules and
functions defined inside functions (MicroPython has no '<locals>' in
__qualname__, so the error names a failed attribute lookup instead)."""
import io as _io
from _pickle_ops import (PickleError, PicklingError, UnpicklingError, HIGHEST_PROTOCOL,
                         DEFAULT_PROTOCOL, OPCODES as _OPCODES)
from _pickle_dump import Pickler
from _pickle_load import Unpickler

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'PickleBuffer', 'HIGHEST_PROTOCOL',
           'DEFAULT_PROTOCOL']

# the opcode bytes as module attributes (pickle.MARK == b'(' etc.)
globals().update(_OPCODES)
__all__.extend(_OPCODES)

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleBuffer:
    def __init__(self, buffer):
        raise NotImplementedError("pickle.PickleBuffer (out-of-band buffers) is not supported")


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


# CPython's names for the implementation classes
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads

"""Shared pieces of pickle: the exceptions, the opcode bytes of protocols 0-5
(facts of the format) and the Python 2 name mapping that fix_imports uses."""


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
BATCHSIZE = 1000
FRAME_TARGET = 65536   # a frame is closed once it holds this much
FRAME_MIN = 4          # shorter frames are written without a FRAME header

# opcodes: name -> byte (pickle.MARK etc. are these bytes objects)
OPCODES = {
    'MARK': b'(', 'STOP': b'.', 'POP': b'0', 'POP_MARK': b'1', 'DUP': b'2',
    'FLOAT': b'F', 'INT': b'I', 'BININT': b'J', 'BININT1': b'K', 'LONG': b'L',
    'BININT2': b'M', 'NONE': b'N', 'PERSID': b'P', 'BINPERSID': b'Q',
    'REDUCE': b'R', 'STRING': b'S', 'BINSTRING': b'T', 'SHORT_BINSTRING': b'U',
    'UNICODE': b'V', 'BINUNICODE': b'X', 'APPEND': b'a', 'BUILD': b'b',
    'GLOBAL': b'c', 'DICT': b'd', 'EMPTY_DICT': b'}', 'APPENDS': b'e',
    'GET': b'g', 'BINGET': b'h', 'INST': b'i', 'LONG_BINGET': b'j',
    'LIST': b'l', 'EMPTY_LIST': b']', 'OBJ': b'o', 'PUT': b'p', 'BINPUT': b'q',
    'LONG_BINPUT': b'r', 'SETITEM': b's', 'TUPLE': b't', 'EMPTY_TUPLE': b')',
    'SETITEMS': b'u', 'BINFLOAT': b'G', 'TRUE': b'I01\n', 'FALSE': b'I00\n',
    'PROTO': b'\x80', 'NEWOBJ': b'\x81', 'EXT1': b'\x82', 'EXT2': b'\x83',
    'EXT4': b'\x84', 'TUPLE1': b'\x85', 'TUPLE2': b'\x86', 'TUPLE3': b'\x87',
    'NEWTRUE': b'\x88', 'NEWFALSE': b'\x89', 'LONG1': b'\x8a', 'LONG4': b'\x8b',
    'BINBYTES': b'B', 'SHORT_BINBYTES': b'C', 'SHORT_BINUNICODE': b'\x8c',
    'BINUNICODE8': b'\x8d', 'BINBYTES8': b'\x8e', 'EMPTY_SET': b'\x8f',
    'ADDITEMS': b'\x90', 'FROZENSET': b'\x91', 'NEWOBJ_EX': b'\x92',
    'STACK_GLOBAL': b'\x93', 'MEMOIZE': b'\x94', 'FRAME': b'\x95',
    'BYTEARRAY8': b'\x96', 'NEXT_BUFFER': b'\x97', 'READONLY_BUFFER': b'\x98',
}

# Python 3 module -> Python 2 module, for protocols 0-2 with fix_imports
IMPORT_TO_PY2 = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
    'reprlib': 'repr', 'pickle': 'cPickle', 'io': 'io',
    'collections': 'collections', 'functools': 'functools',
}
IMPORT_FROM_PY2 = dict((v, k) for k, v in IMPORT_TO_PY2.items())
IMPORT_FROM_PY2.update({'cStringIO': 'io', 'StringIO': 'io', 'UserDict': 'collections',
                        'UserList': 'collections', 'UserString': 'collections',
                        'exceptions': 'builtins', 'string': 'string'})
# (py2 module, name) -> (py3 module, name) for names that moved
NAME_FROM_PY2 = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
}
# (py3 module, name) -> (py2 module, name), what CPython's pickler writes
# instead for protocols 0-2 with fix_imports (_compat_pickle's
# REVERSE_NAME_MAPPING, less the modules pywasm does not have)
NAME_TO_PY2 = {
    ('builtins', 'range'): ('__builtin__', 'xrange'), ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'), ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'), ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'), ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'), ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'), ('collections', 'UserString'): ('UserString', 'UserString'),
}
for _n in ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
           'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
           'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
           'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError '
           'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError '
           'SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
           'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError '
           'Warning ZeroDivisionError').split():
    NAME_TO_PY2[('builtins', _n)] = ('exceptions', _n)
for _n in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError '
           'ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
           'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split():
    NAME_TO_PY2[('builtins', _n)] = ('exceptions', 'OSError')
NAME_TO_PY2[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _n


def import_module(name):
    # builtin modules (builtins, sys) are not always in sys.modules here
    import sys
    __import__(name)
    m = sys.modules.get(name)
    if m is None:
        m = __import__(name)
        for part in name.split('.')[1:]:
            m = getattr(m, part)
    return m

"""Interpreter-wide CPython compatibility, installed into builtins on import:
OSError subclasses (FileNotFoundError, ...) raised by open() and the os
wrappers; vars/format/ascii; a __build_class__ that honours metaclass=,
__init_subclass__ and __set_name__. Imported by the compat modules; importing
it at startup makes plain scripts see the same builtins."""
import builtins as _b
import errno as _e

_MSG = {1: 'Operation not permitted', 2: 'No such file or directory', 9: 'Bad file descriptor',
        11: 'Resource temporarily unavailable', 13: 'Permission denied', 17: 'File exists',
        18: 'Invalid cross-device link', 20: 'Not a directory', 21: 'Is a directory',
        22: 'Invalid argument', 24: 'Too many open files', 28: 'No space left on device',
        30: 'Read-only file system', 32: 'Broken pipe', 36: 'File name too long',
        39: 'Directory not empty', 110: 'Connection timed out', 111: 'Connection refused'}
_SUB = {}


def _str(e):
    # CPython's form; MicroPython's own adds the errno's symbolic name.
    if getattr(e, 'strerror', None) is None:
        return OSError.__str__(e) if len(e.args) != 2 else '[Errno %s] %s' % e.args
    s = '[Errno %d] %s' % (e.errno, e.strerror)
    return s + ': %r' % (e.filename,) if e.filename is not None else s


def _mk(name, *errs, base=OSError):
    c = type(name, (base,), {'__str__': _str, 'strerror': None, 'filename': None})
    for n in errs:
        _SUB[n] = c
    setattr(_b, name, c)
    return c


if not hasattr(_b, 'FileNotFoundError'):
    _mk('FileNotFoundError', 2)
    _mk('FileExistsError', 17)
    _mk('PermissionError', 1, 13)
    _mk('IsADirectoryError', 21)
    _mk('NotADirectoryError', 20)
    _mk('InterruptedError', 4)
    _mk('TimeoutError', 110)
    _mk('BlockingIOError', 11)
    _mk('ChildProcessError', 10)
    _mk('ProcessLookupError', 3)
    c = _mk('ConnectionError')  # a local: builtins' overrides are not readable as attributes
    _mk('BrokenPipeError', 32, base=c)
    _mk('ConnectionRefusedError', 111, base=c)
    _mk('ConnectionResetError', 104, base=c)
    _mk('ConnectionAbortedError', 103, base=c)
    _b.EnvironmentError = _b.IOError = OSError
    _W = _b.Warning = type('Warning', (Exception,), {})
    for _n in ('UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'SyntaxWarning',
               'FutureWarning', 'PendingDeprecationWarning', 'ImportWarning',
               'UnicodeWarning', 'BytesWarning', 'ResourceWarning'):
        setattr(_b, _n, type(_n, (_W,), {}))
    _b.ModuleNotFoundError = type('ModuleNotFoundError', (ImportError,), {})
    _b.UnicodeDecodeError = _b.UnicodeEncodeError = UnicodeError
    _b.FloatingPointError = type('FloatingPointError', (ArithmeticError,), {})
    _b.BufferError = type('BufferError', (Exception,), {})


def oserror(e, filename=None):
    """The CPython form of a MicroPython OSError: subclass, message, filename."""
    n = e.args[0] if e.args else None
    if type(e) is not OSError or not isinstance(n, int) or len(e.args) != 1:
        return e
    x = _SUB.get(n, OSError)(n, _MSG.get(n, 'Unknown error %d' % n))
    x.errno, x.strerror, x.filename = n, _MSG.get(n, ''), filename
    return x


if not hasattr(_b, '_pywasm_open'):
    _b._pywasm_open = _open0 = _b.open

    def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        if isinstance(file, int):
            raise NotImplementedError('open() of a file descriptor')
        if encoding and encoding.lower().replace('-', '').replace('_', '') not in ('utf8', 'ascii', 'utf8sig', 'latin1', 'locale'):
            raise NotImplementedError('open(): encoding %r (only UTF-8)' % encoding)
        try:
            return _open0(file, mode)
        except OSError as e:
            raise oserror(e, file)

    _b.open = open

    def vars(*o):
        if not o:
            raise NotImplementedError('vars() without an argument')
        return o[0].__dict__

    def format(v, spec=''):
        return ('{:' + spec + '}').format(v)

    def ascii(o):
        r = repr(o)
        return ''.join(c if ord(c) < 128 else ('\\x%02x' % ord(c) if ord(c) < 256 else ('\\u%04x' % ord(c) if ord(c) < 65536 else '\\U%08x' % ord(c))) for c in r)

    for _f in (vars, format, ascii):
        if not hasattr(_b, _f.__name__):
            setattr(_b, _f.__name__, _f)

    _bc = _b.__build_class__

    def _build(func, name, *bases, metaclass=None, **kw):
        # MicroPython's own __build_class__ rejects keywords; build the plain
        # class, then hand its namespace to the metaclass (inherited through
        # a __metaclass__ attribute, since metaclass instances cannot be bases).
        cls = _bc(func, name, *bases)
        meta = metaclass
        if meta is None:
            for b in bases:
                meta = getattr(b, '__metaclass__', None)
                if meta:
                    break
        if meta is not None and meta is not type:
            cls = meta(name, bases, dict(cls.__dict__), **kw)
            return cls
        for k, v in cls.__dict__.items():
            f = getattr(type(v), '__set_name__', None)
            if f:
                f(v, cls, k)
        for b in bases:
            f = getattr(b, '__init_subclass__', None)
            if f:
                f(cls, **kw)
                kw = None
                break
        if kw:
            raise TypeError(name + '.__init_subclass__() takes no keyword arguments')
        return cls

    _b.__build_class__ = _build

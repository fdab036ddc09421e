"""Interpreter-wide CPython compatibility, installed into builtins on import:
Warning and its subclasses, ModuleNotFoundError and a few more exception
names; a __build_class__ that honours metaclass=, __init_subclass__ and
__set_name__. Imported by the compat modules; importing it at startup makes
plain scripts see the same builtins."""
import builtins as _b

from _pywasm import strerror as _strerror  # the interpreter's own table (port/errors.c)


if not hasattr(_b, 'Warning'):
    # OSError's subclasses (FileNotFoundError, ...), vars, format and ascii
    # are built into the interpreter (port/exceptions.c, port/builtins.c).
    _W = _b.Warning = type('Warning', (Exception,), {})
    for _n in ('UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'SyntaxWarning',
               'FutureWarning', 'PendingDeprecationWarning', 'ImportWarning',
               'UnicodeWarning', 'BytesWarning', 'ResourceWarning'):
        setattr(_b, _n, type(_n, (_W,), {}))
    _b.ModuleNotFoundError = type('ModuleNotFoundError', (ImportError,), {})
    _b.FloatingPointError = type('FloatingPointError', (ArithmeticError,), {})
    _b.BufferError = type('BufferError', (Exception,), {})


def oserror(e, filename=None):
    """The CPython form of an OSError: its errno's subclass, strerror and
    filename. The interpreter raises that form itself; this names the file
    where it could not, and converts a bare OSError(errno)."""
    n = e.args[0] if e.args else None
    if isinstance(n, int) and len(e.args) == 1 and type(e) is OSError:
        e = OSError(n, _strerror(n))
    if filename is not None and e.filename is None and len(e.args) == 2:
        e.filename = filename
    return e


if not hasattr(_b, '_pywasm_build_class'):
    # open() takes CPython's parameters and path-like objects in C
    # (port/fileopen.c); what is left here is class creation.
    _b._pywasm_build_class = _bc = _b.__build_class__

    def _build(*args, **kw):
        # MicroPython's own __build_class__ rejects keywords; build the plain
        # class, then hand its namespace to the metaclass (inherited through
        # a __metaclass__ attribute, since metaclass instances cannot be bases).
        # Positional only (as CPython's): a class keyword may be called `name`.
        func, name, bases = args[0], args[1], args[2:]
        metaclass = kw.pop('metaclass', None)
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
            # The first one a class body defines (object's, patch 0027, is
            # for super() calls inside these).
            f = _defined(b, '__init_subclass__')
            if f:
                f(cls, **kw)
                kw = None
                break
        if kw:
            raise TypeError(name + '.__init_subclass__() takes no keyword arguments')
        return cls

    def _defined(cls, name):
        if name in cls.__dict__:
            return getattr(cls, name)
        for b in getattr(cls, '__bases__', ()):
            f = _defined(b, name)
            if f:
                return f
        return None

    _b.__build_class__ = _build

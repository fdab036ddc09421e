"""sys's rarer attributes (patch 0118): the interpreter looks a name up here
when sys's own table lacks it, so none of this is imported until a script
asks for one of them."""
import sys
import _pywasm

# The interpreter lives at /usr/lib/pywasm (sys.executable is its bin/python3
# there, and the library its root), and there is no virtual environment, so
# prefix and base_prefix agree, as `sys.prefix != sys.base_prefix` expects.
prefix = base_prefix = exec_prefix = base_exec_prefix = sys.executable.rsplit('/bin/', 1)[0]
platlibdir = 'lib'
pycache_prefix = None
abiflags = ''
api_version = 1013
float_repr_style = 'short'
_xoptions = {}


class _Struct(tuple):
    # The shape of CPython's flags and int_info: a tuple whose fields are also
    # attributes, printed as sys.flags(debug=0, ...).
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError("'%s' object has no attribute '%s'" % (self._name, name))

    def __repr__(self):
        return '%s(%s)' % (self._name, ', '.join('%s=%r' % p for p in zip(self._fields, self)))


class _Flags(_Struct):
    _name = 'sys.flags'
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
               'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization',
               'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')


class _IntInfo(_Struct):
    _name = 'sys.int_info'
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')


class _HashInfo(_Struct):
    _name = 'sys.hash_info'
    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')


def _optimize():
    try:
        import micropython
        return micropython.opt_level()
    except (ImportError, AttributeError):
        return 0


# What this interpreter runs with: -O is the one option that shows (as the
# optimisation level); bytecode is never written; there is no user site
# directory and no hash randomisation; int has CPython's digit limit
# (sys.set_int_max_str_digits, port/sys_extra.c).
flags = _Flags((0, 0, 0, _optimize(), 1, 1, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1))
int_info = _IntInfo((30, 4, 4300, 640))

# How hash() works here (patch 0244). Numbers hash as on a 64-bit CPython:
# to their value modulo 2**61 - 1, inf to +-314159, a NaN to 0 and a complex
# number to real + 1000003 * imag, computed in 64 bits; hash() then makes a
# value past a small int small, and does the same to whatever an object's
# __hash__ returns, so a class that hashes by these numbers (mpmath's mpf,
# numbers.Rational's recipe) still hashes like the equal float or int.
# Strings are not hashed with a seeded SipHash but with the qstr hash: djb2
# (h * 33 ^ byte from 5381) over the UTF-8 bytes in 32 bits, with no seed
# (no hash randomisation) and no small-string cutoff.
hash_info = _HashInfo((64, (1 << 61) - 1, 314159, 0, 1000003, 'djb2', 32, 0, 0))

# The command line as the interpreter saw it: options are not kept, so the
# interpreter and the script's own arguments.
orig_argv = [sys.executable] + list(sys.argv)

builtin_module_names = tuple(sorted(set(_pywasm.builtin_module_names())))


def _library_names():
    import os
    names = set(builtin_module_names)
    for entry in os.listdir(_pywasm.LIBRARY_DIR):
        name = entry[:-4] if entry.endswith('.mpy') else entry
        if name.isidentifier() and not name.startswith('_pywasm'):
            names.add(name)
    return frozenset(names)


# The standard library here: the built-in modules and the library's.
stdlib_module_names = _library_names()


def exception():
    """The exception being handled, or None (3.11)."""
    return sys.exc_info()[1]


def excepthook(type, value, traceback):
    """Prints an exception and its traceback to sys.stderr, as an uncaught
    one is. The interpreter calls sys.excepthook for an uncaught exception
    when a script has assigned one."""
    sys.print_exception(value, sys.stderr)


def displayhook(value):
    """Prints repr(value) and keeps it as builtins._, as the REPL does."""
    if value is None:
        return
    import builtins
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


__excepthook__ = excepthook
__displayhook__ = displayhook

_switch_interval = 0.005


def getswitchinterval():
    return _switch_interval


def setswitchinterval(interval):
    global _switch_interval
    if interval <= 0:
        raise ValueError('switch interval must be strictly positive')
    _switch_interval = float(interval)


def gettrace():
    """There is no tracing here: always None."""
    return None


def settrace(function):
    """Only None (no tracing) is possible: the interpreter has no line
    events to call a trace function with."""
    if function is not None:
        raise NotImplementedError('sys.settrace: pywasm has no trace events')


getprofile = gettrace


def setprofile(function):
    if function is not None:
        raise NotImplementedError('sys.setprofile: pywasm has no profile events')


# Audit hooks (PEP 578). The interpreter raises no events of its own; the
# ones library code raises with sys.audit() (urllib3's
# "http.client.connect", for one) reach the hooks added here.
_audit_hooks = []


def audit(event, *args):
    if not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)
    for hook in _audit_hooks:
        hook(event, args)


def addaudithook(hook):
    _audit_hooks.append(hook)


def is_finalizing():
    # Python code here runs before the interpreter shuts down (filelock
    # keeps sys.is_finalizing as a default argument)
    return False

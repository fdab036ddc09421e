# sys's rarer attributes (patch 0118, _pywasm_sys): flags, prefixes,
# builtin and stdlib module names, exception(), excepthook.
import sys

print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix)
print(type(sys.flags.optimize), sys.flags.optimize, sys.flags[3], len(sys.flags) >= 17)
print(sys.flags.dont_write_bytecode in (0, 1), sys.float_repr_style, sys.abiflags)
print('sys' in sys.builtin_module_names, 'json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(sys.orig_argv[-len(sys.argv):] == sys.argv)
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()))
print(sys.gettrace(), sys.getswitchinterval())
sys.settrace(None)
print(callable(sys.excepthook), sys.excepthook is sys.__excepthook__, callable(sys.displayhook))
print(hasattr(sys, 'no_such_thing'), sys.int_info.bits_per_digit > 0)

# an uncaught exception reaching a hook is tested in tests/cli/run.test.js
sys.excepthook = lambda kind, value, tb: print('hook:', kind.__name__, value)
try:
    raise ValueError('handled')
except ValueError:
    sys.excepthook(*sys.exc_info())

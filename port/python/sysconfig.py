"""sysconfig: what CPython's module says about the installation, here about
pywasm's: a wasm32 WASI interpreter whose library lives at sys.prefix
(/usr/lib/pywasm), with no site-packages, no C extensions and no build
files. get_platform() is 'wasi-wasm32', as CPython's WASI build reports;
the configuration variables are the ones libraries read (the packaging
library's tags: SOABI, EXT_SUFFIX, SIZEOF_VOID_P, Py_DEBUG...), and any
other name is None, as for a variable CPython's build did not define."""
import sys

_VERSION = '%d.%d' % sys.version_info[:2]
_NODOT = '%d%d' % sys.version_info[:2]
_PREFIX = sys.prefix

_PATHS = {
    'stdlib': _PREFIX,
    'platstdlib': _PREFIX,
    'purelib': _PREFIX + '/site-packages',
    'platlib': _PREFIX + '/site-packages',
    'include': _PREFIX + '/include',
    'platinclude': _PREFIX + '/include',
    'scripts': _PREFIX + '/bin',
    'data': _PREFIX,
}

_CONFIG = {
    'prefix': _PREFIX, 'exec_prefix': _PREFIX, 'base': _PREFIX, 'platbase': _PREFIX,
    'projectbase': _PREFIX + '/bin', 'installed_base': _PREFIX, 'installed_platbase': _PREFIX,
    'BINDIR': _PREFIX + '/bin', 'LIBDIR': _PREFIX, 'LIBDEST': _PREFIX, 'BINLIBDEST': _PREFIX,
    'INCLUDEPY': _PREFIX + '/include',
    'VERSION': _VERSION, 'py_version_short': _VERSION, 'py_version_nodot': _NODOT,
    'py_version': '%d.%d.%d' % sys.version_info[:3], 'abiflags': '',
    'SOABI': 'cpython-%s-wasm32-wasi' % _NODOT, 'EXT_SUFFIX': '.cpython-%s-wasm32-wasi.so' % _NODOT,
    'SHLIB_SUFFIX': '.so', 'MULTIARCH': 'wasm32-wasi', 'HOST_GNU_TYPE': 'wasm32-unknown-wasi',
    'MACHDEP': 'wasi', 'EXE': '', 'SIZEOF_VOID_P': 4, 'SIZEOF_LONG': 4, 'SIZEOF_SIZE_T': 4,
    'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'WITH_PYMALLOC': 0, 'Py_TRACE_REFS': 0,
    'WITH_DOC_STRINGS': 0, 'WITH_THREAD': 0, 'CC': '', 'CFLAGS': '', 'LDFLAGS': '',
}


def get_platform():
    return 'wasi-wasm32'


def get_python_version():
    return _VERSION


def get_config_vars(*args):
    if args:
        return [_CONFIG.get(name) for name in args]
    return dict(_CONFIG)


def get_config_var(name):
    return _CONFIG.get(name)


def get_scheme_names():
    return ('posix_prefix',)


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key not in ('prefix', 'home', 'user'):
        raise ValueError("key must be 'prefix', 'home', or 'user', not %r" % (key,))
    return 'posix_prefix'


def get_path_names():
    return tuple(_PATHS)


def get_paths(scheme=None, vars=None, expand=True):
    _check_scheme(scheme)
    return dict(_PATHS)


def get_path(name, scheme=None, vars=None, expand=True):
    _check_scheme(scheme)
    return _PATHS[name]


def _check_scheme(scheme):
    if scheme is not None and scheme != 'posix_prefix':
        raise KeyError(scheme)


def is_python_build(check_home=None):
    return False

"""platform: CPython's API over what the sandbox is. The interpreter is a
WASI module, so the platform it reports is WASI on wasm32, as CPython built
for WASI reports (sys.platform is 'wasi'): system() 'WASI', machine()
'wasm32', release() MicroPython's version, python_implementation()
'MicroPython'. A step that needs the runner's own OS has RUNNER_OS and
RUNNER_ARCH in its environment. This module shadows MicroPython's built-in
platform module (an extensible one), which had only platform(),
python_compiler() and libc_ver(), in MicroPython's own formats."""
import os as _os
import sys as _sys
from collections import namedtuple as _namedtuple

_VERSION = '%d.%d.%d' % _sys.implementation.version[:3]


class uname_result(_namedtuple('uname_result', 'system node release version machine')):
    @property
    def processor(self):
        return ''


_uname = None


def uname():
    global _uname
    if _uname is None:
        _uname = uname_result('WASI', node(), _VERSION, 'MicroPython v%s' % _VERSION, 'wasm32')
    return _uname


def system():
    return 'WASI'


def node():
    # The host's name is not visible in the sandbox (CPython gives '' when
    # it cannot tell).
    return ''


def release():
    return _VERSION


def version():
    return uname().version


def machine():
    return 'wasm32'


def processor():
    return ''


def architecture(executable=None, bits='', linkage=''):
    return ('32bit', linkage)


def platform(aliased=False, terse=False):
    if terse:
        return 'WASI-%s' % _VERSION
    return 'WASI-%s-wasm32-32bit' % _VERSION


def python_implementation():
    return 'MicroPython'


def python_version():
    return '%d.%d.%d' % _sys.version_info[:3]


def python_version_tuple():
    return tuple(str(n) for n in _sys.version_info[:3])


def python_compiler():
    return 'Clang'


def python_build():
    return ('v' + _VERSION, '')


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def win32_ver(release='', version='', csd='', ptype=''):
    return (release, version, csd, ptype)


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return (release, versioninfo, machine)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return (release, vendor, vminfo, osinfo)


def freedesktop_os_release():
    # CPython reads /etc/os-release or /usr/lib/os-release: neither is in
    # the sandbox.
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        if _os.path.isfile(path):
            info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
            with open(path, encoding='utf-8') as f:
                for line in f:
                    key, eq, value = line.strip().partition('=')
                    if eq and key and not key.startswith('#'):
                        info[key] = value.strip('"\'')
            return info
    raise OSError(2, 'No such file or directory', '/etc/os-release')


if __name__ == '__main__':
    # python -m platform [terse] [nonaliased] (with or without '--'), as in 3.11
    import sys as _sys
    _terse = 'terse' in _sys.argv or '--terse' in _sys.argv
    _aliased = 'nonaliased' not in _sys.argv and '--nonaliased' not in _sys.argv
    print(platform(_aliased, _terse))

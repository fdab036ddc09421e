"""site: what scripts ask of it, as CPython's: PREFIXES, ENABLE_USER_SITE,
USER_BASE, USER_SITE, getsitepackages(), getuserbase(),
getusersitepackages(), addsitedir() with .pth files (path lines added to
sys.path when the directory exists, 'import' lines run), addpackage(),
makepath(), and `python -m site` [--user-base] [--user-site].

pywasm runs no site step at startup (as python3 -S): importing this module
changes nothing by itself. The default site directory is sysconfig's
purelib, which is not on sys.path unless the embedder mounts one; the user
site is off (sys.flags.no_user_site), as in the sandbox there is no home."""
import os
import sys

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = not getattr(sys.flags, 'no_user_site', 0)
USER_BASE = None
USER_SITE = None


def makepath(*paths):
    d = os.path.abspath(os.path.join(*paths))
    return d, os.path.normcase(d)


def getuserbase():
    # worked out once, as CPython's (a later PYTHONUSERBASE changes nothing)
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = os.environ.get('PYTHONUSERBASE') or os.path.expanduser('~/.local')
    return USER_BASE


def getusersitepackages():
    global USER_SITE
    if USER_SITE is None:
        USER_SITE = os.path.join(getuserbase(), 'lib', 'python%d.%d' % sys.version_info[:2], 'site-packages')
    return USER_SITE


def getsitepackages(prefixes=None):
    # the given prefixes laid out as CPython's on Linux; by default, where
    # sysconfig says packages go here
    if prefixes is None:
        import sysconfig
        return [sysconfig.get_path('purelib')]
    out = []
    for prefix in prefixes:
        if not prefix or prefix in out:
            continue
        path = os.path.join(prefix, 'lib', 'python%d.%d' % sys.version_info[:2], 'site-packages')
        if path not in out:
            out.append(path)
    return out


def _known():
    known = set()
    for entry in sys.path:
        if entry and os.path.exists(entry):
            known.add(makepath(entry)[1])
    return known


def addpackage(sitedir, name, known_paths):
    # One .pth file: a line is a directory (relative to sitedir) to add when
    # it exists, or starts with 'import' and is run; '#' lines are comments.
    reset = known_paths is None
    if reset:
        known_paths = _known()
    try:
        with open(os.path.join(sitedir, name), encoding='utf-8') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    for n, line in enumerate(lines, 1):
        if line.startswith('#') or not line.strip():
            continue
        try:
            if line.startswith(('import ', 'import\t')):
                exec(line)
                continue
            line = line.rstrip()
            d, key = makepath(sitedir, line)
            if key not in known_paths and os.path.exists(d):
                sys.path.append(d)
                known_paths.add(key)
        except Exception as e:
            print('Error processing line %d of %s:\n' % (n, os.path.join(sitedir, name)), file=sys.stderr)
            import traceback
            for record in traceback.format_exception(e):
                for text in record.splitlines():
                    print('  ' + text, file=sys.stderr)
            print('\nRemainder of file ignored', file=sys.stderr)
            break
    return None if reset else known_paths


def addsitedir(sitedir, known_paths=None):
    reset = known_paths is None
    if reset:
        known_paths = _known()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None if reset else known_paths
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    return None if reset else known_paths


def main():
    # CPython's startup step; here only the user site, when enabled and present
    if ENABLE_USER_SITE and os.path.isdir(getusersitepackages()):
        addsitedir(USER_SITE)


getusersitepackages()


def _script():
    args = sys.argv[1:]
    if not args:
        print('sys.path = [')
        for entry in sys.path:
            print('    %r,' % (entry,))
        print(']')
        for name, value in (('USER_BASE', USER_BASE), ('USER_SITE', USER_SITE)):
            print('%s: %r (%s)' % (name, value, 'exists' if value and os.path.isdir(value) else "doesn't exist"))
        print('ENABLE_USER_SITE: %r' % ENABLE_USER_SITE)
        sys.exit(0)
    shown = []
    if '--user-base' in args:
        shown.append(USER_BASE)
    if '--user-site' in args:
        shown.append(USER_SITE)
    if shown:
        print(os.pathsep.join(shown))
        sys.exit(0 if ENABLE_USER_SITE else 1)
    sys.exit(10)


if __name__ == '__main__':
    _script()

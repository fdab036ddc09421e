"""linecache: getline, getlines, clearcache, checkcache, lazycache. Source
lines of scripts and their modules, read from the file and kept until
clearcache(); frozen modules have no readable source, so their lines are ''.
traceback.print_stack() and warnings use it for the line they show."""

cache = {}


def getlines(filename, module_globals=None):
    lines = cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8', errors='replace') as f:
                lines = f.readlines()
        except (OSError, TypeError, ValueError):
            return []
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = lines
    return lines


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    # Files do not change under a running step often enough to stat them on
    # every lookup: forget what was read, and read again when asked.
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False

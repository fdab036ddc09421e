"""pydoc: the helpers libraries import from it. getdoc/splitdoc (a module's
or function's documentation and its summary line: python-stdnum names its
formats so), describe, classname, locate, cram, stripid, replace, isdata,
plain, and a text render_doc/help. There is no HTML documentation and no
documentation server."""
import sys

__all__ = ['help']


class ErrorDuringImport(Exception):
    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def getdoc(object):
    # the docstring (cleaned), else the comments above the source; '' if none
    import inspect
    result = inspect.getdoc(object) or inspect.getcomments(object)
    if not result:
        return ''
    result = result.rstrip()
    while result.startswith(' ') or result.startswith('\n'):
        # leading blank lines go (CPython: re.sub('^ *\n', '', ...))
        head, nl, rest = result.partition('\n')
        if head.strip() or not nl:
            break
        result = rest
    return result


def splitdoc(doc):
    # (summary line, the rest) when a blank line follows the first line
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    import inspect
    return not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object)
                or inspect.isframe(object) or inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    while pairs:
        text = pairs[1].join(text.split(pairs[0]))
        pairs = pairs[2:]
    return text


def cram(text, maxlen):
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


def stripid(text):
    # ' at 0x...' addresses (6 to 16 hex digits before the closing '>')
    import re
    return re.sub(r' at 0x[0-9a-f]{6,16}(>+)$', r'\1', text, flags=re.IGNORECASE)


def plain(text):
    # bold and underline made by overstriking, removed
    out = []
    for ch in text:
        if ch == '\b' and out:
            out.pop()
        elif ch != '\b':
            out.append(ch)
    return ''.join(out)


def describe(thing):
    import inspect
    if inspect.ismodule(thing):
        return ('built-in module ' if thing.__name__ in sys.builtin_module_names else 'module ') + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing) if hasattr(inspect, 'isgetsetdescriptor') else False:
        return 'getset descriptor %s.%s.%s' % (thing.__objclass__.__module__, thing.__objclass__.__name__,
                                               thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    # the object a dotted name names, importing the longest module prefix
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        try:
            nextmodule = __import__('.'.join(parts[:n + 1]))
            for part in parts[1:n + 1]:
                nextmodule = getattr(nextmodule, part)
        except ImportError:
            break
        module, n = nextmodule, n + 1
    if module is not None:
        obj = module
    else:
        import builtins
        obj = builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    # a plain-text page: the title, the object's description and docstring
    if isinstance(thing, str):
        found = locate(thing, forceload)
        if found is None:
            raise ImportError('No Python documentation found for %r.' % thing)
        thing = found
    desc = describe(thing)
    module = getattr(thing, '__module__', None)
    if module and module not in ('builtins', '__main__') and not desc.startswith('module'):
        desc += ' in module ' + module
    doc = getdoc(thing)
    body = '\n'.join('    ' + line if line else '' for line in doc.split('\n')) if doc else ''
    return (title % desc) + '\n\n' + desc + ('\n' + body if body else '') + '\n'


def plainpager(text):
    sys.stdout.write(plain(text))


pager = plainpager


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    text = render_doc(thing, title, forceload)
    if output is None:
        pager(text)
    else:
        output.write(plain(text))


def help(request=None):
    if request is None:
        sys.stdout.write('Type help(object) for help about object.\n')
        return
    doc(request)

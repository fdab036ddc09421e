"""inspect: the questions scripts ask about their objects. The is*()
predicates, getmembers, getdoc/cleandoc, getmodule, getfile, getsource for
a script's functions and classes, unwrap, currentframe/stack/getframeinfo
(sys._getframe), and signature() with Signature, Parameter and
BoundArguments.

What MicroPython keeps decides the rest: a signature comes from a
function's __code__, __defaults__ and __kwdefaults__ (getfullargspec()
reads it too); in the library's own functions, which keep no local names,
'args' and 'kwargs' stand for the names of *args and **kwargs, a '/'
marker is not recorded (those parameters read as positional-or-keyword),
annotations are kept as their text and evaluated in the function's globals
where they can be, and builtins have no signature (ValueError).
`async def` functions are compiled as generator functions, so
iscoroutinefunction() and isgeneratorfunction() answer alike."""
import sys
import linecache
from _pywasm_compat import annotations_are_text as _annotations_are_text

_CO_VARARGS, _CO_VARKEYWORDS, _CO_GENERATOR = 0x04, 0x08, 0x20
# the code flags, as CPython names them (funcy reads CO_VARARGS)
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512


def _gen():
    yield


class _Probe:
    def method(self):
        pass


_FunctionTypes = (type(_Probe.method), type(_gen), type((lambda x: lambda: x)(0)))
_GeneratorType = type(_gen())
_MethodType = type(_Probe().method)
_ModuleType = type(sys)


# -- what kind of object ------------------------------------------------------

def ismodule(obj):
    return isinstance(obj, _ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, _FunctionTypes)


def ismethod(obj):
    return isinstance(obj, _MethodType) and isfunction(obj.__func__)


def isbuiltin(obj):
    if isinstance(obj, _MethodType):
        return isbuiltin(obj.__func__)
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isgeneratorfunction(obj):
    obj = getattr(obj, '__func__', obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & _CO_GENERATOR)


iscoroutinefunction = isgeneratorfunction


def isasyncgenfunction(obj):
    return False


def isgenerator(obj):
    return isinstance(obj, _GeneratorType)


iscoroutine = isgenerator


def isasyncgen(obj):
    # an async generator is a generator here, its code flagged as any other
    # (as isasyncgenfunction, no way to tell)
    return False


def isawaitable(obj):
    return isgenerator(obj) or hasattr(type(obj), '__await__')


def isabstract(obj):
    return isclass(obj) and bool(getattr(obj, '__abstractmethods__', None))


def isframe(obj):
    return type(obj).__name__ == 'frame'


def iscode(obj):
    return type(obj).__name__ == 'code'


def istraceback(obj):
    # e.__traceback__ and sys.exc_info()[2]: _pywasm_traceback's objects
    return type(obj).__name__ == 'traceback' and hasattr(obj, 'tb_frame')


def isdatadescriptor(obj):
    return not isclass(obj) and hasattr(type(obj), '__set__')


def ismethoddescriptor(obj):
    return False


# MicroPython has no member or getset descriptors (types' classes of those
# names have no instances): those two answer False. int's operator methods
# are method-wrappers, as in CPython.
def ismemberdescriptor(obj):
    import types
    return isinstance(obj, types.MemberDescriptorType)


def isgetsetdescriptor(obj):
    import types
    return isinstance(obj, types.GetSetDescriptorType)


def ismethodwrapper(obj):
    import types
    return isinstance(obj, types.MethodWrapperType)


# -- members, documentation, where things are ---------------------------------


def getmro(cls):
    return cls.__mro__

def getmembers(obj, predicate=None):
    return _members(obj, predicate, getattr)


def _members(obj, predicate, get):
    # (name, value) for each name dir() lists that get() can read, sorted
    members = []
    for name in dir(obj):
        try:
            value = get(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            members.append((name, value))
    members.sort(key=lambda item: item[0])
    return members


_NOT_FOUND = object()


def getattr_static(obj, attr, default=_NOT_FOUND):
    # the attribute as stored: the instance's __dict__, then the classes of
    # its MRO (the metaclass's for a class), without running a descriptor,
    # a property or __getattr__
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        d = getattr(obj, '__dict__', None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
    for entry in getattr(klass, '__mro__', (klass,)):
        d = getattr(entry, '__dict__', None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
    if isinstance(obj, type):
        for entry in getattr(type(obj), '__mro__', (type(obj),)):
            d = getattr(entry, '__dict__', None)
            if isinstance(d, dict) and attr in d:
                return d[attr]
    if default is not _NOT_FOUND:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            margin = indent if margin is None else min(margin, indent)
    cleaned = [lines[0].lstrip()] + [line[margin:] if margin else line for line in lines[1:]]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    while cleaned and not cleaned[0]:
        cleaned.pop(0)
    return '\n'.join(cleaned)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    return cleandoc(doc) if isinstance(doc, str) else None


def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if isinstance(name, str) else None


def unwrap(func, *, stop=None):
    seen = set()
    while hasattr(func, '__wrapped__') and not (stop and stop(func)):
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping %r' % (func,))
        seen.add(id(func))
        func = func.__wrapped__
    return func


def _code(obj):
    obj = unwrap(getattr(obj, '__func__', obj))
    if isframe(obj):
        return obj.f_code
    if iscode(obj):
        return obj
    if isfunction(obj):
        return obj.__code__
    return None


def getfile(obj):
    if ismodule(obj) or isclass(obj):
        module = getmodule(obj)
        path = getattr(module, '__file__', None)
        if path:
            return path
        raise TypeError('%r is a built-in %s' % (obj, 'module' if ismodule(obj) else 'class'))
    code = _code(obj)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                        'got %s' % type(obj).__name__)
    return code.co_filename


getsourcefile = getfile


def _indent(line):
    return len(line) - len(line.lstrip())


def _scan(line, depth, quote):
    # (depth of ( [ { , open triple quote) after the line, from those before
    # it; strings and comments do not count
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == '\\':
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c == '#':
            break
        elif c in '\'"':
            quote = c * 3 if line.startswith(c * 3, i) else c
            i += len(quote) - 1
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        i += 1
    return depth, quote if quote and len(quote) == 3 else None


def _logical_end(lines, i):
    # the line after the logical line that starts at lines[i]
    depth, quote = _scan(lines[i], 0, None)
    i += 1
    while (depth > 0 or quote) and i < len(lines):
        depth, quote = _scan(lines[i], depth, quote)
        i += 1
    return i


def _header_end(lines, start):
    # The line after the decorators and the def or class line (or the
    # lambda's line), each a logical line that may go on over several lines
    # inside brackets or a triple-quoted string.
    i = start
    while i < len(lines):
        decorator = lines[i].lstrip().startswith('@')
        i = _logical_end(lines, i)
        if not decorator:
            return i
    return i


def _decorators_start(lines, start):
    # The first line of the decorators above lines[start], one line each
    # or going on over several (looked for within 100 lines).
    margin = _indent(lines[start])
    j = start - 1
    while j >= max(0, start - 100):
        line = lines[j]
        if line.lstrip().startswith('@') and _indent(line) == margin:
            if _logical_end(lines, j) != start:
                break
            start = j
        j -= 1
    return start


def _find_source(obj):
    # (the file's lines, index of the first line of obj's source, index
    # after its last); a module is the whole file
    path = getfile(obj)
    lines = linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(obj):
        return lines, 0, len(lines)
    if isclass(obj):
        head = 'class ' + obj.__name__
        start = next((i for i, line in enumerate(lines)
                      if line.lstrip().startswith(head) and line.lstrip()[len(head):len(head) + 1] in '(:'), None)
    else:
        # co_firstlineno is the body's first line here: the def is above it
        code = _code(obj)
        start = code.co_firstlineno - 1
        if code.co_name == '<lambda>':
            return lines, start, _header_end(lines, start)
        while start >= 0 and not lines[start].lstrip().startswith(('def ', 'async def ')):
            start -= 1
    if start is None or start < 0:
        raise OSError('could not find %s definition' % ('class' if isclass(obj) else 'function'))
    start = _decorators_start(lines, start)
    return lines, start, _block_end(lines, start)


def _block_end(lines, start):
    # the index after the block whose header starts at lines[start]: the
    # lines indented deeper, trailing blank lines left out
    margin = _indent(lines[start])
    end = _header_end(lines, start)
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > margin):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def getsourcelines(obj):
    lines, start, end = _find_source(obj)
    if ismodule(obj):
        return lines, 0
    return lines[start:end], start + 1


def findsource(obj):
    """All the lines of obj's file and the index of its first line."""
    lines, start, end = _find_source(obj)
    return lines, start


def getblock(lines):
    """The first block of lines: a def or class with its body (or the
    logical line that starts them)."""
    lines = list(lines)
    if not lines:
        return lines
    first = lines[0].lstrip()
    if first.startswith(('def ', 'async def ', 'class ', '@')):
        return lines[:_block_end(lines, 0)]
    return lines[:_logical_end(lines, 0)]


def indentsize(line):
    """The width of the line's indent, tabs expanded."""
    line = line.expandtabs()
    return len(line) - len(line.lstrip())


def getcomments(obj):
    """The comment lines just above obj's source (for a module, those at
    the top of its file), or None."""
    try:
        lines, start = findsource(obj)
    except (OSError, TypeError):
        return None
    if ismodule(obj):
        i = 1 if lines and lines[0].startswith('#!') else 0
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        block = []
        while i < len(lines) and lines[i].startswith('#'):
            block.append(lines[i].expandtabs())
            i += 1
        return ''.join(block) if block else None
    if start == 0:
        return None
    indent = indentsize(lines[start])
    block = []
    i = start - 1
    while i >= 0 and lines[i].lstrip().startswith('#') and indentsize(lines[i]) == indent:
        block.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    if not block:
        return None
    # lines of a bare '#' at either end do not count
    while block and block[0].strip() == '#':
        block.pop(0)
    while block and block[-1].strip() == '#':
        block.pop()
    return ''.join(block)


def getmodulename(path):
    """The module name a file of this path is imported as, or None."""
    import os
    name = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.mpy'):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return None


def getabsfile(obj, _filename=None):
    import os
    if _filename is None:
        _filename = getsourcefile(obj) or getfile(obj)
    return os.path.normcase(os.path.abspath(_filename))


def getsource(obj):
    return ''.join(getsourcelines(obj)[0])


# -- the running calls ----------------------------------------------------------

class FrameInfo(tuple):
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in zip(self._fields, self)))


class Traceback(FrameInfo):
    _fields = FrameInfo._fields[1:]

    def __new__(cls, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (filename, lineno, function, code_context, index))

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])


def getframeinfo(frame, context=1):
    # a traceback names its frame and the line it was at in that frame
    if istraceback(frame):
        lineno, frame = frame.tb_lineno, frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        # context lines centred on the current one, as CPython's
        all_lines = linecache.getlines(filename)
        if all_lines:
            start = max(0, min(lineno - 1 - context // 2, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def currentframe():
    return sys._getframe(1)


def getouterframes(frame, context=1):
    """FrameInfo for frame and each frame that called it, outwards."""
    frames = []
    while frame is not None:
        frames.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, from tb inwards to where
    the exception was raised."""
    frames = []
    while tb is not None:
        frames.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes() of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# -- signatures -------------------------------------------------------------------

class _void:
    # the "not given" default of the replace() methods
    pass


class _empty:
    pass


class _ParameterKind:
    # Ordered like CPython's IntEnum (MicroPython's int subclasses do not
    # compare with ints): the five kinds are the singletons below.
    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword', 'variadic positional', 'keyword-only',
                     'variadic keyword')

    def __init__(self, value):
        self.value = value

    name = property(lambda self: self._names[self.value])
    description = property(lambda self: self._descriptions[self.value])

    def __int__(self):
        return self.value

    __index__ = __int__

    def __hash__(self):
        return self.value

    def __eq__(self, other):
        return self.value == int(other) if isinstance(other, (int, _ParameterKind)) else NotImplemented

    def __lt__(self, other):
        return self.value < int(other)

    def __le__(self, other):
        return self.value <= int(other)

    def __gt__(self, other):
        return self.value > int(other)

    def __ge__(self, other):
        return self.value >= int(other)

    def __str__(self):
        return self.name

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self.value)


_KINDS = tuple(_ParameterKind(k) for k in range(5))


class Parameter:
    # CPython's slot names: subclasses extend them (sigtools, defopt:
    # `__slots__ = Signature.__slots__ + (...)`)
    __slots__ = ('_name', '_kind', '_default', '_annotation')
    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD = _KINDS
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % (name,))
        if not isinstance(kind, (int, _ParameterKind)) or int(kind) not in range(5):
            raise ValueError('value %r is not a valid Parameter.kind' % (kind,))
        kind = _KINDS[int(kind)]
        if default is not _empty and kind.value in (2, 4):
            raise ValueError('%s parameters cannot have default values' % kind.description)
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        # _void, not _empty, means "keep": replace(default=Parameter.empty) drops the default
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = {2: '*', 4: '**'}.get(self._kind.value, '') + self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = %r' if self._annotation is not _empty else '=%r') % (self._default,)
        return text

    def __repr__(self):
        return '<Parameter "%s">' % self

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == (
            other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for p in self._signature.parameters.values():
            if p.kind.value > 2 or p.name not in self.arguments:
                break
            if p.kind.value == 2:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        positional = True
        for p in self._signature.parameters.values():
            if p.kind.value > 2 or p.name not in self.arguments:
                positional = False
            if positional or p.name not in self.arguments:
                continue
            if p.kind.value == 4:
                out.update(self.arguments[p.name])
            else:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        filled = {}
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                filled[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                filled[p.name] = p.default
            elif p.kind.value in (2, 4):
                filled[p.name] = () if p.kind.value == 2 else {}
        self.arguments = filled

    def __eq__(self, other):
        return isinstance(other, BoundArguments) and (self.signature, self.arguments) == (
            other.signature, other.arguments)

    def __repr__(self):
        return '<BoundArguments (%s)>' % ', '.join('%s=%r' % kv for kv in self.arguments.items())


class Signature:
    __slots__ = ('_return_annotation', '_parameters')
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        kind = 0
        for p in parameters or ():
            if p.kind.value < kind:
                raise ValueError('wrong parameter order: %s parameter before %s parameter' % (
                    _KINDS[kind].description, p.kind.description))
            if p.name in params:
                raise ValueError('duplicate parameter name: %r' % (p.name,))
            kind = p.kind.value
            params[p.name] = p
        self._parameters, self._return_annotation = params, return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _as_sigcls(signature(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                    eval_str=eval_str), cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(self._parameters.values() if parameters is _void else parameters,
                         return_annotation=self._return_annotation if return_annotation is _void
                         else return_annotation)

    def __str__(self):
        parts = []
        star_shown = False
        for p in self._parameters.values():
            if p.kind.value == 2:
                star_shown = True
            elif p.kind.value == 3 and not star_shown:
                parts.append('*')
                star_shown = True
            parts.append(str(p))
            if p.kind.value == 0 and all(q.kind.value != 0 for q in list(self._parameters.values())[len(parts):]):
                parts.append('/')
        text = '(%s)' % ', '.join(parts)
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return '<Signature %s>' % self

    def __eq__(self, other):
        return isinstance(other, Signature) and list(self._parameters.values()) == list(
            other._parameters.values()) and self._return_annotation == other._return_annotation

    def _bind(self, args, kwargs, partial):
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self._parameters.values())
        args = list(args)
        for p in params:
            if p.kind.value in (0, 1) and args:
                arguments[p.name] = args.pop(0)
            elif p.kind.value == 2:
                if args:
                    arguments[p.name] = tuple(args)
                args = []
        if args:
            raise TypeError('too many positional arguments')
        for p in params:
            if p.kind.value == 2 or p.name in arguments and p.kind.value != 4:
                if p.kind.value != 2 and p.name in kwargs:
                    raise TypeError('multiple values for argument %r' % (p.name,))
                continue
            if p.kind.value == 4:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
                continue
            if p.name in kwargs:
                if p.kind.value == 0:
                    raise TypeError('%r parameter is positional only, but was passed as a keyword' % (p.name,))
                arguments[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError('missing a required argument: %r' % (p.name,))
        if kwargs:
            raise TypeError('got an unexpected keyword argument %r' % (next(iter(kwargs)),))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class _Text(str):
    # An annotation that does not evaluate here (list[int], int | None):
    # its text, shown as written, as CPython shows the object it makes.
    def __repr__(self):
        return str(self)


def _resolve(text, globalns, localns=None):
    # The interpreter keeps annotations as their text (patches 0002, 0104);
    # CPython's are the objects, which these become where they evaluate,
    # except under `from __future__ import annotations`, where CPython's
    # are the text too. list[int] evaluates to list here: its text stands.
    if not isinstance(text, str) or _annotations_are_text(globalns):
        return text
    try:
        value = eval(text, globalns, localns if localns is not None else globalns)
    except Exception:
        return _Text(text)
    if '[' in text and isinstance(value, type) and value.__module__ == 'builtins':
        return _Text(text)
    return value


def _resolve_annotations(func):
    g = func.__globals__
    return {name: _resolve(text, g) for name, text in func.__annotations__.items()}


class _Factory:
    # how a field's default_factory shows in a dataclass's signature
    def __repr__(self):
        return '<factory>'


def _dataclass_signature(cls):
    # The __init__ that dataclasses makes takes *args and **kw and checks
    # them against the fields itself; its signature is the fields', as the
    # __init__ CPython generates has it.
    module = sys.modules.get(getattr(cls, '__module__', None))
    g = getattr(module, '__dict__', {})
    dataclasses = sys.modules['dataclasses']
    missing = dataclasses.MISSING
    params = []
    for f in cls.__dataclass_fields__.values():
        if not f.init or f._field_type is dataclasses._FIELD_CLASSVAR:
            continue
        if f.default is not missing:
            default = f.default
        elif f.default_factory is not missing:
            default = _Factory()
        else:
            default = _empty
        ann = _resolve(f.type, g, dict(cls.__dict__))
        params.append(Parameter(f.name, 3 if f.kw_only is True else 1, default=default, annotation=ann))
    params.sort(key=lambda p: p.kind.value)
    return Signature(params, return_annotation=None)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    n_pos, n_kw = code.co_argcount, code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    anns = _resolve_annotations(func)

    def param(name, kind, default=_empty):
        return Parameter(name, kind, default=default, annotation=anns.get(name, _empty))
    params = []
    n_posonly = code.co_posonlyargcount
    for i, name in enumerate(names[:n_pos]):
        d = i - (n_pos - len(defaults))
        params.append(param(name, 0 if i < n_posonly else 1, defaults[d] if d >= 0 else _empty))
    rest = n_pos + n_kw
    if code.co_flags & _CO_VARARGS:
        params.append(param(names[rest], 2))
        rest += 1
    for name in names[n_pos:n_pos + n_kw]:
        params.append(param(name, 3, kwdefaults.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        params.append(param(names[rest], 4))
    if skip_first:
        if not params or params[0].kind.value > 1:
            raise ValueError('invalid method signature')
        params.pop(0)
    return Signature(params, return_annotation=anns.get('return', _empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        return sig
    if isinstance(obj, _MethodType):
        func = obj.__func__
        if isfunction(func):
            return _function_signature(func, skip_first=True)
    if isfunction(obj) or (isbuiltin(obj) and hasattr(obj, '__code__')):
        # (the second: a library function standing for one of CPython's C
        # functions, _pywasm.as_builtins; its parameters are the function's)
        return _function_signature(obj)
    if hasattr(obj, 'func') and hasattr(obj, 'args') and hasattr(obj, 'keywords'):
        # functools.partial: its arguments are bound, keywords become defaults
        sig = signature(obj.func)
        params = list(sig.parameters.values())[len(obj.args):]
        params = [p.replace(default=obj.keywords[p.name], kind=3 if p.kind.value == 1 else p.kind)
                  if p.name in obj.keywords else p for p in params]
        params.sort(key=lambda p: p.kind.value)
        return Signature(params, return_annotation=sig.return_annotation)
    if isclass(obj):
        if '__dataclass_fields__' in obj.__dict__ and '__init__' in obj.__dict__:
            return _dataclass_signature(obj)
        for name in ('__init__', '__new__'):
            for klass in obj.__mro__:
                method = klass.__dict__.get(name)
                if method is not None:
                    method = getattr(method, '__func__', method)
                    if isfunction(method):
                        return _function_signature(method, skip_first=True)
                    break
        # No __init__ or __new__ of Python's: the signature of a built-in
        # type it derives from where CPython has one (list's), else
        # object's for a class of Python's alone, else none (dict's)
        for klass in obj.__mro__[:-1]:
            if not _made_in_python(klass) and _builtin_text(klass):
                return _signature_from_text(_builtin_text(klass))
        if all(klass is object or _made_in_python(klass) for klass in obj.__mro__):
            return Signature()
        # (type and other metaclasses are no "builtin type" in CPython's text)
        raise ValueError('no signature found for builtin %s%r' % ('' if issubclass(obj, type) else 'type ', obj))
    elif isbuiltin(obj):
        if _builtin_text(obj):
            return _signature_from_text(_builtin_text(obj))
    else:
        call = getattr(type(obj), '__call__', None)
        if call is not None and isfunction(call):
            return _function_signature(call, skip_first=True)
    raise ValueError('no signature found for builtin %r' % (obj,))


# CPython's private entry point, which tools call for its skip_bound_arg
# (python-fire): False keeps a bound method's first parameter
def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls=None):
    if not skip_bound_arg and isinstance(obj, _MethodType):
        obj = obj.__func__
    sig = signature(obj, follow_wrapped=follow_wrapper_chains, globals=globals, locals=locals, eval_str=eval_str)
    return _as_sigcls(sig, sigcls)


def _as_sigcls(sig, cls):
    # A Signature subclass asked for (Sub.from_callable, sigcls=): CPython
    # builds the signature with that class, so its __init__ runs
    if cls is None or type(sig) is cls:
        return sig
    return cls(list(sig.parameters.values()), return_annotation=sig.return_annotation,
               __validate_parameters__=False)


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _KINDS


def _made_in_python(cls):
    # a class statement or type() stores __module__ in the class; a
    # built-in type's dict does not have it
    return '__module__' in getattr(cls, '__dict__', ())


# The signatures CPython 3.11 gives the builtins that have one (from their
# __text_signature__, which MicroPython's do not carry); the others (dict,
# int, map, max, ...) have none there either: ValueError.
_BUILTIN_SIGNATURES = {
    '__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
    'abs': '(x, /)', 'aiter': '(async_iterable, /)', 'all': '(iterable, /)', 'any': '(iterable, /)',
    'ascii': '(obj, /)', 'bin': '(number, /)', 'callable': '(obj, /)', 'chr': '(i, /)',
    'compile': '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    'delattr': '(obj, name, /)', 'divmod': '(x, y, /)', 'eval': '(source, globals=None, locals=None, /)',
    'exec': '(source, globals=None, locals=None, /, *, closure=None)', 'format': "(value, format_spec='', /)",
    'globals': '()', 'hasattr': '(obj, name, /)', 'hash': '(obj, /)', 'hex': '(number, /)', 'id': '(obj, /)',
    'input': "(prompt='', /)", 'isinstance': '(obj, class_or_tuple, /)',
    'issubclass': '(cls, class_or_tuple, /)', 'len': '(obj, /)', 'locals': '()', 'oct': '(number, /)',
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    'ord': '(c, /)', 'pow': '(base, exp, mod=None)', 'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'repr': '(obj, /)', 'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
    # types
    'complex': '(real=0, imag=0)', 'enumerate': '(iterable, start=0)', 'float': '(x=0, /)',
    'list': '(iterable=(), /)', 'memoryview': '(object)', 'object': '()',
    'property': '(fget=None, fset=None, fdel=None, doc=None)', 'reversed': '(sequence, /)',
    'tuple': '(iterable=(), /)',
}


def _builtin_text(obj):
    import builtins
    name = getattr(obj, '__name__', None)
    text = _BUILTIN_SIGNATURES.get(name)
    return text if text is not None and getattr(builtins, name, None) is obj else None


def _signature_from_text(text):
    # '(iterable, /, *, key=None, reverse=False)': the defaults are literals
    params = []
    kind = 1
    for part in text[1:-1].split(', ') if text != '()' else ():
        if part == '/':
            params = [p.replace(kind=0) for p in params]
        elif part == '*':
            kind = 3
        elif part.startswith('**'):
            params.append(Parameter(part[2:], 4))
        elif part.startswith('*'):
            params.append(Parameter(part[1:], 2))
            kind = 3
        else:
            name, eq, default = part.partition('=')
            params.append(Parameter(name, kind, default=eval(default) if eq else _empty))
    return Signature(params)


def _record(name, fields):
    # A tuple class of its own, not collections.namedtuple: importing
    # collections for it made `import inspect` 2 ms -> 9 ms. Made with
    # positional values, read by index or by field name.
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return '%s(%s)' % (name, ', '.join('%s=%r' % pair for pair in zip(fields, self)))
    ns = {'_fields': fields, '__new__': __new__, '__repr__': __repr__, '__module__': __name__}
    for i, field in enumerate(fields):
        ns[field] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


FullArgSpec = _record('FullArgSpec', ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults',
                                      'annotations'))


def getfullargspec(func):
    """The names and defaults of func's parameters, a bound method's first
    one included, wrappers not followed: CPython's FullArgSpec."""
    try:
        sig = signature(getattr(func, '__func__', func), follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, defaults, kwonlydefaults, annotations = [], [], (), {}, {}
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation  # first, as in CPython
    for param in sig.parameters.values():
        kind = param.kind.value
        if kind <= 1:
            args.append(param.name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == 2:
            varargs = param.name
        elif kind == 3:
            kwonlyargs.append(param.name)
            if param.default is not _empty:
                kwonlydefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwonlydefaults or None, annotations)


# -- arguments and closures -------------------------------------------------------

Arguments = _record('Arguments', ('args', 'varargs', 'varkw'))
ArgInfo = _record('ArgInfo', ('args', 'varargs', 'keywords', 'locals'))
ClosureVars = _record('ClosureVars', ('nonlocals', 'globals', 'builtins', 'unbound'))
Attribute = _record('Attribute', ('name', 'kind', 'defining_class', 'object'))

TPFLAGS_IS_ABSTRACT = 1 << 20


def getargs(co):
    """The parameter names a code object declares: the positional and
    keyword-only ones, then the *args and **kwargs names or None."""
    names = co.co_varnames
    n = co.co_argcount + co.co_kwonlyargcount
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[n]
        n += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[n]
    return Arguments(list(names[:co.co_argcount + co.co_kwonlyargcount]), varargs, varkw)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name, formatvalue=lambda value: '=' + repr(value)):
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(%s)' % ', '.join(specs)


def _names_text(names):
    # 'a', 'a' and 'b', 'a', 'b' and 'c': as CPython's call errors list them
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1]


def _missing(fname, names, positional, values):
    missing = [n for n in names if n not in values]
    raise TypeError('%s() missing %d required %s argument%s: %s' % (
        fname, len(missing), 'positional' if positional else 'keyword-only', '' if len(missing) == 1 else 's',
        _names_text(missing)))


def _too_many(fname, args, kwonly, varargs, n_defaults, given, values):
    least = len(args) - n_defaults
    if varargs:
        plural, takes = least != 1, 'at least %d' % least
    elif n_defaults:
        plural, takes = True, 'from %d to %d' % (least, len(args))
    else:
        plural, takes = len(args) != 1, str(len(args))
    kw_given = len([n for n in kwonly if n in values])
    extra = ''
    if kw_given:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kw_given, 's' if kw_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
        fname, takes, 's' if plural else '', given, extra, 'was' if given == 1 and not kw_given else 'were'))


def getcallargs(func, *positional, **named):
    """The parameter names of func mapped to the values a call with these
    arguments gives them (defaults filled in, *args a tuple, **kwargs a
    dict), or the TypeError the call would raise."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonly, kwdefaults = spec[:6]
    fname = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    values = {}
    n_defaults = len(defaults) if defaults else 0
    n = min(len(positional), len(args))
    for name, value in zip(args, positional):
        values[name] = value
    if varargs:
        values[varargs] = tuple(positional[n:])
    if varkw:
        values[varkw] = {}
    accepted = set(args) | set(kwonly)
    for name, value in named.items():
        if name not in accepted:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (fname, name))
            values[varkw][name] = value
        elif name in values:
            raise TypeError('%s() got multiple values for argument %r' % (fname, name))
        else:
            values[name] = value
    if len(positional) > len(args) and not varargs:
        _too_many(fname, args, kwonly, varargs, n_defaults, len(positional), values)
    if len(positional) < len(args):
        required = args[:len(args) - n_defaults]
        if any(name not in values for name in required):
            _missing(fname, required, True, values)
        for name, default in zip(args[len(args) - n_defaults:], defaults or ()):
            values.setdefault(name, default)
    absent = []
    for name in kwonly:
        if name not in values:
            if kwdefaults and name in kwdefaults:
                values[name] = kwdefaults[name]
            else:
                absent.append(name)
    if absent:
        _missing(fname, kwonly, False, values)
    return values


def getclosurevars(func):
    """The names a function's code refers to outside itself and what they
    are now: ClosureVars(nonlocals, globals, builtins, unbound)."""
    import builtins
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('%r is not a Python function' % (func,))
    code = func.__code__
    nonlocals = {}
    for name, cell in zip(code.co_freevars, func.__closure__ or ()):
        nonlocals[name] = cell.cell_contents
    g = func.__globals__
    b = g.get('__builtins__', builtins)
    b = b.__dict__ if ismodule(b) else b
    globals_, builtins_, unbound = {}, {}, set()
    for name in _global_names(func):
        if name in ('None', 'True', 'False'):
            continue
        if name in g:
            globals_[name] = g[name]
        elif name in b:
            builtins_[name] = b[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, globals_, builtins_, unbound)


def _global_names(func):
    # CPython's co_names: the names the code looks up other than its own
    # variables and its enclosing functions' (globals, builtins, attributes,
    # modules imported). MicroPython's code objects do not list them: they
    # are read from the function's source, where it can be found.
    code = func.__code__
    if hasattr(code, 'co_names'):
        return code.co_names
    try:
        import ast
        import textwrap
        tree = ast.parse(textwrap.dedent(getsource(func)))
    except Exception:
        return ()
    node = tree.body[0] if tree.body else None
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        body = node.body
    else:
        # a lambda: the lines it is on, which must hold only the one
        lambdas = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda)]
        if len(lambdas) != 1:
            return ()
        body = [lambdas[0].body]
    local = set(code.co_varnames) | set(code.co_freevars) | set(getattr(code, 'co_cellvars', ()))
    names = []

    def add(name):
        if name not in names:
            names.append(name)

    def visit(n):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp,
                          ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            # code of its own (CPython 3.11 compiles comprehensions so
            # too); only what this code evaluates for it counts
            for d in getattr(n, 'decorator_list', ()):
                visit(d)
            if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                visit(n.generators[0].iter)
            elif isinstance(n, ast.ClassDef):
                for base in n.bases + [k.value for k in n.keywords]:
                    visit(base)
            else:
                for default in n.args.defaults + [d for d in n.args.kw_defaults if d is not None]:
                    visit(default)
            return
        if isinstance(n, ast.Name):
            if n.id not in local:
                add(n.id)
            return
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            if isinstance(n, ast.ImportFrom) and n.module:
                add(n.module)
            for alias in n.names:
                if isinstance(n, ast.Import):
                    add(alias.name)
                elif alias.name != '*':
                    add(alias.name)
                bound = (alias.asname or alias.name).split('.')[0]
                if bound not in local:
                    add(bound)
            return
        if isinstance(n, ast.Global):
            return
        for child in ast.iter_child_nodes(n):
            visit(child)
        if isinstance(n, ast.Attribute):
            add(n.attr)  # after its object: a.b.c gives a, b, c
    for stmt in body:
        visit(stmt)
    return tuple(names)


# -- generators and coroutines ----------------------------------------------------

GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def _state(gen, prefixes, kind):
    # CPython reads <prefix>running, <prefix>suspended and <prefix>frame
    # (None once closed). A coroutine is a generator here: it may have the
    # generator's names.
    for prefix in prefixes:
        running = getattr(gen, prefix + 'running', None)
        if running is not None:
            if running:
                return kind + 'RUNNING'
            if getattr(gen, prefix + 'suspended'):
                return kind + 'SUSPENDED'
            if getattr(gen, prefix + 'frame') is None:
                return kind + 'CLOSED'
            return kind + 'CREATED'
    raise NotImplementedError('inspect: this interpreter does not show whether a generator has started, '
                              'is suspended or has finished')


def _frame_locals(gen, prefixes):
    for prefix in prefixes:
        if hasattr(gen, prefix + 'frame'):
            frame = getattr(gen, prefix + 'frame')
            return frame.f_locals if frame is not None else {}
    raise NotImplementedError("inspect: this interpreter does not show a generator's frame")


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _state(generator, ('gi_',), 'GEN_')


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _state(coroutine, ('cr_', 'gi_'), 'CORO_')


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError('%r is not a Python generator' % (generator,))
    return _frame_locals(generator, ('gi_',))


def getcoroutinelocals(coroutine):
    return _frame_locals(coroutine, ('cr_', 'gi_'))


# -- annotations and class attributes ---------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """obj's annotations as a new dict: the objects CPython would hold
    (kept as text here, evaluated as CPython evaluated them where they were
    written), and with eval_str those that are strings evaluated too."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__')
        module = sys.modules.get(getattr(obj, '__module__', None))
        own_globals = getattr(module, '__dict__', None)
        own_locals = dict(obj.__dict__)
        target = obj
    elif ismodule(obj):
        ann = getattr(obj, '__annotations__', None)
        own_globals, own_locals, target = obj.__dict__, None, None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        own_globals, own_locals, target = getattr(obj, '__globals__', None), None, obj
    else:
        raise TypeError('%r is not a module, class, or callable.' % (obj,))
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError('%r.__annotations__ is neither a dict nor None' % (obj,))
    seen = set()
    while own_globals is None and target is not None and id(target) not in seen:
        # a wrapper (functools.wraps, partial): the globals of what it wraps
        seen.add(id(target))
        target = getattr(target, '__wrapped__', None) or getattr(target, 'func', None)
        own_globals = getattr(target, '__globals__', None)
    g = own_globals if globals is None else globals
    loc = own_locals if locals is None else locals
    out = {}
    for key, value in ann.items():
        if isinstance(own_globals, dict):
            value = _resolve(value, own_globals, own_locals)
        if eval_str and isinstance(value, str) and not isinstance(value, _Text):
            value = eval(value, g, loc)
        out[key] = value
    return out


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name in
    dir(cls); kind is 'class method', 'static method', 'property',
    'method' or 'data', and object is as the defining class holds it."""
    meta = tuple(c for c in getattr(type(cls), '__mro__', ()) if c not in (type, object))
    bases = tuple(getattr(cls, '__mro__', (cls,))) + meta
    result = []
    for name in dir(cls):
        home, dict_obj = None, _NOT_FOUND
        for base in bases:
            d = getattr(base, '__dict__', {})
            if name in d:
                home, dict_obj = base, d[name]
                break
        try:
            obj = getattr(cls, name)
        except Exception:
            if dict_obj is _NOT_FOUND:
                continue
            obj = dict_obj
        if isinstance(dict_obj, staticmethod) or isbuiltin(dict_obj):
            kind, obj = 'static method', dict_obj
        elif isinstance(dict_obj, classmethod):
            kind, obj = 'class method', dict_obj
        elif isinstance(dict_obj, property):
            kind, obj = 'property', dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, obj))
    return result


def getmembers_static(obj, predicate=None):
    """getmembers() without running descriptors or __getattr__."""
    return _members(obj, predicate, getattr_static)


def walktree(classes, children, parent):
    """The nested list getclasstree() gives, from the classes down."""
    out = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        out.append((c, c.__bases__))
        if c in children:
            out.append(walktree(children[c], children, c))
    return out


def getclasstree(classes, unique=False):
    """The classes arranged under their bases, as nested lists of
    (class, bases) and the lists of the classes under each."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for parent in c.__bases__:
            under = children.setdefault(parent, [])
            if c not in under:
                under.append(c)
            if unique and parent in classes:
                break
    roots.extend(parent for parent in children if parent not in classes)
    return walktree(roots, children, None)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation

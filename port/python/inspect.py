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
from _pywasm_compat import annotations_are_text

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


def isawaitable(obj):
    return isgenerator(obj) or hasattr(type(obj), '__await__')


def isabstract(obj):
    return isclass(obj) and bool(getattr(obj, '__abstractmethods__', None))


def isframe(obj):
    return type(obj).__name__ == 'frame'


def iscode(obj):
    return type(obj).__name__ == 'code'


def istraceback(obj):
    return False


def isdatadescriptor(obj):
    return not isclass(obj) and hasattr(type(obj), '__set__')


def ismethoddescriptor(obj):
    return False


# -- members, documentation, where things are ---------------------------------


def getmro(cls):
    return cls.__mro__

def getmembers(obj, predicate=None):
    members = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
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


def getsourcelines(obj):
    path = getfile(obj)
    lines = linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(obj):
        return lines, 0
    if isclass(obj):
        head = 'class ' + obj.__name__
        start = next((i for i, line in enumerate(lines)
                      if line.lstrip().startswith(head) and line.lstrip()[len(head):len(head) + 1] in '(:'), None)
    else:
        # co_firstlineno is the body's first line here: the def is above it
        code = _code(obj)
        start = code.co_firstlineno - 1
        if code.co_name == '<lambda>':
            return lines[start:_header_end(lines, start)], start + 1
        while start >= 0 and not lines[start].lstrip().startswith(('def ', 'async def ')):
            start -= 1
    if start is None or start < 0:
        raise OSError('could not find %s definition' % ('class' if isclass(obj) else 'function'))
    start = _decorators_start(lines, start)
    margin = _indent(lines[start])
    end = _header_end(lines, start)
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > margin):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end], start + 1


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
    filename, lineno = frame.f_code.co_filename, frame.f_lineno
    line = linecache.getline(filename, lineno)
    lines, index = ([line], 0) if line and context > 0 else (None, None)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def currentframe():
    return sys._getframe(1)


def stack(context=1):
    frames = []
    frame = sys._getframe(1)
    while frame is not None:
        frames.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return frames


# -- signatures -------------------------------------------------------------------

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

    def replace(self, *, name=_empty, kind=_empty, default=_empty, annotation=_empty):
        return Parameter(self._name if name is _empty else name, self._kind if kind is _empty else kind,
                         default=self._default if default is _empty else default,
                         annotation=self._annotation if annotation is _empty else annotation)

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
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_empty, return_annotation=_empty):
        return Signature(self._parameters.values() if parameters is _empty else parameters,
                         return_annotation=self._return_annotation if return_annotation is _empty
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
            if p.name in kwargs and p.kind.value != 0:
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
    if not isinstance(text, str) or annotations_are_text(globalns):
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
        if all(klass is object or '__init__' not in klass.__dict__ for klass in obj.__mro__):
            return Signature()
    elif not isbuiltin(obj):
        call = getattr(type(obj), '__call__', None)
        if call is not None and isfunction(call):
            return _function_signature(call, skip_first=True)
    raise ValueError('no signature found for builtin %r' % (obj,))


# A tuple class of its own, not collections.namedtuple: importing
# collections for it made `import inspect` 2 ms -> 9 ms.
class FullArgSpec(tuple):
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'FullArgSpec(%s)' % ', '.join('%s=%r' % pair for pair in zip(self._fields, self))


for _i, _name in enumerate(FullArgSpec._fields):
    setattr(FullArgSpec, _name, property(lambda self, _i=_i: self[_i]))


def getfullargspec(func):
    """The names and defaults of func's parameters, a bound method's first
    one included, wrappers not followed: CPython's FullArgSpec."""
    try:
        sig = signature(getattr(func, '__func__', func), follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, defaults, kwonlydefaults, annotations = [], [], (), {}, {}
    varargs = varkw = None
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
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwonlydefaults or None, annotations)

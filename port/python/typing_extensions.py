"""typing_extensions: the names of the PyPI package (4.16), for this
interpreter's typing.

The package backports typing features by reaching into CPython's typing
internals (_GenericAlias, _SpecialForm, _type_check, ForwardRef.__slots__,
its metaclasses), which the typing here is not built from, so a copy of it
cannot even be imported. Libraries that need it mostly import names to
annotate with, and use a few at run time (deprecated, TypedDict, Protocol,
TypeVar defaults, get_original_bases); this module gives every name of the
package's __all__, with its behaviour and repr as on CPython 3.11. The
interpreter's import takes it before any typing_extensions.py on sys.path
(patch 0284), as CPython takes its frozen modules before the path."""

import sys
import typing
from typing import _Alias, _NoDefault as NoDefault, _caller_module
from typing import _AnnotatedAlias  # noqa: F401 (typer imports it from here, as from CPython's)

# What CPython's typing gives on 3.11, as the package re-exports it.
_FROM_TYPING = (
    'Any', 'ClassVar', 'Concatenate', 'Final', 'LiteralString', 'ParamSpec', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Self', 'Type', 'TypeVar', 'TypeVarTuple', 'Unpack', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'AsyncGenerator', 'AsyncContextManager',
    'ChainMap', 'ContextManager', 'Counter', 'Deque', 'DefaultDict', 'NamedTuple', 'OrderedDict',
    'TypedDict', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Annotated', 'assert_never', 'assert_type',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'Literal', 'NewType', 'overload', 'override', 'Protocol',
    'reveal_type', 'runtime_checkable', 'Text', 'TypeAlias', 'TypeGuard', 'TYPE_CHECKING',
    'Never', 'NoReturn', 'Required', 'NotRequired', 'AbstractSet', 'AnyStr', 'BinaryIO',
    'Callable', 'Collection', 'Container', 'Dict', 'ForwardRef', 'FrozenSet', 'Generator',
    'Generic', 'Hashable', 'IO', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List',
    'Mapping', 'MappingView', 'Match', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Optional', 'Pattern', 'Reversible', 'Sequence', 'Set', 'Sized', 'TextIO', 'Tuple', 'Union',
    'ValuesView', 'cast', 'no_type_check', 'no_type_check_decorator')

for _n in _FROM_TYPING:
    if hasattr(typing, _n):
        globals()[_n] = getattr(typing, _n)

runtime = runtime_checkable
PEP_560 = True
GenericMeta = type


class _Form(_Alias):
    """The package's own special forms: subscriptable as typing's are, and
    named typing_extensions.X."""
    _module = 'typing_extensions'


Unpack = _Form('Unpack')
TypeIs = _Form('TypeIs')
ReadOnly = _Form('ReadOnly')
TypeForm = _Form('TypeForm')


class _Marker:
    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing_extensions.' + self._name

    def __reduce__(self):
        return self._name


NoExtraItems = _Marker('NoExtraItems')


class sentinel:
    """A unique object that prints as its name (or as repr=)."""

    def __init__(self, name, repr=None):
        self._name = name
        self._repr = repr if repr is not None else name
        self.__module__ = _caller_module()

    @property
    def __name__(self):
        return self._name

    def __repr__(self):
        return self._repr

    def __reduce__(self):
        return self._name

    def __or__(self, other):
        return typing.Union[self, other]

    def __ror__(self, other):
        return typing.Union[other, self]


Sentinel = sentinel


def IntVar(name):
    return typing.TypeVar(name)


def disjoint_base(cls):
    cls.__disjoint_base__ = True
    return cls


class Doc:
    """Annotated[str, Doc('the user name')]: documentation of a name."""

    def __init__(self, documentation):
        self.documentation = documentation

    def __repr__(self):
        return 'Doc(%r)' % (self.documentation,)

    def __hash__(self):
        return hash(self.documentation)

    def __eq__(self, other):
        if not isinstance(other, Doc):
            return NotImplemented
        return self.documentation == other.documentation


class deprecated:
    """@deprecated("use g"): calling the function, or making or subclassing
    the class, warns with the message (category=None: only marks it); the
    object's __deprecated__ holds the message."""

    def __init__(self, message, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not %r" % type(message).__name__)
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        import functools
        import warnings
        msg, category, stacklevel = self.message, self.category, self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warnings.warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                if cls.__init__ is object.__init__ and (args or kwargs):
                    raise TypeError('%s() takes no arguments' % cls.__name__)
                return original_new(cls)
            arg.__new__ = staticmethod(__new__)
            original_init_subclass = arg.__dict__.get('__init_subclass__')

            def __init_subclass__(cls, *args, **kwargs):
                warnings.warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_init_subclass is not None:
                    return original_init_subclass.__func__(cls, *args, **kwargs)
                return super(arg, cls).__init_subclass__(*args, **kwargs)
            arg.__init_subclass__ = classmethod(__init_subclass__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warnings.warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError('@deprecated decorator with non-None category must be applied to a class or callable, '
                        'not %r' % (arg,))


def get_original_bases(cls):
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError('Expected an instance of type, not %r' % type(cls).__name__) from None


def is_protocol(tp):
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp):
    if not is_protocol(tp):
        raise TypeError('%r is not a Protocol' % (tp,))
    return frozenset(typing._protocol_members(tp, True))


def type_repr(value):
    """How typing prints a value inside a type: a class or function by its
    qualified name (builtins' bare), ... as '...', anything else repr()."""
    import types
    if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
        module = getattr(value, '__module__', 'builtins')
        qualname = getattr(value, '__qualname__', value.__name__)
        return qualname if module == 'builtins' else '%s.%s' % (module, qualname)
    if value is ...:
        return '...'
    return repr(value)


class TypeAliasType:
    """TypeAliasType('Pairs', list[tuple[T, T]], type_params=(T,)): an alias
    that keeps its name; subscripted when it has type parameters."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError('TypeAliasType name must be a string')
        if not isinstance(type_params, tuple):
            raise TypeError('type_params must be a tuple')
        self.__value__ = value
        self.__type_params__ = type_params
        self.__parameters__ = tuple(p for p in type_params if not isinstance(p, typing.TypeVarTuple)) + \
            tuple(typing.Unpack[p] for p in type_params if isinstance(p, typing.TypeVarTuple))
        self.__name__ = name
        self.__module__ = _caller_module()

    def __setattr__(self, name, value):
        if name in ('__value__', '__type_params__', '__parameters__', '__name__', '__module__') and \
                name in self.__dict__:
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        import types
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return types.GenericAlias(self, parameters)

    def __reduce__(self):
        return self.__name__

    def __call__(self):
        raise TypeError('Type alias is not callable')

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing_extensions.TypeAliasType' is not an acceptable base type")

    def __or__(self, right):
        return typing.Union[self, right]

    def __ror__(self, left):
        return typing.Union[left, self]


def _make_format():
    import enum

    class Format(enum.IntEnum):
        VALUE = 1
        VALUE_WITH_FAKE_GLOBALS = 2
        FORWARDREF = 3
        STRING = 4
    Format.__module__ = __name__
    return Format


Format = _make_format()


def _evaluate_text(text, globals, locals, format):
    # Annotations are kept as their text here (patch 0002), as under
    # `from __future__ import annotations`: STRING gives that text, VALUE
    # the object, FORWARDREF the object or a ForwardRef when it names
    # something not defined yet
    if not isinstance(text, str):
        return text
    if format == Format.STRING:
        # a string written as the annotation is that string
        return eval(text, {}) if text[:1] in ('"', "'") else text
    try:
        value = eval(text, globals if globals is not None else {}, locals) if locals is not None \
            else eval(text, globals if globals is not None else {})
    except NameError:
        if format == Format.FORWARDREF:
            return typing.ForwardRef(text)
        raise
    return value


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=Format.VALUE):
    """The annotations of a class, function or module, evaluated (VALUE,
    FORWARDREF) or as written (STRING)."""
    if format not in (Format.VALUE, Format.FORWARDREF, Format.STRING):
        raise ValueError('Invalid format: %r' % (format,))
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', {})
        module = sys.modules.get(getattr(obj, '__module__', None))
        g = getattr(module, '__dict__', {})
        local = dict(vars(obj))
    elif isinstance(obj, type(sys)):
        ann = getattr(obj, '__annotations__', {})
        g, local = obj.__dict__, None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', {})
        g, local = getattr(obj, '__globals__', {}), None
    else:
        raise TypeError('%r is not a module, class, or callable.' % (obj,))
    if globals is not None:
        g = globals
    if locals is not None:
        local = locals
    return {key: _evaluate_text(text, g, local, format) for key, text in dict(ann).items()}


def evaluate_forward_ref(forward_ref, *, owner=None, globals=None, locals=None, type_params=None, format=None):
    """The value a ForwardRef stands for, in the given names, or else in the
    module of owner or of the reference."""
    if format == Format.STRING:
        return forward_ref.__forward_arg__
    if globals is None:
        module = forward_ref.__forward_module__ or getattr(owner, '__module__', None)
        globals = getattr(sys.modules.get(module), '__dict__', {})
    if locals is None and isinstance(owner, type):
        locals = dict(vars(owner))
    if type_params:
        locals = dict(locals or {})
        for p in type_params:
            locals.setdefault(p.__name__, p)
    return _evaluate_text(forward_ref.__forward_arg__, globals, locals, format or Format.VALUE)


def _make_buffer_protocols():
    import abc

    class Buffer(abc.ABC):
        """What supports the buffer protocol: bytes, bytearray, memoryview,
        array and any class with __buffer__."""

        @classmethod
        def __subclasshook__(cls, other):
            if cls is Buffer and any('__buffer__' in c.__dict__ for c in getattr(other, '__mro__', ())):
                return True
            return NotImplemented
    for t in (bytes, bytearray, memoryview):
        Buffer.register(t)
    try:
        import array
        Buffer.register(array.array)
    except ImportError:
        pass

    T_co = typing.TypeVar('T_co', covariant=True)
    T_contra = typing.TypeVar('T_contra', contravariant=True)

    @typing.runtime_checkable
    class Reader(typing.Protocol[T_co]):
        """What has read(size)."""

        def read(self, size=...):
            ...

    @typing.runtime_checkable
    class Writer(typing.Protocol[T_contra]):
        """What has write(data)."""

        def write(self, data):
            ...
    for c in (Buffer, Reader, Writer):
        c.__module__ = __name__
    return Buffer, Reader, Writer


Buffer, Reader, Writer = _make_buffer_protocols()

# What a PyCapsule is on CPython: nothing here makes one.
CapsuleType = type('PyCapsule', (), {'__module__': 'builtins'})

__all__ = [n for n in _FROM_TYPING if n in globals()] + [
    'Buffer', 'CapsuleType', 'Doc', 'Format', 'IntVar', 'NoDefault', 'NoExtraItems', 'ReadOnly',
    'Reader', 'Sentinel', 'TypeAliasType', 'TypeForm', 'TypeIs', 'Writer', 'deprecated',
    'disjoint_base', 'evaluate_forward_ref', 'get_annotations', 'get_original_bases',
    'get_protocol_members', 'is_protocol', 'runtime', 'sentinel', 'type_repr']

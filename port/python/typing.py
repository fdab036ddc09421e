"""typing: the names scripts import so that annotated code runs. Every name
exists and can be subscripted (List[int], Optional[str], Dict[str, Any],
Callable[[int], str], Literal['a'], Annotated[int, 'x'], ...), giving an
object that repr()s like CPython's; TypeVar, Generic (a generic class has
__parameters__, and subscripted gives an alias that substitutes them),
Protocol, NamedTuple (class syntax and functional form), TypedDict (builds a
dict), NewType, cast, overload, final, no_type_check, runtime_checkable,
get_type_hints (reads __annotations__ where the interpreter keeps them),
get_origin/get_args, TYPE_CHECKING = False. No static checking is done, as
in CPython."""

import _pywasm_compat
import sys

TYPE_CHECKING = False


class _UnionOperand:
    # what `X | Y` makes of the typing constructs: a Union, as in CPython

    def __or__(self, other):
        return _union_of((self, other))

    def __ror__(self, other):
        return _union_of((other, self))


# CPython's base of the typing constructs (Any, aliases, TypeVar,
# ForwardRef), which libraries test against (typer, pydantic v1)
_Final = _UnionOperand


class _Alias(_UnionOperand):
    """A typing construct: subscriptable, callable where CPython's is, and
    printable; it checks nothing."""

    _module = 'typing'  # the module named in repr() (typing_extensions' own forms)

    def __init__(self, name, args=(), parent=None):
        self._name = name
        self._args = args
        self._parent = parent  # the bare alias this one subscripts, or Union

    @property
    def __args__(self):
        # a bare alias (List, Dict, Any) has none, as in CPython: tools tell
        # List from List[int] by getattr(t, '__args__', None) (omegaconf)
        if self._parent is None:
            raise AttributeError("'_Alias' object has no attribute '__args__'")
        return self._flat_args()

    def _flat_args(self):
        # Callable[[int], str] keeps its parameter list as a list (get_args
        # gives it so); its __args__ are CPython's flat (int, str)
        args = self._args
        if self._name == 'Callable' and args and isinstance(args[0], list):
            return tuple(args[0]) + args[1:]
        return args

    @property
    def __name__(self):
        # CPython 3.10+ names its forms: List[int] 'List', Optional[int]
        # 'Optional' (jsons names the classes it serializes)
        if self._parent is Union and len(self._args) == 2 and type(None) in self._args:
            return 'Optional'
        return self._name

    @property
    def __origin__(self):
        # what CPython's alias holds: the runtime class (List[int] and List:
        # list), else the special form subscripted (Literal['a']: Literal);
        # a bare special form (Any, Union) has none
        if self._name == 'Annotated' and self._parent is not None:
            return self._args[0]  # Annotated[int, 'x'].__origin__ is int
        o = get_origin(self)
        if o is None:
            raise AttributeError("'_Alias' object has no attribute '__origin__'")
        return o

    @property
    def __metadata__(self):
        # Annotated[int, 'a', 'b']: ('a', 'b')
        if self._name != 'Annotated' or self._parent is None:
            raise AttributeError("'_Alias' object has no attribute '__metadata__'")
        return self._args[1:]

    def __getitem__(self, args):
        name = self._name
        if self._parent is not None and name not in ('Union', 'Optional') or self._parent is Union:
            # List[T][int], Dict[str, T][int], Union[T, int][str]: the type
            # variables replaced, checked as CPython checks them
            args = _generic_args(self, self.__parameters__, args)
            subst = dict(zip(self.__parameters__, args))
            new = tuple(_substitute(a, subst) for a in self._args)
            if self._parent is Union:
                return _union_of(new)
            return self._parent[new if len(new) != 1 or name == 'Tuple' else new[0]]
        if name == 'Tuple' and args == ():
            a = type(self)(name, (), self)
            a._empty = True  # Tuple[()]
            return a
        if not isinstance(args, tuple):
            args = (args,)
        if name == 'Optional' and len(args) != 1:
            raise TypeError('typing.Optional requires a single type. Got %r.' % (args,))
        if name in ('Union', 'Optional'):
            return _union_of(args + ((None,) if name == 'Optional' else ()))
        n = _ARITY.get(name)
        if n is not None and len(args) != n and self._parent is None:
            raise TypeError('Too %s arguments for typing.%s; actual %d, expected %d'
                            % ('many' if len(args) > n else 'few', name, len(args), n))
        if name in ('ClassVar', 'Final') and len(args) != 1:
            raise TypeError('typing.%s accepts only single type. Got %r.' % (name, args))
        if name not in ('Literal', 'Annotated'):
            # None stands for NoneType, as in CPython
            args = tuple(_none_type(a) for a in args)
        if name == 'Annotated':
            if len(args) < 2:
                raise TypeError('Annotated[...] should be used with at least two arguments '
                                '(a type and an annotation).')
            inner = _none_type(args[0])
            if isinstance(inner, _Alias) and inner._name == 'Annotated' and inner._parent is not None:
                # Annotated[Annotated[int, 1], 2] is Annotated[int, 1, 2], as in CPython
                args = inner.__args__ + args[1:]
            else:
                args = (inner,) + args[1:]
        return type(self)(name, args, self)

    _empty = False

    def __repr__(self):
        m = self._module
        if self._empty:
            return '%s.%s[()]' % (m, self._name)
        if not self._args:
            return '%s.%s' % (m, self._name)
        args = self._args
        if self._parent is Union and len(args) == 2 and type(None) in args:
            return 'typing.Optional[%s]' % _name(args[0] if args[1] is type(None) else args[1])
        return '%s.%s[%s]' % (m, self._name, ', '.join(_name(a) for a in args))

    @property
    def __parameters__(self):
        # the type variables among the arguments (List[T]: (T,))
        out = []
        for a in self._flat_args():
            for p in (a,) if isinstance(a, TypeVar) else getattr(a, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in out:
                    out.append(p)
        return tuple(out)

    def __mro_entries__(self, bases):
        # as a base (class S(AbstractSet[T]), class R(Dict[str, int])): the
        # class it stands for, then Generic unless a later base is generic,
        # as CPython's aliases give
        runtime = _runtime_class(self._name)
        if runtime is None:
            raise TypeError('Cannot subclass %r' % self)
        res = [] if runtime in bases else [runtime]
        later = bases[bases.index(self) + 1:] if self in bases else ()
        if not any(isinstance(b, (_Alias, _GenericAlias)) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in later):
            res.append(Generic)
        return tuple(res)

    def __subclasscheck__(self, cls):
        # isinstance()/issubclass() ask here (patch 0114): the bare aliases
        # check as the classes they stand for, a Union as any of its
        # members; other subscripted forms refuse, as in CPython
        if self._parent is Union:
            return any(issubclass(cls, a) for a in self._args)
        if self._parent is not None:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        runtime = _runtime_class(self._name)
        if runtime is None:
            raise TypeError('typing.%s cannot be used with isinstance()' % self._name)
        return issubclass(cls, runtime)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __call__(self, *a, **k):
        o = self._parent or self
        b = _BUILD.get(o._name)
        if b is None:
            raise TypeError('Type %s cannot be instantiated' % o._name)
        return b(*a, **k)

    # copy and deepcopy give the construct itself, and pickle stores a bare
    # one by name and a subscripted one as parent[args], as CPython's do
    # (omegaconf deep-copies configs whose key type is Any and then tests
    # `key_type is Any`)
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        if self._parent is None:
            return self._name
        import operator
        return operator.getitem, (self._parent, self._args)

    def _key(self):
        # Union and Literal compare as sets of their members, as CPython's
        if self._name in ('Union', 'Literal') and self._parent is not None:
            return frozenset((a, type(a)) for a in self._args)
        return self._args

    def __eq__(self, other):
        if self._parent is Union and _is_union_type(other):
            # Union[int, str] == int | str, as in CPython
            return frozenset(self._args) == frozenset(other.__args__)
        return isinstance(other, _Alias) and self._name == other._name and self._key() == other._key()

    def __hash__(self):
        if self._parent is Union:
            # the hash of the equal `int | str` (types.UnionType's)
            return hash(frozenset(self._args))
        return hash((self._name, self._key()))


def _none_type(a):
    if a is None:
        return type(None)
    if isinstance(a, list):
        return [_none_type(x) for x in a]
    return a


_ARITY = {'List': 1, 'Set': 1, 'FrozenSet': 1, 'Type': 1, 'Deque': 1, 'Counter': 1, 'Iterable': 1, 'Iterator': 1,
          'Sequence': 1, 'MutableSequence': 1, 'AbstractSet': 1, 'MutableSet': 1, 'Collection': 1,
          'Container': 1, 'Reversible': 1, 'KeysView': 1, 'ValuesView': 1, 'Awaitable': 1, 'AsyncIterator': 1,
          'AsyncIterable': 1, 'ContextManager': 1, 'AsyncContextManager': 1, 'Dict': 2, 'DefaultDict': 2,
          'OrderedDict': 2, 'ChainMap': 2, 'Mapping': 2, 'MutableMapping': 2, 'ItemsView': 2,
          'AsyncGenerator': 2, 'Generator': 3, 'Coroutine': 3}


def _name(a):
    if a is type(None):
        return 'NoneType'
    if isinstance(a, type):
        m = getattr(a, '__module__', 'builtins')
        return a.__name__ if m in ('builtins', None) else m + '.' + a.__name__
    if a is None:
        return 'None'
    if isinstance(a, list):
        return '[' + ', '.join(_name(x) for x in a) + ']'
    if a is Ellipsis:
        return '...'
    return repr(a)


def _is_union_type(a):
    # an `int | str` (types.UnionType), imported only once one is there to see
    types = sys.modules.get('types')
    return types is not None and isinstance(a, types.UnionType)


def _union_of(args):
    # Union[...] as CPython makes it: None as NoneType, nested unions (of
    # either kind: Union[int | str, bytes]) flattened, repeats dropped,
    # one member left standing alone
    flat = []
    for a in args:
        a = type(None) if a is None else a
        nested = isinstance(a, _Alias) and a._parent is Union or _is_union_type(a)
        inner = a.__args__ if nested else (a,)
        for x in inner:
            if x not in flat:
                flat.append(x)
    return flat[0] if len(flat) == 1 else _Alias('Union', tuple(flat), Union)


_RUNTIME = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset, 'Tuple': tuple,
            'Type': type, 'Text': str}
_IN_COLLECTIONS = ('DefaultDict', 'OrderedDict', 'Counter', 'ChainMap', 'Deque')
_ABC = {'AbstractSet': 'Set'}


def _runtime_class(name):
    # The class a bare alias stands for in isinstance(), or None (Any,
    # Union, Literal...: CPython refuses those)
    if name in _RUNTIME:
        return _RUNTIME[name]
    if name in _IN_COLLECTIONS:
        import collections
        return getattr(collections, 'deque' if name == 'Deque' else 'defaultdict' if name == 'DefaultDict' else name)
    if name in ('ContextManager', 'AsyncContextManager'):
        import contextlib
        return getattr(contextlib, 'Abstract' + name)
    if name in ('Pattern', 'Match'):
        import re
        return getattr(re, name, None)
    import collections.abc as abc
    return getattr(abc, _ABC.get(name, name), None) if name not in ('Any', 'Union', 'Optional') else None


_BUILD = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset, 'Tuple': tuple,
          'Type': type, 'Text': str}

for _n in ('Any', 'Union', 'Optional', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type',
           'Callable', 'Iterable', 'Iterator', 'Generator', 'AsyncIterator', 'AsyncIterable',
           'AsyncGenerator', 'Awaitable', 'Coroutine', 'Mapping', 'MutableMapping', 'Sequence',
           'MutableSequence', 'AbstractSet', 'MutableSet', 'Collection', 'Container', 'Hashable',
           'Sized', 'Reversible', 'KeysView', 'ValuesView', 'ItemsView', 'DefaultDict',
           'OrderedDict', 'Counter', 'ChainMap', 'Deque', 'Pattern', 'Match', 'ContextManager', 'AsyncContextManager', 'ClassVar', 'Final', 'Literal',
           'Annotated', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias', 'Concatenate',
           'TypeGuard', 'Required', 'NotRequired', 'Unpack', 'ByteString',
           'MappingView'):
    globals()[_n] = _Alias(_n)

Text = str


def _caller_module():
    # the module whose code called into typing (or typing_extensions)
    try:
        depth = 2
        while True:
            name = sys._getframe(depth).f_globals.get('__name__', '__main__')
            if name not in ('typing', 'typing_extensions'):
                return name
            depth += 1
    except (AttributeError, ValueError):
        return '__main__'


class _NoDefaultType:
    """The default of a type variable that has none (typing_extensions'
    NoDefault; typing has it from 3.13)."""
    __slots__ = ()

    def __repr__(self):
        return 'typing_extensions.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


_NoDefault = _NoDefaultType()


class TypeVar(_UnionOperand):
    """A type variable. As in typing_extensions (and typing from 3.13) it
    may have a default (default=, has_default(), __default__)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=_NoDefault):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_none_type(c) for c in constraints)
        self.__bound__ = _none_type(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance
        self.__default__ = _none_type(default)
        self.__module__ = _caller_module()

    def has_default(self):
        return self.__default__ is not _NoDefault

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__

    def __reduce__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)  # as CPython's


class _ParamSpecPart:
    """P.args or P.kwargs: the positional or keyword arguments of a
    ParamSpec P."""
    _part = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._part)

    def __eq__(self, other):
        return type(other) is type(self) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self._part, self.__origin__.__name__))


class ParamSpecArgs(_ParamSpecPart):
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _part = 'kwargs'


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=_NoDefault):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant,
                         infer_variance=infer_variance, default=default)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(TypeVar):
    def __init__(self, name, *, default=_NoDefault):
        TypeVar.__init__(self, name, default=default)

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class _GenericAlias(_UnionOperand):
    """A generic class subscripted: Stack[int], Generic[T], Pair[str, T]. It
    prints as CPython's, makes the class's instances when called, stands
    for the class as a base (__mro_entries__), knows its type variables
    (__parameters__) and substitutes them when subscripted again."""

    def __init__(self, origin, args):
        self.__origin__, self.__args__ = origin, args
        params = []
        for a in args:
            for p in (a,) if isinstance(a, TypeVar) else getattr(a, '__parameters__', ()) if isinstance(a, _GenericAlias) else ():
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __getitem__(self, args):
        args = _generic_args(self, self.__parameters__, args)
        subst = dict(zip(self.__parameters__, args))
        return _GenericAlias(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass
        return made

    def __mro_entries__(self, bases):
        # Generic[T] beside a base that is already generic adds nothing; nor
        # before a typing alias (class C(Generic[T], Hashable)), which adds
        # Generic itself, as CPython's aliases do
        if self.__origin__ is Generic and any(
                b is not self and isinstance(b, (type, _GenericAlias)) and issubclass(getattr(b, '__origin__', b), Generic)
                for b in bases):
            return ()
        if self.__origin__ is Generic and self in bases and any(
                isinstance(b, _Alias) for b in bases[bases.index(self) + 1:]):
            return ()
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        return '%s[%s]' % (_name(self.__origin__), ', '.join(_name(a) for a in self.__args__))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import operator
        return operator.getitem, (self.__origin__, self.__args__)

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ is other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


def _generic_args(alias, params, args):
    # the arguments for params, checked as CPython checks them
    if not isinstance(args, tuple):
        args = (args,)
    if not params:
        raise TypeError('%r is not a generic class' % (alias,))
    if len(args) != len(params):
        raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                        % ('many' if len(args) > len(params) else 'few', alias, len(args), len(params)))
    return tuple(_none_type(a) for a in args)


def _substitute(a, subst):
    if isinstance(a, TypeVar):
        return subst.get(a, a)
    if isinstance(a, list):
        return [_substitute(x, subst) for x in a]  # Callable's parameters
    if isinstance(a, (_GenericAlias, _Alias)) and getattr(a, '_parent', True) is not None and a.__parameters__:
        return a[tuple(subst.get(p, p) for p in a.__parameters__)]
    return a


class Generic:
    """Generic[T, ...] as a base makes a generic class: its __parameters__
    are those type variables (or, without Generic[...], those of its
    generic bases in order), and subscripting it gives a _GenericAlias."""

    def __class_getitem__(cls, args):
        if cls is Generic or cls is Protocol:
            args = args if isinstance(args, tuple) else (args,)
            if not all(isinstance(a, TypeVar) for a in args):
                raise TypeError('Parameters to %s[...] must all be type variables or parameter specification variables.'
                                % cls.__name__)
            return _GenericAlias(cls, args)
        # every generic class sets its own (__init_subclass__); a class made
        # by a metaclass holds it where only getattr finds it
        return _GenericAlias(cls, _generic_args(cls, getattr(cls, '__parameters__', ()), args))

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        bases = cls.__dict__.get('__orig_bases__', ())
        params = []
        for b in bases:
            if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol):
                params = list(b.__parameters__)
                break
            for p in getattr(b, '__parameters__', ()) if isinstance(b, (_GenericAlias, _Alias)) else ():
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        # A protocol (Protocol among its bases) refuses isinstance() until
        # @runtime_checkable; a class implementing one checks by its bases.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol:
            cls._pywasm_subclasscheck = classmethod(_not_runtime)
            cls._pywasm_instancecheck = classmethod(_not_runtime)
        else:
            cls._pywasm_subclasscheck = classmethod(_nominal)
            cls._pywasm_instancecheck = classmethod(_nominal_instance)


class IO(Generic[AnyStr]):
    """The interface of a file, as CPython's: a generic class (IO[str],
    IO[bytes]) whose methods are abstract and do nothing. Code subclasses
    it to write a file-like class; isinstance() is nominal, so io's own
    files are not instances, as in CPython."""
    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    @property
    def closed(self):
        pass

    def close(self):
        pass

    def fileno(self):
        pass

    def flush(self):
        pass

    def isatty(self):
        pass

    def read(self, n=-1):
        pass

    def readable(self):
        pass

    def readline(self, limit=-1):
        pass

    def readlines(self, hint=-1):
        pass

    def seek(self, offset, whence=0):
        pass

    def seekable(self):
        pass

    def tell(self):
        pass

    def truncate(self, size=None):
        pass

    def writable(self):
        pass

    def write(self, s):
        pass

    def writelines(self, lines):
        pass

    def __enter__(self):
        pass

    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO[bytes]):
    """IO[bytes], with write() taking bytes or a bytearray."""
    __slots__ = ()

    def write(self, s):
        pass

    def __enter__(self):
        pass


class TextIO(IO[str]):
    """IO[str], with the text file's attributes (buffer, encoding, ...)."""
    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self):
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self):
        pass

    @property
    def newlines(self):
        pass

    def __enter__(self):
        pass


def _mark_abstract(classes):
    # CPython marks every method of these abstract; Generic is no ABC there
    # either, so the marks only inform (nothing refuses instantiation)
    from abc import abstractmethod
    for c in classes:
        for k, v in list(c.__dict__.items()):
            if isinstance(v, property):
                abstractmethod(v.fget)
            elif callable(v) and not k.startswith('__') or k in ('__enter__', '__exit__'):
                abstractmethod(v)


_mark_abstract((IO, BinaryIO, TextIO))


def _not_runtime(proto, t):
    raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')


def _nominal(cls, t):
    return cls in getattr(t, '__mro__', ())


def _nominal_instance(cls, obj):
    return cls in type(obj).__mro__


# Bare special forms that stand for no type: _type_check refuses them plain
_PLAIN_REFUSED = frozenset(('ClassVar', 'Final', 'Union', 'Optional', 'Literal', 'Concatenate', 'TypeGuard',
                            'Required', 'NotRequired', 'Unpack', 'TypeIs', 'ReadOnly'))


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """What CPython 3.11's private helper does (mypy_extensions and other
    libraries import it): None becomes NoneType and text a ForwardRef; a
    tuple, a plain special form (Union, ClassVar...), Generic or Protocol,
    and ClassVar[...] / Final[...] where they are not allowed raise
    TypeError. Anything else, callable or not, is returned as it is."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError('%s is not valid as type argument' % (arg,))
    if isinstance(arg, _Alias):
        name = arg._name
        if arg._parent is not None:
            if not allow_special_forms and (name == 'ClassVar' or name == 'Final' and is_argument):
                raise TypeError('%s is not valid as type argument' % (arg,))
            return arg
        if allow_special_forms and name in ('ClassVar', 'Final'):
            return arg
        if name in _PLAIN_REFUSED:
            raise TypeError('Plain %s is not valid as type argument' % (arg,))
        return arg
    if arg is Generic or arg is Protocol:
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %s.' % (msg, repr(arg)[:100]))
    return arg


def cast(typ, val):
    return val


_overloads = {}  # (module, qualname): the @overload-ed functions, for get_overloads


def overload(f):
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', getattr(f, '__name__', None)))
    _overloads.setdefault(key, []).append(f)

    def _overload_dummy(*a, **k):
        raise NotImplementedError('You should not call an overloaded function. '
                                  'A series of @typing.overload-decorated functions outside a stub module '
                                  'should always be followed by an implementation that is not @typing.overload-ed.')
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', getattr(func, '__name__', None)))
    return list(_overloads.get(key, ()))


def clear_overloads():
    _overloads.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default, 'kw_only_default': kw_only_default,
            'frozen_default': frozen_default, 'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def final(f):
    try:
        f.__final__ = True  # as CPython 3.11, for introspection
    except (AttributeError, TypeError):
        pass  # a builtin or a class with __slots__: left as it is
    return f


def no_type_check(f):
    return f


def no_type_check_decorator(decorator):
    return decorator


# What a protocol's body holds that is not one of its members.
_NOT_MEMBERS = frozenset(('__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__init__',
                          '__slots__', '__annotations__', '__parameters__', '__orig_bases__', '__class_getitem__',
                          '__init_subclass__', '__subclasshook__', '__abstractmethods__', '_pywasm_subclasscheck',
                          '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__', '__match_args__',
                          '_pywasm_instancecheck',
                          '__dataclass_transform__', '__deprecated__'))


def _protocol_members(cls, annotated):
    # What the protocol and the protocols it extends define: their
    # attributes and, with annotated, the names they only annotate
    members = set()
    for base in cls.__mro__:
        if base not in (Protocol, Generic, object) and issubclass(base, Protocol):
            members.update(k for k in base.__dict__ if k not in _NOT_MEMBERS and not k.startswith('_abc_'))
            if annotated:
                members.update(base.__dict__.get('__annotations__', ()))
    return members


def runtime_checkable(cls):
    """As CPython 3.11's: isinstance() with the protocol accepts an object
    that has every member the protocol (and the protocols it extends)
    defines or annotates, its own attributes included (the interpreter
    hands the object to _pywasm_instancecheck, patch 0360), a method set to
    None counting as missing; issubclass() looks at the class's members and
    refuses a protocol with data members, as CPython does."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    members = _protocol_members(cls, False)
    attrs = _protocol_members(cls, True)
    data = [m for m in attrs if not callable(getattr(cls, m, None))]

    def check(proto, t):
        if data:
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return all(_has_member(t, m) for m in members)

    def check_instance(proto, obj):
        if proto in type(obj).__mro__:
            return True
        for m in attrs:
            if not hasattr(obj, m) and not _has_member(type(obj), m):
                return False
            if m not in data and getattr(obj, m, None) is None:
                return False
        return True
    cls._pywasm_subclasscheck = classmethod(check)
    cls._pywasm_instancecheck = classmethod(check_instance)
    cls._is_runtime_protocol = True
    return cls


# A builtin type's special methods are not attributes here (len() finds
# list's in C): the ABC that stands for each answers for builtins instead.
_ABC_OF_METHOD = {'__len__': 'Sized', '__iter__': 'Iterable', '__contains__': 'Container',
                  '__hash__': 'Hashable', '__reversed__': 'Reversible', '__next__': 'Iterator',
                  '__call__': 'Callable', '__await__': 'Awaitable'}


def _has_member(t, name):
    if hasattr(t, name):
        return True
    if name in _ABC_OF_METHOD:
        import collections.abc
        return issubclass(t, getattr(collections.abc, _ABC_OF_METHOD[name]))
    return False


def override(f):
    try:
        f.__override__ = True  # as typing 3.12 and typing_extensions
    except (AttributeError, TypeError):
        pass
    return f


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write('Runtime type is %r\n' % type(obj).__name__)
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # Annotations are kept as their text (patches 0002 and 0104), as
    # CPython's are under `from __future__ import annotations`; they are
    # evaluated here as CPython evaluates those, in the module of the class
    # or function (see _evaluate for those that do not evaluate).
    hints = _type_hints(obj, globalns, localns)
    if not include_extras:
        for k, v in hints.items():
            hints[k] = _strip_extras(v)
    return hints


def _type_hints(obj, globalns, localns):
    hints = {}
    if isinstance(obj, type):
        mro = getattr(obj, '__mro__', (obj,))
        for c in reversed(mro):
            ann = c.__dict__.get('__annotations__', {})
            if not ann and c is mro[0]:
                # a class made by a metaclass keeps its attributes apart
                # (typing.NamedTuple with defaults)
                ann = getattr(obj, '__annotations__', {})
            if ann:
                module = sys.modules.get(getattr(c, '__module__', None))
                g = globalns if globalns is not None else getattr(module, '__dict__', {})
                local = dict(c.__dict__) if localns is None else localns
                for name, text in ann.items():
                    hints[name] = _evaluate(text, g, local, True)
        return hints
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    return {name: _evaluate(text, g, localns, True) for name, text in getattr(obj, '__annotations__', {}).items()}


def _evaluate(text, globalns, localns, strict=False):
    # strict (get_type_hints) fails where CPython's get_type_hints does;
    # otherwise (a class statement, which CPython does not evaluate
    # at all) what does not evaluate stays text
    if isinstance(text, ForwardRef):
        text = text.__forward_arg__  # NamedTuple's, from text: evaluated as the text
    if not isinstance(text, str):
        return type(None) if text is None else text
    try:
        value = _eval(text, globalns, localns)
    except Exception:
        if strict and isinstance(globalns, dict) and _pywasm_compat.annotations_are_text(globalns):
            raise  # `from __future__ import annotations`: CPython has the text too and fails alike
        # CPython evaluated this annotation where it was written, perhaps
        # with names of an enclosing function that are gone now: keep the
        # text rather than fail where CPython does not
        return text
    if isinstance(value, str):
        # a forward reference ('Node'): CPython evaluates it in
        # get_type_hints too, and a name it cannot find (NameError) or bad
        # text (SyntaxError) fails there
        try:
            value = _eval(value, globalns, localns)
        except Exception:
            if strict:
                raise
            return text
    return type(None) if value is None else value


def _eval(text, globalns, localns):
    return eval(text, globalns, localns) if localns is not None else eval(text, globalns)


class _AliasKind(type):
    # isinstance() for the names of CPython's alias classes below: here every
    # construct is an _Alias, told apart by the form it subscripts
    def __instancecheck__(cls, obj):
        return isinstance(obj, _Alias) and obj._parent is not None and obj._name == cls._kind


class _UnionGenericAlias(metaclass=_AliasKind):
    """CPython's class of Union[...]: isinstance() of one, and called as
    CPython's (origin, args) makes one (typer's and pydantic v1's
    convert_generics)."""
    _kind = 'Union'

    def __new__(cls, origin, args, **kwargs):
        return Union[args]


class _AnnotatedAlias(metaclass=_AliasKind):
    """CPython's class of Annotated[...], in the same way: (origin, metadata)."""
    _kind = 'Annotated'

    def __new__(cls, origin, metadata):
        return Annotated[(origin,) + tuple(metadata)]


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    # CPython's private helper, which typer and pydantic v1 call: a
    # ForwardRef evaluated in the names given, anything else as it is
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    return t


# The wrappers get_type_hints(include_extras=False) takes off, leaving the
# type inside (Annotated[int, 'x']: int), as CPython's does.
_EXTRAS = ('Annotated', 'Required', 'NotRequired', 'ReadOnly')


def _strip_extras(t):
    if isinstance(t, _Alias) and t._parent is not None and t._args:
        if t._name in _EXTRAS:
            return _strip_extras(t._args[0])
        if t._name == 'Literal' or t._empty:
            return t  # its arguments are values, or there are none
        args = tuple(_strip_extras(a) for a in t._args)
        return t if args == t._args else t._parent[args]
    if isinstance(t, _GenericAlias) and t.__args__:
        args = tuple(_strip_extras(a) for a in t.__args__)
        return t if args == t.__args__ else _GenericAlias(t.__origin__, args)
    types = sys.modules.get('types')
    if types is not None and isinstance(t, types.GenericAlias) and t.__args__:
        args = tuple(_strip_extras(a) for a in t.__args__)
        return t if args == t.__args__ else types.GenericAlias(t.__origin__, args)
    if _is_union_type(t):
        args = tuple(_strip_extras(a) for a in t.__args__)
        if args == t.__args__:
            return t
        u = args[0]
        for a in args[1:]:
            u = u | a
        return u
    return t


def get_origin(tp):
    import types
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (types.GenericAlias, _GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _Alias):
        o = tp._parent
        if o is Optional:
            return Union  # Optional[X] is Union[X, None] in CPython
        if o is None:
            # a bare alias of a class (List) stands for it; Any, Union... none
            return _runtime_class(tp._name)
        if o._name in _BUILD:
            return _BUILD[o._name]
        if o._name in ('Union', 'Literal', 'ClassVar', 'Final', 'Annotated', 'Required', 'NotRequired',
                       'Concatenate', 'TypeGuard', 'Unpack', 'Generic', 'Protocol', 'TypeIs', 'ReadOnly',
                       'TypeForm'):
            return o
        return _runtime_class(o._name) or o
    return None


def get_args(tp):
    import types
    if isinstance(tp, (types.UnionType, types.GenericAlias, _GenericAlias)):
        a = tp.__args__
        if type(tp).__name__ == '_CallableGenericAlias':
            from collections.abc import _is_param_expr
            if not (len(a) == 2 and _is_param_expr(a[0])):
                return (list(a[:-1]), a[-1])  # Callable[[int], str]: ([int], str)
        return a
    if isinstance(tp, _Alias) and tp._parent is not None:
        if tp._parent is Optional:
            return tp._args + (type(None),)
        return tp._args
    return ()


class NewType:
    def __init__(self, name, tp):
        self.__name__ = self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__name__)


class _NamedTupleMeta:
    def __new__(mcls, name, bases, ns):
        import collections
        anns = ns.get('__annotations__', {})
        fields = list(anns)
        defaults = [ns[f] for f in fields if f in ns]
        module = ns.get('__module__')
        cls = collections.namedtuple(name, fields, defaults=defaults or None, module=module)
        for k, v in ns.items():
            if k not in anns and k not in ('__annotations__', '__module__', '__qualname__', '__metaclass__'):
                if k == '__doc__' and v is None:
                    continue  # no docstring: namedtuple's 'P(x, y)' stays, as in CPython
                setattr(cls, k, v)
        # the annotations' text evaluated, as CPython's objects would be;
        # under `from __future__ import annotations` CPython keeps the text,
        # as a ForwardRef
        g = getattr(sys.modules.get(module), '__dict__', {})
        if _pywasm_compat.annotations_are_text(g):
            cls.__annotations__ = {k: _type_check(v, '') for k, v in anns.items()}
        else:
            cls.__annotations__ = {k: _evaluate(v, g, None) for k, v in anns.items()}
        return cls


class NamedTuple:
    """class P(NamedTuple): x: int; y: int = 0 (fields from the annotations,
    defaults from the body) or NamedTuple('P', [('x', int), ('y', int)])."""
    __metaclass__ = _NamedTupleMeta

    def __new__(cls, typename, fields=None, **kw):
        from collections import namedtuple
        if fields is None:
            fields = list(kw.items())
        cls = namedtuple(typename, [f[0] for f in fields])
        cls.__annotations__ = {n: _type_check(t, '') for n, t in fields}  # text: a ForwardRef
        return cls


class _TypedDictMeta:
    def __new__(mcls, name, bases, ns, total=True, **kw):
        # A class whose instances are plain dicts, as in CPython, with the
        # keys' types (evaluated from their text) and which are required.
        module = ns.get('__module__')
        g = getattr(sys.modules.get(module), '__dict__', {})
        return _typeddict(name, ns.get('__annotations__', {}), total, bases, g, module)


def _typeddict(name, fields, total, bases=(), globalns=None, module=None):
    anns, required, optional, readonly = {}, set(), set(), set()
    for b in bases:
        if isinstance(getattr(b, '__required_keys__', None), frozenset):
            anns.update(b.__annotations__)
            required |= b.__required_keys__
            optional |= b.__optional_keys__
            readonly |= b.__readonly_keys__
    for key, text in fields.items():
        t = _evaluate(text, globalns or {}, None)
        required.discard(key)
        optional.discard(key)
        readonly.discard(key)
        is_required = total
        inner = t
        # Required[], NotRequired[] and ReadOnly[] wrap each other in any order
        while isinstance(inner, _Alias) and inner._parent is not None and inner.__args__ and \
                inner._name in ('Required', 'NotRequired', 'ReadOnly'):
            if inner._name == 'ReadOnly':
                readonly.add(key)
            else:
                is_required = inner._name == 'Required'
            inner = inner.__args__[0]
        (required if is_required else optional).add(key)
        anns[key] = t
    return type(name, (dict,), {
        '__new__': lambda cls, *a, **k: dict(*a, **k), '__annotations__': anns,
        '__required_keys__': frozenset(required), '__optional_keys__': frozenset(optional),
        '__readonly_keys__': frozenset(readonly), '__mutable_keys__': frozenset(anns) - readonly,
        '__total__': total, '__module__': module or __name__,
        '__metaclass__': _TypedDictMeta})  # for its subclasses' class statements


def is_typeddict(tp):
    return isinstance(tp, type) and '__required_keys__' in tp.__dict__ and dict in tp.__bases__


class TypedDict:
    """class Movie(TypedDict): ... and TypedDict('Movie', {'name': str}):
    a class whose instances are plain dicts, as in CPython, with
    __annotations__, __required_keys__, __optional_keys__ and __total__."""
    __metaclass__ = _TypedDictMeta

    def __new__(cls, typename, fields=None, total=True, **kw):
        caller = sys._getframe(1).f_globals if hasattr(sys, '_getframe') else {}
        return _typeddict(typename, dict(fields or kw), total, (), caller, caller.get('__name__'))


class ForwardRef(_UnionOperand):
    """A type written as text ('Node'), evaluated when asked in a module's
    names (get_type_hints evaluates annotations directly)."""
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_code__ = None
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), '__dict__', globalns)
        g = {} if globalns is None else globalns
        value = eval(self.__forward_arg__, g, localns) if localns is not None else eval(self.__forward_arg__, g)
        self.__forward_evaluated__, self.__forward_value__ = True, _none_type(value)
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = '' if self.__forward_module__ is None else ', module=%r' % (self.__forward_module__,)
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, module)


# The Supports* protocols, runtime checkable on their one method as in
# CPython (they were aliases that refused isinstance()).
T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# The public names, as CPython 3.11 lists them (typing_extensions and
# `from typing import *` read it).
__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn',
    'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack']


# CPython's class of the bare aliases (typing.List, typing.Dict): typing_inspect
# imports it (dataclasses-json); ours are all _Alias
_SpecialGenericAlias = _Alias
# and of the special forms (Any, Union, ClassVar): dataclass-wizard lists it
# among the generic types it tests against
_SpecialForm = _Alias

"""dataclasses: @dataclass (init, repr, eq, order, frozen, unsafe_hash,
kw_only, match_args, slots and weakref_slot: the class made again with __slots__), field() (default,
default_factory, init, repr, compare, hash, kw_only, metadata), fields,
asdict, astuple (recursive, with dict_factory/tuple_factory), replace,
is_dataclass, make_dataclass, FrozenInstanceError, MISSING, KW_ONLY,
InitVar, __post_init__ (with InitVar arguments), inheritance of fields.

Fields come from the class body's annotations, which this interpreter keeps
as text (as CPython does under "from __future__ import annotations"), so
Field.type is the annotation evaluated in the class's module when the class
is decorated (<class 'int'>), or its text where that fails (a name local to
a function, 'list[str]'), or under "from __future__ import annotations"; a
string annotation is the string itself, as CPython's. ClassVar, InitVar
and KW_ONLY are recognised as CPython recognises them in a text: by the
object its name, or its module's name and its own (dc.InitVar), stand for in
the class's module; by the name alone where the module has no such name."""
import _pywasm_compat
import sys


# (CPython's class names: tools import _MISSING_TYPE to test or annotate
# with it, simple-parsing and pyserde among them)
class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


_Missing = _MISSING_TYPE
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


_KwOnly = _KW_ONLY_TYPE


KW_ONLY = _KwOnly()


class _FieldType:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldType('_FIELD')
_FIELD_CLASSVAR = _FieldType('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldType('_FIELD_INITVAR')

# the names of the class attributes the decorator sets, as CPython's module
# has them (dacite reads fields through _FIELDS)
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, t):
        return InitVar(t)

    def __repr__(self):
        t = self.type
        return 'dataclasses.InitVar[%s]' % (t.__name__ if isinstance(t, type) else repr(t))


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        from types import MappingProxyType  # read-only, as CPython's
        self.metadata = MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = _FIELD

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                    self.hash, self.compare, self.metadata, self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _unquote(t):
    # A string annotation's text keeps its quotes (patch 0104): the string
    # itself is what CPython has as the annotation.
    if isinstance(t, str) and len(t) >= 2 and t[0] == t[-1] and t[0] in '\'"':
        return t[1:-1]
    return t


def _type_of(t, module, cls):
    # Field.type as CPython has it without `from __future__ import
    # annotations`: the annotation evaluated when the class was made, which
    # is now, in its module and class body. A string annotation is that
    # string; one that does not evaluate here (a name local to a function,
    # list[int]) stays its text.
    u = _unquote(t)
    if u is not t or not isinstance(t, str):
        return u
    try:
        return eval(t, getattr(module, '__dict__', {}), dict(cls.__dict__))
    except Exception:
        return t


def _kind_of(t):
    # the kind of field an annotation object makes
    if t is InitVar or isinstance(t, InitVar):
        return 'initvar'
    if t is KW_ONLY:
        return 'kwonly'
    typing = sys.modules.get('typing')  # a ClassVar object means typing is loaded
    if typing is not None and (t is typing.ClassVar or typing.get_origin(t) is typing.ClassVar):
        return 'classvar'
    return ''


_KIND_NAMES = {'ClassVar': 'classvar', 'InitVar': 'initvar', 'KW_ONLY': 'kwonly'}


def _ann_kind(t, module, stringified=False):
    if not isinstance(t, str):
        return _kind_of(t)
    t = t.strip()
    if not stringified:  # CPython's test does not see through quotes in the text
        t = _unquote(t)
    parts = [p.strip() for p in t.split('[', 1)[0].split('.')]
    found = getattr(module, '__dict__', {}).get(parts[0], MISSING)
    for p in parts[1:]:
        found = getattr(found, p, MISSING)
    if found is not MISSING:
        return _kind_of(found)
    # a name the module does not have (imported inside a function)
    return _KIND_NAMES.get(parts[-1], '')


class _DataclassParams(tuple):
    # CPython's __dataclass_params__: its flags as attributes (libraries read
    # .frozen, .eq ...)
    init = property(lambda s: s[0])
    repr = property(lambda s: s[1])
    eq = property(lambda s: s[2])
    order = property(lambda s: s[3])
    unsafe_hash = property(lambda s: s[4])
    frozen = property(lambda s: s[5])

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)' % tuple(self))


def _fields_of(cls):
    return getattr(cls, '__dataclass_fields__', None)


_MUTABLE = (list, dict, set)


def _process(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots=False, weakref_slot=False):
    fields = {}
    # the bases' fields, the farthest first, as CPython walks __mro__ backwards
    for b in reversed(cls.__mro__[1:]):
        bf = _fields_of(b)
        if bf:
            for f in bf.values():
                fields[f.name] = f
    anns = cls.__dict__.get('__annotations__', {})
    module = sys.modules.get(getattr(cls, '__module__', None))
    stringified = _pywasm_compat.annotations_are_text(getattr(module, '__dict__', {}))
    kw_mode = kw_only
    for name, t in anns.items():
        kind = _ann_kind(t, module, stringified)
        if kind == 'kwonly' or t is KW_ONLY:
            kw_mode = True
            continue
        # as CPython: the class attribute as the class sees it, so an
        # inherited value or what a descriptor's __get__(None, cls) gives
        v = getattr(cls, name, MISSING)
        if isinstance(v, Field):
            f = v
        else:
            f = Field(v, MISSING, True, True, None, True, None, MISSING)
        f.name = name
        f.type = t if stringified else _type_of(t, module, cls)
        if kind == 'classvar':
            f._field_type = _FIELD_CLASSVAR
        elif kind == 'initvar':
            f._field_type = _FIELD_INITVAR
        if f.kw_only is MISSING:
            f.kw_only = kw_mode
        if f._field_type is _FIELD and type(f.default) in _MUTABLE:
            raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        if isinstance(v, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except (AttributeError, TypeError):
                    pass
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name, v in cls.__dict__.items():
        if isinstance(v, Field) and name not in anns:
            raise TypeError('%r is a field but has no type annotation' % name)
    # CPython's checks on the dataclass bases' frozen
    bases = [b for b in cls.__mro__[-1:0:-1] if _fields_of(b) is not None]
    if bases:
        any_frozen = any(getattr(getattr(b, _PARAMS, None), 'frozen', False) for b in bases)
        if any_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams((init, repr_, eq, order, unsafe_hash, frozen))
    real = [f for f in fields.values() if f._field_type is _FIELD]
    # looked at before this decorator adds an __eq__ of its own
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = not (own is MISSING or (own is None and '__eq__' in cls.__dict__))
    if init:
        _check_defaults(cls, fields)
        _set(cls, '__init__', _make_init(cls, fields, frozen))
    if repr_:
        _set(cls, '__repr__', _make_repr(real))
    if eq:
        cmp = [f.name for f in real if f.compare]

        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return all(getattr(self, n) == getattr(other, n) for n in cmp)
        _set(cls, '__eq__', __eq__)
    if order:
        cmp = [f.name for f in real if f.compare]

        def _mk(op):
            def m(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return op(tuple(getattr(self, n) for n in cmp), tuple(getattr(other, n) for n in cmp))
            return m
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))
            setattr(cls, name, _named(cls, name, _mk(op)))
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    # CPython's rules: a __hash__ written in the class body is kept (one
    # that is None next to the body's own __eq__ is what Python put there,
    # not the author); unsafe_hash refuses to replace it; otherwise eq with
    # frozen makes one from the fields, and eq alone makes instances
    # unhashable.
    if unsafe_hash:
        if explicit:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in hashed))
    elif eq and not explicit:
        if frozen:
            cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in hashed))
        else:
            cls.__hash__ = None
    if frozen:
        names = set(fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            object.__delattr__(self, name)
        cls.__setattr__ = _named(cls, '__setattr__', __setattr__)
        cls.__delattr__ = _named(cls, '__delattr__', __delattr__)
    if match_args and '__match_args__' not in cls.__dict__:
        # the positional __init__ parameters, InitVars included (CPython)
        cls.__match_args__ = tuple(f.name for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)
                                   and f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls, real, weakref_slot, frozen)
    return cls


def _add_slots(cls, real, weakref_slot, frozen):
    # __slots__ take effect when a class is made, so the class is made
    # again with them, without the fields' defaults (they would conflict
    # with the slots; __init__ has them) and without __dict__, as CPython's
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    ns = dict(cls.__dict__)
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get('__slots__', ())
        inherited.update((s,) if isinstance(s, str) else s)
    names = [f.name for f in real] + (['__weakref__'] if weakref_slot else [])
    ns['__slots__'] = tuple(n for n in names if n not in inherited)
    for f in real:
        ns.pop(f.name, None)
    ns.pop('__dict__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        # pickle and copy restore a frozen one past its __setattr__
        cls.__getstate__ = _frozen_getstate
        cls.__setstate__ = _frozen_setstate
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _set(cls, name, f):
    if name not in cls.__dict__:
        setattr(cls, name, _named(cls, name, f))


def _named(cls, name, f):
    # CPython names each method it generates after the class
    # (V.__init__, V.__repr__): reprs and tools that check where a method
    # came from see that, not the maker's closure
    try:
        f.__name__ = name
        f.__qualname__ = '%s.%s' % (getattr(cls, '__qualname__', cls.__name__), name)
    except (AttributeError, TypeError):
        pass
    return f


def _check_defaults(cls, fields):
    seen_default = None
    for f in fields.values():
        if f._field_type is _FIELD_CLASSVAR or not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)


def _make_init(cls, fields, frozen):
    flist = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    pos = [f for f in flist if f.init and not f.kw_only]
    kwo = [f for f in flist if f.init and f.kw_only]
    qual = getattr(cls, '__qualname__', cls.__name__)
    allowed = set(f.name for f in pos + kwo)
    setter = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kw):
        if len(args) > len(pos):
            req = sum(1 for f in pos if f.default is MISSING and f.default_factory is MISSING) + 1
            n = len(pos) + 1
            takes = ('from %d to %d' % (req, n)) if req != n else str(n)
            raise TypeError('%s.__init__() takes %s positional argument%s but %d were given' % (
                qual, takes, '' if n == 1 else 's', len(args) + 1))
        for k in kw:
            if k not in allowed:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (qual, k))
        vals = {}
        for f, a in zip(pos, args):
            if f.name in kw:
                raise TypeError("%s.__init__() got multiple values for argument '%s'" % (qual, f.name))
            vals[f.name] = a
        missing = []
        for f in pos + kwo:
            if f.name in vals:
                continue
            if f.name in kw:
                vals[f.name] = kw[f.name]
            elif f.default is not MISSING:
                vals[f.name] = f.default
            elif f.default_factory is not MISSING:
                vals[f.name] = f.default_factory()
            else:
                missing.append(f)
        if missing:
            kwm = [f for f in missing if f.kw_only]
            pm = [f for f in missing if not f.kw_only]
            m = pm or kwm
            names = ["'%s'" % f.name for f in m]
            txt = names[0] if len(names) == 1 else (', '.join(names[:-1]) + (',' if len(names) > 2 else '') + ' and ' + names[-1])
            raise TypeError('%s.__init__() missing %d required %s argument%s: %s' % (
                qual, len(m), 'positional' if pm else 'keyword-only', '' if len(m) == 1 else 's', txt))
        initvars = []
        for f in flist:
            if f._field_type is _FIELD_INITVAR:
                initvars.append(vals.get(f.name, f.default))
                continue
            if f.name in vals:
                setter(self, f.name, vals[f.name])
            elif f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post(*initvars)
    return __init__


def _make_repr(real):
    names = [f.name for f in real if f.repr]
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            return '%s(%s)' % (getattr(type(self), '__qualname__', type(self).__name__),
                               ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))
        finally:
            active.discard(key)
    # pprint expands a dataclass field by field only where the repr is this
    # one (CPython's pprint checks for its generated __repr__)
    __repr__._pywasm_dataclass_repr = True
    return __repr__


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(c):
        return _process(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    fs = _fields_of(class_or_instance)
    if fs is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    return _fields_of(obj if isinstance(obj, type) else type(obj)) is not None


def _is_instance(obj):
    return not isinstance(obj, type) and _fields_of(type(obj)) is not None


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict(obj, dict_factory)


def _asdict(obj, df):
    if _is_instance(obj):
        return df([(f.name, _asdict(getattr(obj, f.name), df)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict(v, df) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict(v, df) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict(k, df), _asdict(v, df)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple(obj, tuple_factory)


def _astuple(obj, tf):
    if _is_instance(obj):
        return tf([_astuple(getattr(obj, f.name), tf) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple(v, tf) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple(v, tf) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple(k, tf), _astuple(v, tf)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in _fields_of(type(obj)).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar '%s' must be specified with replace()" % f.name)
            if f._field_type is _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kw):
    ns = dict(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        anns[name] = tp if isinstance(tp, str) else getattr(tp, '__name__', repr(tp))
    ns['__annotations__'] = anns
    ns.setdefault('__qualname__', cls_name)
    ns.setdefault('__module__', 'types')  # CPython 3.11 makes it with types.new_class
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, **kw)

# PEP 585: Field[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(Field)

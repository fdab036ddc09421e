"""How an instance of a class is taken apart for pickle and copy: what
CPython's object.__reduce_ex__ and object.__reduce__ return. object's two
methods (port/objreduce.c) call object_reduce_ex and object_reduce here."""
import copyreg
from _pickle_std import reduce_std, newargs_std


def object_reduce_ex(obj, proto):
    # a class's own __reduce__ wins over object's reduction, as in CPython
    own = getattr(type(obj), '__reduce__', None)
    if own is not None and own is not object.__reduce__:
        return obj.__reduce__()
    return _common_reduce(obj, proto)


def object_reduce(obj):
    return _common_reduce(obj, 0)


def _common_reduce(obj, proto):
    # the standard types CPython writes in C reduce as CPython's do
    rv = reduce_std(obj, proto)
    return rv if rv is not None else default_reduce(obj, proto)


_BUILTIN_TYPES = (object, int, float, str, bytes, bytearray, list, dict, tuple, set,
                  frozenset, complex, bool)

_VALUE_TYPES = (int, float, str, bytes, tuple, frozenset, complex)


def _builtin_base(cls):
    # the first builtin type in cls's MRO (copyreg's 'base')
    for c in cls.__mro__:
        if c in _BUILTIN_TYPES:
            return c
    return object


def _base_value(base, obj):
    # obj as its builtin base (complex() refuses a subclass's instance here)
    if base is complex:
        return complex(obj.real, obj.imag)
    return base(obj)


def _special(obj, name):
    # obj's method name, found on its type and bound to it, or None: as
    # CPython looks up special methods, so that an instance's __getattr__
    # (or a dict subclass's __missing__ behind it) is never asked for one
    cls = type(obj)
    for c in cls.__mro__:
        f = c.__dict__.get(name)
        if f is not None:
            get = getattr(f, '__get__', None)
            return f if get is None else get(obj, cls)
    return None


def _getstate(obj):
    # looked up on the type too: CPython's object has __getstate__, so an
    # instance's __getattr__ never answers for it there
    gs = _special(obj, '__getstate__')
    if gs is not None:
        return gs()
    d = getattr(obj, '__dict__', None)
    state = dict(d) if d else None
    names = _slot_names(type(obj))
    if names:
        # CPython's (dict or None, {slot: value}) for the slots that are set
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            return state, slots
    return state


def _slot_names(cls):
    # the names in the __slots__ of cls's MRO, a private one mangled as its
    # class body wrote it (CPython's copyreg._slotnames), kept on the class
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        for name in (slots,) if isinstance(slots, str) else slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def default_reduce(obj, proto):
    # object's reduction of an instance of a Python class
    cls = type(obj)
    if proto < 2:
        base = _builtin_base(cls)
        if base is object:
            state = None
        else:
            if base is cls:
                raise TypeError("cannot pickle %r object" % cls.__name__)
            state = _base_value(base, obj)
        state2 = _getstate(obj)
        if state2:
            return copyreg._reconstructor, (cls, base, state), state2
        return copyreg._reconstructor, (cls, base, state)
    kwargs = None
    gnex = _special(obj, '__getnewargs_ex__')
    if gnex is not None:
        r = gnex()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(r))
        args, kwargs = r
    else:
        gna = _special(obj, '__getnewargs__')
        if gna is not None:
            args = gna()
        elif newargs_std(obj) is not None:
            args = newargs_std(obj)
        else:
            # immutable builtin bases carry their value as the argument
            base = _builtin_base(cls)
            if base is complex:
                args = (obj.real, obj.imag)  # complex's __getnewargs__
            else:
                args = (_base_value(base, obj),) if base in _VALUE_TYPES else ()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    state = _getstate(obj)
    items = iter(obj) if isinstance(obj, list) else None
    ditems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, items, ditems
    return copyreg.__newobj__, (cls,) + tuple(args), state, items, ditems

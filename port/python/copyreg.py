"""copyreg: the registry pickle and copy consult (dispatch_table, pickle(),
constructor()), the extension-code registry (add_extension & co) and the
helpers that pickles name (_reconstructor, __newobj__, __newobj_ex__).
object's own __reduce_ex__ and __reduce__ are in _pywasm_reduce."""

dispatch_table = {}


def _require_callable(obj, what):
    if not callable(obj):
        raise TypeError("%s must be callable" % what)


def constructor(object):
    # Nothing is recorded: unpickling calls constructors directly, so this
    # only validates its argument (as CPython's does).
    _require_callable(object, "constructors")


def pickle(ob_type, pickle_function, constructor_ob=None):
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def pickle_complex(c):
    # complex has no reduction of its own: CPython registers this one
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    # how protocols 0 and 1 rebuild an instance of a Python class
    if base is object:
        return object.__new__(cls)
    if base is tuple and hasattr(cls, '_fields'):
        return cls(*state)   # namedtuples are made by calling the class here
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    new = getattr(cls, '__new__', None)
    if new is None:
        return object.__new__(cls)
    return new(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    new = getattr(cls, '__new__', None)
    if new is None:
        return object.__new__(cls)
    return new(cls, *args, **kwargs)


# extension codes: (module, name) <-> code
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


def _slotnames(cls):
    """The names in the __slots__ of cls's MRO, a private one mangled (what
    pickle and copy take a slotted instance's state from)."""
    from _pywasm_reduce import _slot_names
    return _slot_names(cls)

"""unittest.mock's per-mock classes. Every mock gets a class of its own
(as in CPython) so that magic methods can be set per mock; this module
holds what goes on those classes. MicroPython differs in ways worked
around here:
- `isinstance()` ignores `__class__`, so a mock with a spec class has that
  class among its own class's bases (`_spec_base`), and every attribute
  of the spec is shadowed there by a property that answers as the mock
  would;
- a callable object found on the class for an operator is called with
  `self` for unary operators and without it for binary ones, so a magic
  method held by a mock goes through `_MagicProxy`, which drops a leading
  `self` when the call has one argument more than the method takes."""

# Filled in by _mock_base, _mock_magic and _mock_spec: classes and name
# sets defined there.
_reg = {}

# Set straight on a mock's instance, past the spec_set and seal checks.
_ALLOWED = {'_mock_return_value', '_mock_side_effect', '_mock_parent', '_mock_new_parent',
            '_mock_name', '_mock_new_name', 'called', 'call_count', 'call_args',
            'call_args_list', 'mock_calls', 'method_calls', '_mock_sealed', '_spec_class',
            '_spec_set', '_spec_signature', '_mock_methods', '_spec_asyncs', '_mock_children',
            '_mock_wraps', '_mock_unsafe', '_mock_values', '_mock_delegate',
            'await_count', 'await_args', 'await_args_list'}


def _is_instance_mock(obj):
    return issubclass(type(obj), _reg['NonCallableMock'])


def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _is_list(obj):
    return type(obj) in (list, tuple)


def _signature(obj, eat_self):
    """inspect.signature of a callable (of a class: its __init__), or None."""
    import inspect
    try:
        if isinstance(obj, type):
            obj, eat_self = obj.__init__, True
        elif isinstance(obj, (classmethod, staticmethod)):
            eat_self = isinstance(obj, classmethod)
            obj = obj.__func__
        elif not callable(obj):
            return None
        sig = inspect.signature(obj)
    except Exception:
        return None
    if eat_self:
        params = list(sig.parameters.values())
        if not params or params[0].kind not in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            return sig
        sig = sig.replace(parameters=params[1:])
    return sig


# Number of arguments each magic method takes (for _MagicProxy); the rest take one.
_ARITY = {}
for _n in ('len iter bool int float complex index hash str neg pos abs invert next sizeof '
           'fspath aiter anext trunc floor ceil enter aenter reversed').split():
    _ARITY['__%s__' % _n] = 0
_ARITY.update({'__setitem__': 2, '__exit__': 3, '__aexit__': 3})


class _MagicProxy:
    """On a mock's class in place of a magic method the mock holds as a child."""

    def __init__(self, name, mock):
        self.name = name
        self.mock = mock
        self.arity = _ARITY.get(name, 1)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic_child(self.name)

    def __call__(self, *args, **kwargs):
        m = self.mock
        if len(args) == self.arity + 1 and args[0] is m:
            args = args[1:]
        return m._mock_magic_child(self.name)(*args, **kwargs)


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _no_init(self, *args, **kwargs):
    pass


def _shadow(name):
    return property(lambda self: self._mock_shadow_get(name),
                    lambda self, v: self.__setattr__(name, v),
                    lambda self: self.__delattr__(name))


_KEEP = {'__init__', '__new__', '__module__', '__qualname__', '__doc__', '__dict__', '__class__',
         '__weakref__', '__slots__', '__init_subclass__', '__getattr__', '__setattr__',
         '__delattr__', '__getattribute__', '__mro__', '__name__', '__bases__'}
_class_cache = {}


def _spec_base(cls, spec):
    """The class isinstance() should see for this spec, and the shadowing
    properties it needs, or (None, None) when it cannot be a base."""
    if spec is None or _is_list(spec) or _is_instance_mock(spec):
        return None, None
    sc = spec if isinstance(spec, type) else type(spec)
    if sc is object or sc.__module__ == 'builtins':
        return None, None
    key = (cls, sc)
    if key not in _class_cache:
        mine = set(dir(cls)) | _ALLOWED
        shadows = {}
        magics = _reg.get('all_magics', ())
        for n in dir(sc):
            if n in mine or n in _KEEP:
                continue
            if _is_magic(n):
                if n in magics:
                    shadows[n] = _unsupported(n)
            else:
                shadows[n] = _shadow(n)
        try:
            c = type(cls.__name__, (cls, sc), dict(shadows))
            object.__new__(c)
        except Exception:
            shadows = None
        _class_cache[key] = shadows
    shadows = _class_cache[key]
    return (sc, shadows) if shadows is not None else (None, None)


# CPython's messages where a mock without the magic method is used so.
_UNSUPPORTED_TEXT = {
    '__len__': "object of type '%s' has no len()", '__iter__': "'%s' object is not iterable",
    '__getitem__': "'%s' object is not subscriptable", '__call__': "'%s' object is not callable",
    '__setitem__': "'%s' object does not support item assignment",
    '__delitem__': "'%s' object does not support item deletion",
}


def _unsupported(name):
    def f(self, *args, **kwargs):
        text = _UNSUPPORTED_TEXT.get(name, "'%%s' object does not support %s" % name)
        raise TypeError(text % type(self).__name__)
    f._mock_unsupported = True
    return f

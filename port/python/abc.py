"""abc: ABC, ABCMeta, abstractmethod (enforced when an ABC subclass is
instantiated), abstractproperty/classmethod/staticmethod, and
ABC.register() for virtual subclasses, which isinstance() and issubclass()
see (patch 0026)."""
import _pywasm_compat


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:  # no attributes (a builtin): remembered by identity
        _ABSTRACT.add(id(funcobj))
    return funcobj


_ABSTRACT = set()


def _is_abs(v):
    # CPython's test, with property's own rule (abstract when one of its
    # functions is); classmethod and staticmethod answer for their function
    # (patch 0101).
    if isinstance(v, property):
        return any(f is not None and _is_abs(f) for f in (v.fget, v.fset, v.fdel))
    try:
        if getattr(v, '__isabstractmethod__', False):
            return True
    except Exception:
        pass
    return id(v) in _ABSTRACT


def _abstracts(cls, settled=()):
    # The names still abstract on cls, from the most generic class of its
    # MRO to cls itself: methods marked abstract, and the names a class
    # declares abstract in _pywasm_abstract (collections.abc's ABCs), less
    # those a class after them defines. The values of the classes in
    # settled are not looked at: none of them is marked abstract.
    missing = set()
    for c in reversed(cls.__mro__):
        if c is object:
            continue
        d = c.__dict__
        if missing:
            for name in [n for n in missing if n in d]:
                missing.discard(name)
        missing.update(d.get('_pywasm_abstract', ()))
        if c not in settled:
            for name, v in d.items():
                if _is_abs(v):
                    missing.add(name)
    return frozenset(missing)


def _refuse_abstract(cls):
    names = cls.__abstractmethods__
    if names:
        n = sorted(names)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
            cls.__name__, 's' if len(n) > 1 else '', ', '.join(n)))


class ABC:
    """A class deriving from ABC cannot be instantiated while it has an
    abstract method; its __abstractmethods__ are worked out once, when the
    class statement runs, as ABCMeta does in CPython."""
    __slots__ = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.__abstractmethods__ = _abstracts(cls)

    def __new__(cls, *a, **k):
        _refuse_abstract(cls)
        return object.__new__(cls)

    @classmethod
    def register(cls, sub):
        _VIRTUAL.append((cls, sub))
        return sub

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        return _registered(cls, t)


ABC.__abstractmethods__ = frozenset()


def _registered(cls, t):
    # Asked by isinstance()/issubclass() when t does not derive from cls
    # (patch 0026): t counts if it is, or derives from, a class registered
    # with cls or with one of cls's subclasses. Plain MRO walks, so asking
    # never comes back here.
    mro = t.__mro__
    return any(sub in mro and cls in abc.__mro__ for abc, sub in _VIRTUAL)


_VIRTUAL = []  # (ABC, class registered with it)


class ABCMeta(type):
    """The metaclass form of ABC: the same refusal of abstract classes and
    the same register()."""

    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        cls.__abstractmethods__ = _abstracts(cls)
        return cls

    def __call__(cls, *a, **k):
        _refuse_abstract(cls)
        return super().__call__(*a, **k)

    def register(cls, sub):
        _VIRTUAL.append((cls, sub))
        return sub

    def _pywasm_subclasscheck(cls, t):
        return _registered(cls, t)


def abstractproperty(f):
    return property(abstractmethod(f))


def abstractclassmethod(f):
    abstractmethod(f)
    return classmethod(f)


def abstractstaticmethod(f):
    abstractmethod(f)
    return staticmethod(f)


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Works __abstractmethods__ out again, for a class changed after its
    class statement (3.10); a class that is not abstract is left alone."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstracts(cls)
    return cls

"""abc: ABC, ABCMeta, abstractmethod (enforced when an ABC subclass is
instantiated), abstractproperty/classmethod/staticmethod, and
ABC.register() for virtual subclasses, which isinstance() and issubclass()
see (patch 0026)."""
import _pywasm_compat


def abstractmethod(f):
    _ABSTRACT.add(id(f))
    return f


_ABSTRACT = set()


def _is_abs(v):
    if id(v) in _ABSTRACT:
        return True
    if isinstance(v, property):
        return id(v.fget) in _ABSTRACT
    return False


def _abstracts(cls):
    names = set()
    for c in reversed(cls.__mro__):
        for k, v in c.__dict__.items():
            if _is_abs(v):
                names.add(k)
            elif k in names:
                names.discard(k)
    return names


class ABC:
    __slots__ = ()

    def __new__(cls, *a, **k):
        names = _abstracts(cls)
        if names:
            n = sorted(names)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, 's' if len(n) > 1 else '', ', '.join(n)))
        return object.__new__(cls)

    @classmethod
    def register(cls, sub):
        _VIRTUAL.append((cls, sub))
        return sub

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # Asked by isinstance()/issubclass() when t does not derive from cls
        # (patch 0026): t counts if it is, or derives from, a class
        # registered with cls or with one of cls's subclasses. Plain MRO
        # walks, so asking never comes back here.
        mro = t.__mro__
        return any(sub in mro and cls in abc.__mro__ for abc, sub in _VIRTUAL)


_VIRTUAL = []  # (ABC, class registered with it)


class ABCMeta(type):
    def register(cls, sub):
        return sub


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
    return cls

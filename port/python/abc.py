"""abc: ABC, ABCMeta, abstractmethod (enforced when an ABC subclass is
instantiated), abstractproperty/classmethod/staticmethod, and
ABC.register() for virtual subclasses, which isinstance() and issubclass()
see (patch 0026). They answer in CPython's order: the class's
__subclasshook__ (True, False or NotImplemented), then inheritance, then
the classes registered with it, then its subclasses, each answer kept
until a register() can change it. A class made by ABCMeta asks all of that
through the metaclass's __subclasscheck__/__instancecheck__ (patch 0226);
ABC itself is a plain class, whose subclasses are asked only once
inheritance has failed, so there a hook's False cannot overrule a real
base class."""
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
        return _register(cls, sub)

    @classmethod
    def __subclasshook__(cls, sub):
        # object's in CPython, which has none here: for a hook's super() call
        return NotImplemented

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # asked once t is known not to derive from cls (patch 0026)
        return _check(cls, t, True)


ABC.__abstractmethods__ = frozenset()

_VIRTUAL = []  # (ABC, class registered with it); numbers reads it too
_CACHE = {}  # ABC: {class: whether it counts as a subclass}
_TOKEN = [0]  # how many register() calls have been made


def _register(cls, sub):
    cls = _OUTER.get(cls, cls)
    if not isinstance(sub, type):
        raise TypeError('Can only register classes')
    # by inheritance only (CPython asks issubclass() here): a lazy register()
    # inside a check (numbers) must not come back to that check
    if cls.__mro__[0] in sub.__mro__:
        return sub  # already one: nothing to record
    if sub.__mro__[0] in cls.__mro__:
        raise RuntimeError('Refusing to create an inheritance cycle')
    _VIRTUAL.append((cls, sub))
    _forget_noes()
    return sub


def _forget_noes():
    # After a register() call, here or in collections.abc: a registration
    # can only turn a "no" into a "yes"
    _TOKEN[0] += 1
    for answers in _CACHE.values():
        for t in [t for t, yes in answers.items() if not yes]:
            del answers[t]


# A class ABCMeta made, by the type inside it: __mro__, __subclasses__()
# and a classmethod's first argument give that type, which is equal to the
# class (and hashes alike) but is not it, so `cls is Foo` in a hook and a
# subclass's own checks need the class back.
_OUTER = {}


def _check(cls, t, inherits_not):
    # Whether t counts as a subclass of the ABC cls; inherits_not when the
    # interpreter has already found cls missing from t's MRO. Each answer
    # is kept, so a hook is asked once per class, as CPython's caches do.
    return _kept_answer(_OUTER.get(cls, cls), _OUTER.get(t, t), _answer, inherits_not)


def _kept_answer(cls, t, find, *args):
    # find(cls, t, *args), asked once per ABC and class (collections.abc's
    # checks keep theirs here too) until _forget_noes
    answers = _CACHE.get(cls)
    if answers is None:
        answers = _CACHE[cls] = {}
    else:
        yes = answers.get(t)
        if yes is not None:
            return yes
    yes = answers[t] = find(cls, t, *args)
    return yes


def _hook(cls, t):
    # cls.__subclasshook__(t), with cls itself as a classmethod's first
    # argument (see _OUTER); object has none here: NotImplemented
    for c in cls.__mro__:
        v = c.__dict__.get('__subclasshook__')
        if v is not None:
            if isinstance(v, classmethod):
                return v.__func__(cls, t)
            return getattr(cls, '__subclasshook__')(t)
    return NotImplemented


def _answer(cls, t, inherits_not):
    ok = _hook(cls, t)
    if ok is not NotImplemented:
        return bool(ok)
    if not inherits_not and cls.__mro__[0] in getattr(t, '__mro__', ()):
        return True
    # the classes registered with cls, then (through their own checks,
    # which see their registrations and hooks) cls's subclasses
    for abc, sub in _VIRTUAL:
        if abc is cls and issubclass(t, sub):
            return True
    for sub in cls.__subclasses__():
        if issubclass(t, _OUTER.get(sub, sub)):
            return True
    return False


class ABCMeta(type):
    """The metaclass form of ABC: the same refusal of abstract classes and
    the same register()."""

    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        cls.__abstractmethods__ = _abstracts(cls)
        _OUTER[cls.__mro__[0]] = cls
        return cls

    def __call__(cls, *a, **k):
        _refuse_abstract(cls)
        return super().__call__(*a, **k)

    def register(cls, sub):
        return _register(cls, sub)

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return _check(cls, sub, False)

    def __instancecheck__(cls, obj):
        # both the type and a __class__ that claims another one count
        t = type(obj)
        c = getattr(obj, '__class__', t)
        return _check(cls, c, False) or (c is not t and _check(cls, t, False))

    def _pywasm_subclasscheck(cls, t=None):
        # for the interpreter's own checks, made after the MRO (patch 0103).
        # Asked of ABCMeta or a metaclass deriving from it (isinstance(x,
        # ABCMeta): elementpath), it is found unbound, so cls is the class
        # asked about; as for any type, only real subclasses count.
        if t is None:
            return False
        return _check(cls, t, True)


def abstractproperty(f):
    return property(abstractmethod(f))


def abstractclassmethod(f):
    abstractmethod(f)
    return classmethod(f)


def abstractstaticmethod(f):
    abstractmethod(f)
    return staticmethod(f)


def get_cache_token():
    """Changes whenever register() is called, as CPython's does."""
    return _TOKEN[0]


def update_abstractmethods(cls):
    """Works __abstractmethods__ out again, for a class changed after its
    class statement (3.10); a class that is not abstract is left alone."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstracts(cls)
    return cls

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'get_cache_token')
del as_builtins

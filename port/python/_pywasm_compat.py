"""Interpreter-wide CPython compatibility: oserror(), annotations_are_text(),
anext_default, which the builtin anext() awaits for a default, and
finish_class, which the interpreter's class builder calls for a class
statement with keywords, a metaclass, __set_name__ or a base's
__init_subclass__. Imported by the compat modules, and by the interpreter
for such a class."""
import sys
from _pywasm import strerror as _strerror  # the interpreter's own table (port/errors.c)


def oserror(e, filename=None):
    """The CPython form of an OSError: its errno's subclass, strerror and
    filename. The interpreter raises that form itself; this names the file
    where it could not, and converts a bare OSError(errno)."""
    n = e.args[0] if e.args else None
    if isinstance(n, int) and len(e.args) == 1 and type(e) is OSError:
        e = OSError(n, _strerror(n))
    if filename is not None and e.filename is None and len(e.args) == 2:
        e.filename = filename
    return e


def finish_class(*args, **kw):
    """What a class statement does beyond building the type, which the
    interpreter's __build_class__ (port/patches/0045) hands over here for a
    class that needs it: class keywords, a metaclass (given, or inherited
    through a __metaclass__ attribute), __set_name__ on the attributes and
    a base's __init_subclass__, also for a class whose base was made by a
    metaclass (the interpreter has already called that metaclass).
    Returns the class the statement binds. Positional only, as CPython's
    class keywords may be called `name` or `cls`."""
    cls, name, bases = args
    meta = kw.pop('metaclass', None)
    if meta is None:
        for b in bases:
            meta = getattr(b, '__metaclass__', None)
            if meta:
                break
    if meta is not None and meta is not type:
        # CPython's type.__new__ does the rest, with the keywords the
        # metaclass passes on to it, which cannot be seen from here; the
        # usual metaclass keeps its keywords, so none are passed on. Here
        # type() does it for a class made by a call (finish_type_call).
        return meta(name, bases, dict(cls.__dict__), **kw)
    _set_names_and_init_subclass(cls, name, kw)
    return cls


def finish_type_call(cls, **kw):
    """What type(name, bases, ns, **kw) does beyond building the class, as
    CPython's type.__new__: __set_name__ on the attributes and the bases'
    __init_subclass__ with the keywords (the interpreter calls this for a
    class made by a call that needs either, patches 0299 and 0358)."""
    _set_names_and_init_subclass(cls, cls.__name__, kw)


def _set_names_and_init_subclass(cls, name, kw):
    for k, v in cls.__dict__.items():
        f = getattr(type(v), '__set_name__', None)
        if f:
            f(v, cls, k)
    # super(cls, cls).__init_subclass__(**kw): the next one along the MRO
    # that a class body defines. A plain function there is a classmethod
    # in CPython's eyes, and so is one declared as such; object's (patch
    # 0027) is for super() calls inside these.
    for b in cls.__mro__[1:-1]:
        f = b.__dict__.get('__init_subclass__')
        if f is not None:
            getattr(f, '__func__', f)(cls, **kw)
            return
    if kw:
        raise TypeError(name + '.__init_subclass__() takes no keyword arguments')


def annotations_are_text(globalns):
    """Whether the module of these globals has `from __future__ import
    annotations`: there CPython's annotations are their text, as the
    interpreter keeps them everywhere (patches 0002, 0104). dataclasses and
    inspect ask, to give CPython's text or its objects."""
    future = sys.modules.get('__future__')
    return future is not None and globalns.get('annotations') is future.annotations


async def anext_default(awaitable, default):
    """What anext(iterator, default) awaits (port/builtins.c): the next
    item, or default once the iterator is exhausted."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def class_getitem(cls, item):
    """cls[item] for a class CPython makes generic (PEP 585): a
    types.GenericAlias, the types module imported only when one is made."""
    from types import GenericAlias
    return GenericAlias(cls, item)


def generic(*classes):
    """Makes the library's classes whose CPython ones are generic take [...]:
    deque[int], queue.Queue[str], Future[Any] as a base class (tenacity)."""
    for cls in classes:
        cls.__class_getitem__ = class_getitem

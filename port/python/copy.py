"""copy: copy and deepcopy for the built-in containers and for instances
(through __copy__/__deepcopy__, then a class's own way to be taken apart as
pickle takes it apart, else its attributes copied), with a memo for shared
and recursive structures; copy.replace is not provided."""
import copyreg
from array import array as _array


class Error(Exception):
    pass


error = Error


def _atomic_types():
    # what copy and deepcopy give back as is, as CPython's copy does: the
    # kinds of function MicroPython makes (a closure, a generator or async
    # function are types of their own here; progressbar deep-copies widgets
    # holding closures), properties, code, Ellipsis, NotImplemented and
    # bound built-in methods
    def outer():
        x = 1

        def inner():
            return x

        def gen():
            yield x

        async def co():
            return x
        return inner, gen, co

    def gen():
        yield

    async def co():
        pass
    found = [type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0),
             frozenset, property, type(...), type(NotImplemented), type([].append)]
    for f in outer() + (gen, co):
        found.append(type(f))
        code = getattr(f, '__code__', None)
        if code is not None:
            found.append(type(code))
    return tuple(set(found))


_ATOMIC = _atomic_types()


class _Probe:
    def m(self):
        pass


_MethodType = type(_Probe().m)
# (MicroPython binds built-in and Python methods with one type: only a
# method of a Python function is rebuilt, as CPython's method type is)
_ATOMIC = tuple(t for t in _ATOMIC if t is not _MethodType)
# CPython's copy refuses these as pickle does
_UNCOPYABLE = (type(copyreg), staticmethod, classmethod)
del _Probe


def copy(x):
    c = type(x)
    if c in _ATOMIC or isinstance(x, type):
        return x
    f = getattr(c, '__copy__', None)
    if f is not None:
        return f(x)
    if c is _MethodType:
        # a new bound method, as CPython's reduction makes
        return c(x.__func__, x.__self__) if hasattr(x.__func__, '__code__') else x
    if c in _UNCOPYABLE:
        raise TypeError("cannot pickle '%s' object" % c.__name__)
    if c is list:
        return list(x)
    if c is dict:
        return dict(x)
    if c is set:
        return set(x)
    if c is bytearray:
        return bytearray(x)
    if c is _array:
        # CPython's array has __copy__; MicroPython's has no way to copy
        return _array(x.typecode, x)
    if c is tuple:
        return x
    rv = _reduction(x, c)
    if rv is not None:
        return x if isinstance(rv, str) else _reconstruct(x, None, *rv)
    if isinstance(x, tuple):
        # as CPython's reduction: the class called with __getnewargs__()
        r = c.__new__(c, *_newargs(x))
    elif isinstance(x, dict):
        r = c(x)
    elif isinstance(x, list):
        r = c(x)
    else:
        r = _new(c)
    d = getattr(x, '__dict__', None)
    if d:
        for k, v in d.items():
            _set(r, k, v)
    return r


def _set(obj, name, value):
    # straight into the instance, as CPython's copy updates __dict__: a
    # class's own __setattr__ (a frozen dataclass's refuses) is not asked
    object.__setattr__(obj, name, value)


def _reduction(x, c):
    # the class's own way to be taken apart, as CPython's copy asks it:
    # copyreg's table, its own __reduce_ex__ or __reduce__, or object's
    # reduction when it has __getstate__, __setstate__ or __getnewargs__
    # (pyparsing's Literal: its __new__ needs the arguments); None when it
    # has none of these (its attributes are copied then, as object's would be)
    r = copyreg.dispatch_table.get(c)
    if r is not None:
        return r(x)
    own = getattr(c, '__reduce_ex__', None)
    if own is not None and own is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    own = getattr(c, '__reduce__', None)
    if own is not None and own is not object.__reduce__:
        return x.__reduce__()
    if isinstance(x, (BaseException, slice)) or any(getattr(c, n, None) is not None
           for n in ('__getstate__', '__setstate__', '__getnewargs__', '__getnewargs_ex__', '__slots__')):
        # an exception is its class called with its args (BaseException's
        # __reduce__), a slice is slice(start, stop, step); the values of
        # slots are no part of __dict__
        import _pywasm_reduce
        return _pywasm_reduce.object_reduce_ex(x, 4)
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                for k, v in state.items():
                    _set(y, k, v)
            if slots:
                for k, v in slots.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    return y


def _newargs(x):
    g = getattr(x, '__getnewargs__', None)
    return g() if g is not None else (tuple(x),)


def _new(c):
    try:
        return c.__new__(c)
    except Exception:
        return object.__new__(c)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    i = id(x)
    y = memo.get(i, _nil)
    if y is not _nil:
        return y
    c = type(x)
    if c in _ATOMIC or isinstance(x, type):
        return x
    f = getattr(c, '__deepcopy__', None)
    if f is not None:
        y = f(x, memo)
    elif c is _MethodType:
        y = c(x.__func__, deepcopy(x.__self__, memo)) if hasattr(x.__func__, '__code__') else x
    elif c in _UNCOPYABLE:
        raise TypeError("cannot pickle '%s' object" % c.__name__)
    elif c is list:
        y = memo[i] = []
        y.extend(deepcopy(v, memo) for v in x)
    elif c is tuple:
        y = tuple(deepcopy(v, memo) for v in x)
        if i in memo:
            return memo[i]
    elif c is dict:
        y = memo[i] = {}
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif c is set:
        y = set(deepcopy(v, memo) for v in x)
    elif c is bytearray:
        y = bytearray(x)
    elif c is _array:
        y = _array(x.typecode, x)
    else:
        rv = _reduction(x, c)
        if rv is not None:
            return x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
        if isinstance(x, tuple):
            y = c.__new__(c, *deepcopy(_newargs(x), memo))
        elif isinstance(x, dict):
            y = c()
            memo[i] = y
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        elif isinstance(x, list):
            y = c()
            memo[i] = y
            y.extend(deepcopy(v, memo) for v in x)
        else:
            y = _new(c)
        memo[i] = y
        d = getattr(x, '__dict__', None)
        if d:
            for k, v in d.items():
                _set(y, k, deepcopy(v, memo))
    memo[i] = y
    return y

"""copy: copy and deepcopy for the built-in containers and for instances
(through __copy__/__deepcopy__, __reduce_ex__-free attribute copying), with
a memo for shared and recursive structures; copy.replace is not provided."""


class Error(Exception):
    pass


error = Error
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0), frozenset)


def copy(x):
    c = type(x)
    if c in _ATOMIC or isinstance(x, type):
        return x
    f = getattr(c, '__copy__', None)
    if f is not None:
        return f(x)
    if c is list:
        return list(x)
    if c is dict:
        return dict(x)
    if c is set:
        return set(x)
    if c is bytearray:
        return bytearray(x)
    if c is tuple:
        return x
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
    else:
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

"""How pickle writes and rebuilds the standard types CPython implements in
C (collections' OrderedDict/defaultdict/deque, fractions.Fraction,
namedtuples, complex; loading: datetime's packed states): the same
reductions CPython's types give, so the bytes match and CPython's pickles
load. datetime's classes reduce themselves (their __reduce__)."""


def reduce_std(obj, proto):
    # the reduce tuple CPython's own type gives, or None
    cls = type(obj)
    mod = getattr(cls, '__module__', None)
    name = cls.__name__
    if cls is complex:
        # as copyreg's table has it (for a Pickler given another table)
        return complex, (obj.real, obj.imag)
    if cls is range or cls is slice:
        return cls, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException):
        # BaseException.__reduce__: the class called with the args, then the
        # instance's __dict__ if it has one; OSError adds its file names
        args = obj.args
        if isinstance(obj, OSError) and obj.filename is not None and len(args) == 2:
            args = args + ((obj.filename,) if obj.filename2 is None else (obj.filename, None, obj.filename2))
        d = getattr(obj, '__dict__', None)
        return (cls, args, dict(d)) if d else (cls, args)
    if mod == 'collections':
        if name == 'OrderedDict':
            return cls, (), _inst_state(obj), None, iter(list(obj.items()))
        if name == 'defaultdict':
            return cls, (obj.default_factory,), None, None, iter(list(obj.items()))
        if name == 'deque':
            args = () if obj.maxlen is None else ((), obj.maxlen)
            return cls, args, None, iter(list(obj))
    elif mod == 'fractions' and name == 'Fraction':
        return cls, (obj.numerator, obj.denominator)
    return None


def _inst_state(obj):
    d = getattr(obj, '__dict__', None)
    return dict(d) if d else None


def _fields(cls):
    return getattr(cls, '_fields', None) if issubclass(cls, tuple) else None


def newargs_std(obj):
    # namedtuples give their fields as arguments
    if _fields(type(obj)) is not None:
        return tuple(obj)
    return None


def construct_std(func, args):
    # datetime classes rebuilt from CPython's packed state; None if not one
    if not args or type(args[0]) not in (bytes, str) or getattr(func, '__module__', None) != 'datetime':
        return None
    st = args[0]
    if type(st) is str:
        st = st.encode('latin-1')
    tz = args[1] if len(args) > 1 else None
    name = func.__name__
    if name == 'date' and len(st) == 4:
        return func(st[0] * 256 + st[1], st[2], st[3])
    if name == 'datetime' and len(st) == 10:
        return func(st[0] * 256 + st[1], st[2] & 0x7f, st[3], st[4], st[5], st[6],
                    (st[7] << 16) | (st[8] << 8) | st[9], tz, fold=st[2] >> 7)
    if name == 'time' and len(st) == 6:
        return func(st[0] & 0x7f, st[1], st[2], (st[3] << 16) | (st[4] << 8) | st[5], tz, fold=st[0] >> 7)
    return None


def new_std(cls, args):
    # namedtuple classes here are made by calling them
    if _fields(cls) is not None:
        return cls(*args)
    return None

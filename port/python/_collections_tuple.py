"""collections.namedtuple: a tuple subclass made in Python, with fields read
through descriptors, defaults, rename, module, _make/_replace/_asdict/
_fields/_field_defaults, __match_args__, and CPython's messages for wrong
arguments (MicroPython's own namedtuple has no __new__, __doc__ or field
descriptors, and its classes cannot take defaults). __new__ is compiled
for each class, so the interpreter words the argument errors."""

_KW = frozenset('False None True and as assert async await break class continue def del elif else except '
                'finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'
                .split())
_tnew = tuple.__new__


class _tuplegetter:
    def __init__(self, i, doc):
        self._i = i
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        return self if obj is None else obj[self._i]

    def __set__(self, obj, v):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._i, self.__doc__)


def _ident(s):
    return bool(s) and (s[0].isalpha() or s[0] == '_') and all(c.isalpha() or c.isdigit() or c == '_' for c in s)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, f in enumerate(fields):
            if not _ident(f) or f in _KW or f.startswith('_') or f in seen:
                fields[i] = '_%d' % i
            seen.add(fields[i])
    for f in [typename] + fields:
        if not _ident(f):
            raise ValueError('Type names and field names must be valid identifiers: %r' % f)
        if f in _KW:
            raise ValueError('Type names and field names cannot be a keyword: %r' % f)
    seen = set()
    for f in fields:
        if f.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % f)
        if f in seen:
            raise ValueError('Encountered duplicate field name: %r' % f)
        seen.add(f)
    fields = tuple(fields)
    nf = len(fields)
    dflt = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nf:
            raise TypeError('Got more default values than field names')
        dflt = dict(zip(fields[nf - len(defaults):], defaults))
    # __new__ is compiled with the fields as its parameters, as CPython's
    # is: the interpreter then checks the call and words its errors (a
    # Python __new__ taking **kw makes each instance many times dearer)
    env = {'_tnew': _tnew}
    params = []
    for i, f in enumerate(fields):
        if f in dflt:
            env['_d%d' % i] = dflt[f]
            f += '=_d%d' % i
        params.append(f)
    exec('def __new__(_cls%s):\n    return _tnew(_cls, (%s))' % (
        ''.join(', ' + p for p in params), ''.join(f + ', ' for f in fields)), env)
    __new__ = env['__new__']
    __new__.__qualname__ = typename + '.__new__'

    def _make(cls, iterable):
        r = _tnew(cls, iterable)
        if len(r) != nf:
            raise TypeError('Expected %d arguments, got %d' % (nf, len(r)))
        return r

    def _replace(self, **kw):
        r = self._make([kw.pop(f, v) for f, v in zip(fields, self)])
        if kw:
            raise ValueError('Got unexpected field names: %r' % (list(kw),))
        return r

    shape = '(' + ', '.join(f + '=%r' for f in fields) + ')'

    def __repr__(self):
        return self.__class__.__name__ + shape % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields) + (',' if len(fields) == 1 else '')),  # 'P(a,)' as CPython
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dflt,
        '__match_args__': fields,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__module__': module or '__main__',
    }
    for i, f in enumerate(fields):
        ns[f] = _tuplegetter(i, 'Alias for field number %d' % i)
    return type(typename, (tuple,), ns)

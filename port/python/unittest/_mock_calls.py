"""unittest.mock's values that are not mocks: `sentinel` and `DEFAULT`,
`ANY`, `call` (the `_Call` tuples that `call_args`, `call_args_list`,
`mock_calls` and `method_calls` hold) and `_CallList`, with CPython's
comparison rules and reprs, so that asserting against `call(...)` chains
behaves as under CPython."""


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.{}'.format(self.name)

    # pickled by reference: the name of the attribute of `sentinel`
    __reduce__ = __repr__


class _Sentinel:
    def __init__(self):
        object.__setattr__(self, '_sentinels', {})

    def __reduce__(self):
        return 'sentinel'

    def __getattr__(self, name):
        # dunder probes (copy, pickle, ...) must not mint new sentinels
        if name[:2] == '__' == name[-2:]:
            raise AttributeError
        known = self._sentinels
        if name not in known:
            known[name] = _SentinelObject(name)
        return known[name]


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return id(self)

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call(value):
    """A call in any of its tuple forms -> (name, args, kwargs)."""
    n = len(value)
    if n == 0:
        return '', (), {}
    if n == 3:
        return value[0], value[1], value[2]
    if n == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    value, = value
    if isinstance(value, str):
        return value, (), {}
    if isinstance(value, tuple):
        return '', value, {}
    return '', (), value


class _Call(tuple):
    """(args, kwargs) when recorded as a mock's own call (`two=True`), else
    (name, args, kwargs). `call` itself is one with `_mock_from_kall`
    False: attribute access and calls on it build the expected calls."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        n, args, kwargs = _split_call(value)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (n, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            s_name = ''
            s_args, s_kwargs = self
        else:
            s_name, s_args, s_kwargs = self
        sp = getattr(self, '_mock_parent', None)
        op = getattr(other, '_mock_parent', None)
        if sp and op and sp != op:
            return False
        if len(other) > 3:
            return False
        o_name, o_args, o_kwargs = _split_call(tuple(other))
        if s_name and o_name != s_name:
            return False
        # The expected side (other) on the left, so that ANY in it wins.
        return (o_args, o_kwargs) == (s_args, s_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    # tuple's own methods must not hide `call.count(...)`/`call.index(...)`.
    count = property(lambda self: self.__getattr__('count'))
    index = property(lambda self: self.__getattr__('index'))

    def _parts(self):
        if len(self) == 2:
            return self[0], self[1]
        return self[1], self[2]

    @property
    def args(self):
        return self._parts()[0]

    @property
    def kwargs(self):
        return self._parts()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self._parts()
        else:
            name = self[0]
            args, kwargs = self._parts()
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    __str__ = __repr__

    def call_list(self):
        # walk from this link to the root of the chain, keeping the links
        # that were calls, outermost first
        links = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                links.insert(0, node)
            node = node._mock_parent
        return _CallList(links)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls in which `in` also finds a list of calls as a
    contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            for item in self:
                if item == value:
                    return True
            return False
        n = len(value)
        for i in range(len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))

    __str__ = __repr__


class _AnyComparer(list):
    """Calls compared with the expected one on the left, so ANY matches."""

    def __contains__(self, item):
        for c in self:
            if len(item) == len(c) and all(e == a for e, a in zip(item, c)):
                return True
        return False

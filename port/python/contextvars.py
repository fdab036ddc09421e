"""contextvars: ContextVar (get with or without a default, set, reset),
Token (var, old_value, MISSING), Context (run, copy and the read-only
mapping protocol: ctx[var], in, len, iteration, keys, values, items, get)
and copy_context(), with CPython 3.11's error types and messages.

There is one current context per interpreter (no threads). Unlike CPython,
asyncio tasks and loop callbacks do not run in a copy of the context of
their creator: a variable set in one task is seen by the others."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


def _addr(o):
    return '0x%x' % id(o)


class Context:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._entered = False

    def run(self, *args, **kwargs):
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %s is already entered' % (self,))
        saved = _current
        self._entered = True
        _current = self
        try:
            return args[0](*args[1:], **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    def __repr__(self):
        return '<_contextvars.Context object at %s>' % _addr(self)

    def __getitem__(self, var):
        _key(var)
        return self._vars[var]

    def __contains__(self, var):
        _key(var)
        return var in self._vars

    def get(self, var, default=None):
        _key(var)
        return self._vars.get(var, default)

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return list(self._vars)

    def values(self):
        return list(self._vars.values())

    def items(self):
        return list(self._vars.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")


def _key(var):
    if not isinstance(var, ContextVar):
        raise TypeError('a ContextVar key was expected, got %r' % (var,))


_current = Context()


def copy_context():
    return _current.copy()


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *default):
        if len(default) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(default))
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        old = _current._vars.get(self, _MISSING)
        _current._vars[self] = value
        return Token(_TOKEN_KEY, _current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        if token._ctx is not _current:
            raise ValueError('%r was created in a different Context' % (token,))
        token._used = True
        if token._old is _MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token._old

    def __repr__(self):
        default = '' if self._default is _MISSING else ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at %s>' % (self._name, default, _addr(self))

    def __hash__(self):
        return id(self)

    def __class_getitem__(cls, item):
        # For annotations such as ContextVar[int].
        from types import GenericAlias
        return GenericAlias(cls, item)


_TOKEN_KEY = object()  # only ContextVar.set makes Tokens


class Token:
    MISSING = _MISSING

    def __init__(self, *args):
        if len(args) != 4 or args[0] is not _TOKEN_KEY:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx, self._var, self._old = args[1:]
        self._used = False

    __class_getitem__ = ContextVar.__class_getitem__

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return '<Token%s var=%r at %s>' % (' used' if self._used else '', self._var, _addr(self))

"""unittest.mock's magic-method support: which magic methods a mock may
have, MagicMock and NonCallableMagicMock with CPython's defaults
(`len()` 0, `iter()` empty, `bool()` True, `int()` 1, `in` False,
`with` returning a mock, comparisons NotImplemented, `==` by identity),
AsyncMock (calls return a coroutine; await_count/await_args and the
assert_awaited* methods) and PropertyMock."""
from ._mock_base import (NonCallableMock, CallableMixin, Mock, _MagicProxy, _iset, _reg,
                         _is_exception, _is_instance_mock)
from ._mock_calls import DEFAULT, _Call, _CallList, _AnyComparer

_magic_words = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
                'enter exit divmod rdivmod neg pos abs invert complex int float index round '
                'trunc floor ceil bool next fspath aiter')
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_inplace = ' '.join('i' + n for n in _numerics.split())
_right = ' '.join('r' + n for n in _numerics.split())

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__', '__getnewargs_ex__',
}
_magics = {'__%s__' % m for m in ' '.join([_magic_words, _numerics, _inplace, _right]).split()}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: id(self),
    '__str__': lambda self: NonCallableMock.__repr__(self),
    # object.__sizeof__ is missing in MicroPython; CPython's answer for a mock.
    '__sizeof__': lambda self: 24,
    '__fspath__': lambda self: '%s/%s/%s' % (type(self).__name__, self._extract_mock_name(), id(self)),
}


def _get_eq(mock):
    def __eq__(other):
        ret = mock.__eq__._mock_return_value
        if ret is not DEFAULT:
            return ret
        return True if mock is other else NotImplemented
    return __eq__


def _get_ne(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _get_iter(mock):
    def __iter__():
        ret = mock.__iter__._mock_return_value
        return iter([]) if ret is DEFAULT else iter(ret)
    return __iter__


def _get_async_iter(mock):
    def __aiter__():
        ret = mock.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if ret is DEFAULT else iter(ret))
    return __aiter__


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter,
                        '__aiter__': _get_async_iter}


def _magic_defaults(parent, method, name):
    """The default a MagicMock's magic method starts with."""
    if not isinstance(parent, MagicMixin):
        return
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calc = _calculate_return_value.get(name)
    if calc is not None:
        method.return_value = calc(parent)
        return
    se = _side_effect_methods.get(name)
    if se is not None:
        method.side_effect = se(parent)


class MagicMixin:
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these = _magics | _async_method_magics
        cls = type(self)
        own = cls.__dict__
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            keep = these.intersection(methods)
            for entry in these - keep:
                if entry in own and isinstance(own[entry], _MagicProxy):
                    delattr(cls, entry)
            these = keep
        for entry in these:
            cur = own.get(entry) if entry in own else None
            if cur is None or getattr(cur, '_mock_unsupported', False):
                setattr(cls, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        # the end of the sync iterator becomes the end of the async one
        item = next(self.iterator, _EXHAUSTED)
        if item is _EXHAUSTED:
            raise StopAsyncIteration
        return item


_EXHAUSTED = object()


def _awaitable(obj):
    return type(obj).__name__ in ('generator', 'coroutine') or hasattr(type(obj), '__await__')


class AsyncMockMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _iset(self, 'await_count', 0)
        _iset(self, 'await_args', None)
        _iset(self, 'await_args_list', _CallList())

    async def _execute_mock_call(self, *args, **kwargs):
        c = _Call((args, kwargs), two=True)
        _iset(self, 'await_count', self.await_count + 1)
        _iset(self, 'await_args', c)
        self.await_args_list.append(c)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if callable(effect):
                # `async def` side effects cannot be told from plain ones
                # before the call in MicroPython: await what comes back.
                outcome = effect(*args, **kwargs)
                if _awaitable(outcome):
                    outcome = await outcome
            else:
                # an exhausted iterable ends like an async iterator does
                outcome = next(effect, _EXHAUSTED)
                if outcome is _EXHAUSTED:
                    raise StopAsyncIteration
                if _is_exception(outcome):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            result = self._mock_wraps(*args, **kwargs)
            if _awaitable(result):
                result = await result
            return result
        return self.return_value

    def _who(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.' % self._who())

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._who(), self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited'
                                 % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._who(), self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        expected = [self._call_matcher(c) for c in calls]
        errors = [e if isinstance(e, Exception) else None for e in expected]
        # the first expectation that failed to bind is the chained cause
        cause = next((e for e in errors if e is not None), None)
        awaited = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            # in order: the expected awaits must be a contiguous run
            if expected in awaited:
                return
            if cause is not None:
                problem = 'Error processing expected awaits.\nErrors: %s' % (errors,)
            else:
                problem = 'Awaits not found.'
            raise AssertionError('%s\nExpected: %r\nActual: %r'
                                 % (problem, _CallList(calls), self.await_args_list)) from cause
        all_awaits = list(awaited)
        not_found = []
        for kall in expected:
            for i, c in enumerate(all_awaits):
                if kall == c:
                    del all_awaits[i]
                    break
            else:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (self._who(), self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        _iset(self, 'await_count', 0)
        _iset(self, 'await_args', None)
        _iset(self, 'await_args_list', _CallList())


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    pass


class PropertyMock(Mock):
    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


_reg.update({
    'all_magics': _all_magics, 'all_sync_magics': _all_sync_magics,
    'async_method_magics': _async_method_magics, 'unsupported_magics': _unsupported_magics,
    'magic_defaults': _magic_defaults, 'MagicMixin': MagicMixin, 'MagicMock': MagicMock,
    'AsyncMock': AsyncMock, 'AsyncMockMixin': AsyncMockMixin,
})

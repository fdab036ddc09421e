"""unittest.mock's core: NonCallableMock and Mock (child mocks, names and
reprs, spec/spec_set/wraps/unsafe, recording calls, side_effect and
return_value, reset_mock, configure_mock, attach_mock); the assert_*
methods are in _mock_assert, the per-mock classes in _mock_class.

MicroPython does not run `__init__` when `__new__` returns an instance of
a subclass, so `__new__` runs it, and the per-mock class gets an
`__init__` that does nothing (an interpreter that did run it would then
run it once only)."""
from ._mock_calls import DEFAULT, _deleted, _Call, _CallList
from ._mock_class import (_reg, _ALLOWED, _is_instance_mock, _is_magic, _is_list, _signature,
                          _MagicProxy, _get_method, _no_init, _spec_base)
from ._mock_assert import _AssertMixin
from ._mock_callable import CallableMixin, _is_exception

_iset = object.__setattr__


class InvalidSpecError(Exception):
    pass


def _iscoroutinefunction(obj):
    # MicroPython compiles `async def` and generator functions alike (the
    # same code flags), so neither a spec nor patch() can tell that an
    # object is async; AsyncMock is made only when asked for. Guessing
    # would turn patch('os.walk') into an AsyncMock.
    return False


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None \
            or value._mock_new_parent is not None:
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p._mock_new_parent
    if new_name:
        _iset(value, '_mock_new_parent', parent)
        _iset(value, '_mock_new_name', new_name)
    if name:
        _iset(value, '_mock_parent', parent)
        _iset(value, '_mock_name', name)
    return True


class NonCallableMock(_AssertMixin):
    def __new__(cls, *args, **kw):
        spec = kw.get('spec_set')
        if spec is None:
            spec = kw.get('spec', args[0] if args else None)
        bases = (cls,)
        amix = _reg.get('AsyncMockMixin')
        if amix is not None and not issubclass(cls, amix) and spec is not None \
                and not _is_list(spec) and _iscoroutinefunction(spec):
            bases = (amix, cls)
        d = {'__init__': _no_init, '_mock_user_class': cls, '_mock_shadowed': ()}
        sc, shadows = _spec_base(cls, spec)
        if sc is not None:
            bases += (sc,)
            d.update(shadows)
            d['_mock_shadowed'] = frozenset(shadows)
        new = type(cls.__name__, bases, d)
        self = object.__new__(new)
        cls.__init__(self, *args, **kw)
        return self

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        _iset(self, '_mock_parent', parent)
        _iset(self, '_mock_name', name)
        _iset(self, '_mock_new_name', _new_name)
        _iset(self, '_mock_new_parent', _new_parent)
        _iset(self, '_mock_sealed', False)
        _iset(self, '_mock_values', {})
        if spec_set is not None:
            spec, spec_set = spec_set, True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        _iset(self, '_mock_children', {})
        _iset(self, '_mock_wraps', wraps)
        _iset(self, '_mock_delegate', None)
        _iset(self, 'called', False)
        _iset(self, 'call_args', None)
        _iset(self, 'call_count', 0)
        _iset(self, 'call_args_list', _CallList())
        _iset(self, 'mock_calls', _CallList())
        _iset(self, 'method_calls', _CallList())
        _iset(self, '_mock_unsafe', unsafe)
        if '_mock_return_value' not in self.__dict__:
            _iset(self, '_mock_return_value', DEFAULT)
            _iset(self, '_mock_side_effect', None)
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        inner = getattr(mock, 'mock', mock) if not _is_instance_mock(mock) else mock
        _iset(inner, '_mock_parent', None)
        _iset(inner, '_mock_new_parent', None)
        _iset(inner, '_mock_name', '')
        _iset(inner, '_mock_new_name', None)
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError('Cannot spec a Mock object. [object=%r]' % (spec,))
        spec_class = sig = None
        asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            if not (isinstance(spec, type) and _spec_as_instance):
                sig = _signature(spec, _eat_self)
            spec = dir(spec)
        _iset(self, '_spec_class', spec_class)
        _iset(self, '_spec_set', spec_set)
        _iset(self, '_spec_signature', sig)
        _iset(self, '_mock_methods', spec)
        _iset(self, '_spec_asyncs', asyncs)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        _iset(self, '_mock_return_value', value)
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        _iset(self, '_mock_side_effect', value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        _iset(self, 'called', False)
        _iset(self, 'call_args', None)
        _iset(self, 'call_count', 0)
        _iset(self, 'mock_calls', _CallList())
        _iset(self, 'call_args_list', _CallList())
        _iset(self, 'method_calls', _CallList())
        if return_value:
            _iset(self, '_mock_return_value', DEFAULT)
        if side_effect:
            _iset(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if _is_instance_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        for arg in sorted(kwargs, key=lambda a: a.count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, kwargs[arg])

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set', '_spec_signature', '_spec_asyncs'):
            raise AttributeError(name)
        if name == '__await__':
            # MicroPython's iter() asks __getattr__ for __await__ when a class
            # has no __iter__, and lets its AttributeError through.
            raise TypeError("'%s' object is not iterable" % type(self).__name__)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _reg['all_magics']:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r '
                                     'is meant to be an attribute.' % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        elif not _is_instance_mock(result) and type(result).__name__ == '_SpecState':
            result = _reg['create_autospec'](result.spec, result.spec_set, result.instance,
                                             result.parent, result.name)
            children[name] = result
        return result

    def _mock_shadow_get(self, name):
        v = self._mock_values.get(name, _deleted)
        if v is not _deleted:
            return v
        return self.__getattr__(name)

    def _mock_magic_child(self, name):
        m = self._mock_children.get(name)
        if m is None or m is _deleted:
            m = self._get_child_mock(name=name, _new_name=name, _new_parent=self)
            self._mock_children[name] = m
            _reg['magic_defaults'](self, m, name)
        return m

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __str__(self):
        return NonCallableMock.__repr__(self)

    def __format__(self, spec):
        if spec:
            raise TypeError('unsupported format string passed to %s.__format__' % type(self).__name__)
        return str(self)

    def __eq__(self, other):
        return True if self is other else NotImplemented

    def __ne__(self, other):
        return False if self is other else NotImplemented

    def __hash__(self):
        return id(self)

    def __bool__(self):
        return True

    def __dir__(self):
        extras = list(self._mock_methods or [])
        from_type = [e for e in dir(self._mock_user_class) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        from_dict = [e for e in from_dict if e not in _ALLOWED]
        from_children = [k for k, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _ALLOWED:
            return _iset(self, name, value)
        if name == 'return_value':
            return self._set_return_value(value)
        if name == 'side_effect':
            return self._set_side_effect(value)
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods \
                and name not in self.__dict__ and name not in self._mock_values:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _reg['unsupported_magics']:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _reg['all_magics']:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            cls = type(self)
            if not _is_instance_mock(value):
                setattr(cls, name, _get_method(name, value))
                original = value
                value = lambda *a, **k: original(self, *a, **k)
                self._mock_children.pop(name, None)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(cls, name, _MagicProxy(name, self))
                self._mock_children[name] = value
                if name in self.__dict__:
                    object.__delattr__(self, name)
                return
        elif name == '__class__':
            _iset(self, '_spec_class', value)
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        if name in type(self)._mock_shadowed:
            self._mock_values[name] = value
        else:
            _iset(self, name, value)

    def __delattr__(self, name):
        cls = type(self)
        if name in _reg['all_magics'] and name in cls.__dict__:
            delattr(cls, name)
            if name not in self.__dict__:
                self._mock_children[name] = _deleted
                return
        obj = self._mock_children.get(name, None)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif name in self._mock_values:
            del self._mock_values[name]
        elif obj is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def _get_child_mock(self, **kw):
        if self._mock_sealed:
            attribute = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get('_new_name')
        if new_name in self._spec_asyncs:
            return _reg['AsyncMock'](**kw)
        t = type(self)
        if issubclass(t, _reg['MagicMixin']) and new_name in _reg['async_method_magics'] \
                and issubclass(t, CallableMixin):
            klass = _reg['AsyncMock']
        elif issubclass(t, _reg['AsyncMockMixin']):
            if new_name in _reg['all_sync_magics'] or (self._mock_methods and new_name in self._mock_methods):
                klass = _reg['MagicMock']
            else:
                klass = _reg['AsyncMock']
        elif not issubclass(t, CallableMixin):
            klass = _reg['MagicMock'] if issubclass(t, _reg['MagicMixin']) else Mock
        else:
            klass = t._mock_user_class
        return klass(**kw)


class Mock(CallableMixin, NonCallableMock):
    pass


_reg.update({'NonCallableMock': NonCallableMock, 'CallableMixin': CallableMixin, 'Mock': Mock})

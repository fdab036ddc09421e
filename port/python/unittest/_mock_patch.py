"""unittest.mock's patchers: patch (by dotted name), patch.object,
patch.multiple and patch.stopall (patch.dict is in _mock_patch_dict), each
usable as a function decorator, a TestCase class decorator (methods named
patch.TEST_PREFIX...), a context manager, or through start()/stop()."""
from ._mock_patch_dict import _Decorator, _active, _resolve_name, _wraps, _is_async_def, _patch_dict
from ._mock_calls import DEFAULT
from ._mock_base import _is_instance_mock, _is_list, _iscoroutinefunction, InvalidSpecError
from ._mock_magic import MagicMock, NonCallableMagicMock, AsyncMock
from ._mock_base import NonCallableMock
from ._mock_spec import create_autospec, _check_spec_arg_typos, _instance_callable


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _resolve_name(target)), attribute


def _builtin_names():
    import builtins
    return {n for n in dir(builtins) if not n.startswith('_')}


def _enter_all(patchings, args, kwargs):
    entered, extra = [], []
    try:
        for p in patchings:
            arg = p.__enter__()
            entered.append(p)
            if p.attribute_name is not None:
                kwargs.update(arg)
            elif p.new is DEFAULT:
                extra.append(arg)
    except BaseException as e:
        _exit_all(entered, e)
        raise
    return entered, args + tuple(extra)


def _exit_all(entered, e=None):
    for p in reversed(entered):
        if e is None:
            p.__exit__(None, None, None)
        else:
            p.__exit__(type(e), e, getattr(e, '__traceback__', None))


class _patch(_Decorator):
    attribute_name = None
    _active_patches = _active

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError('Cannot spec attr %r as the spec has already been mocked out. '
                                   '[spec=%r]' % (attribute, spec))
        if _is_instance_mock(spec_set):
            raise InvalidSpecError('Cannot spec attr %r as the spec_set target has already been '
                                   'mocked out. [spec_set=%r]' % (attribute, spec_set))
        # the public attributes CPython's _patch has (patch.dict, patch.multiple
        # and user code read them)
        self.getter, self.attribute = getter, attribute
        self.new, self.new_callable, self.kwargs = new, new_callable, kwargs
        self.spec, self.spec_set, self.autospec = spec, spec_set, autospec
        self.create = create
        self.has_local = False
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [a.copy() for a in self.additional_patchers]
        return p

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func
        if _is_async_def(func):
            async def patched(*args, **kw):
                entered, args = _enter_all(patched.patchings, args, kw)
                try:
                    result = await func(*args, **kw)
                except BaseException as e:
                    _exit_all(entered, e)
                    raise
                _exit_all(entered)
                return result
        else:
            def patched(*args, **kw):
                entered, args = _enter_all(patched.patchings, args, kw)
                try:
                    result = func(*args, **kw)
                except BaseException as e:
                    _exit_all(entered, e)
                    raise
                _exit_all(entered)
                return result
        patched.patchings = [self]
        return _wraps(func, patched)

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original, local = DEFAULT, False
        try:
            original = target.__dict__[name]
            local = True
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        if name in _builtin_names() and type(target).__name__ == 'module':
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs, new_callable = self.autospec, self.kwargs, self.new_callable
        self.target = self.getter()
        # False for any of the three spec options means it was not given
        spec, spec_set, autospec = [None if opt is False else opt for opt in (spec, spec_set, autospec)]
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_mock(original, spec, spec_set, new_callable, kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                # autospec=True: the spec is the object being replaced
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError('Cannot autospec attr %r as the patch target has already been '
                                       'mocked out. [target=%r, attr=%r]' % (self.attribute, self.target, autospec))
            if _is_instance_mock(autospec):
                raise InvalidSpecError('Cannot autospec attr %r from target %r as it has already been '
                                       'mocked out. [target=%r, attr=%r]' % (
                                           self.attribute, getattr(self.target, '__name__', self.target),
                                           self.target, autospec))
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._entered_extra = []
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra = {}
                if self.new is DEFAULT:
                    extra[self.attribute_name] = new
                for p in self.additional_patchers:
                    arg = p.__enter__()
                    self._entered_extra.append(p)
                    if p.new is DEFAULT:
                        extra.update(arg)
                return extra
            return new
        except BaseException as e:
            self.__exit__(type(e), e, None)
            raise

    def _make_mock(self, original, spec, spec_set, new_callable, kwargs):
        if spec is True:
            spec = original
        if spec_set is True:
            # spec_set=True makes the spec (or else the original) strict
            spec_set, spec = (original if spec is None else spec), None
        speccing = spec is not None or spec_set is not None
        if speccing and original is DEFAULT:
            raise TypeError("Can't use 'spec' with create=True")
        # patching a class with a spec: its instances (return_value) get one too
        inherit = speccing and isinstance(original, type)
        Klass = MagicMock
        _kwargs = {}
        if new_callable is not None:
            Klass = new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec_set if spec_set is not None else spec
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if not_callable:
                Klass = NonCallableMagicMock
        if spec is not None:
            _kwargs['spec'] = spec
        if spec_set is not None:
            _kwargs['spec_set'] = spec_set
        if isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and self.attribute:
            _kwargs['name'] = self.attribute
        _kwargs.update(kwargs)
        new = Klass(**_kwargs)
        if inherit and _is_instance_mock(new):
            this_spec = spec_set if spec_set is not None else spec
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                Klass = NonCallableMagicMock
            _kwargs.pop('name')
            new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            try:
                delattr(self.target, self.attribute)
            except (AttributeError, TypeError):
                pass
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        extra = self._entered_extra
        del self.temp_original, self.is_local, self.target, self._entered_extra
        for p in reversed(extra):
            p.__exit__(*exc_info)
        return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _resolve_name(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    patcher = None
    for attribute, new in items:
        p = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        p.attribute_name = attribute
        if patcher is None:
            patcher = p
        else:
            patcher.additional_patchers.append(p)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


def _patch_stopall():
    for p in reversed(list(_active)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'

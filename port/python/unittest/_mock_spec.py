"""unittest.mock's helpers that build or fix mocks: create_autospec (a
mock with the attributes of an object, whose calls are checked against
inspect.signature), mock_open and seal.

create_autospec of a function returns a MagicMock that checks its calls,
not a function as in CPython (`inspect.isfunction()` of it is False)."""
import inspect
from ._mock_base import (NonCallableMock, _is_instance_mock, _is_list, _is_magic, _signature,
                         _iset, _reg, InvalidSpecError)
from ._mock_magic import MagicMock, NonCallableMagicMock
from ._mock_calls import DEFAULT


class _SpecState:
    # what create_autospec needs to build a child mock later, on first access
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec, self.spec_set, self.instance = spec, spec_set, instance
        self.parent, self.name, self.ids = parent, name, ids


def _is_function(obj):
    return inspect.isfunction(obj) or inspect.ismethod(obj)


def _instance_callable(obj):
    if not isinstance(obj, type):
        return getattr(type(obj), '__call__', None) is not None
    for klass in getattr(obj, '__mro__', (obj,)):
        if '__call__' in klass.__dict__:
            return True
    return False


def _must_skip(spec, entry, is_type):
    """Whether calls to spec.entry pass a self the mock will not see."""
    if not isinstance(spec, type):
        try:
            if entry in spec.__dict__:
                return False
        except AttributeError:
            pass
        spec = type(spec)
    for klass in getattr(spec, '__mro__', (spec,)):
        try:
            result = klass.__dict__.get(entry, DEFAULT)
        except AttributeError:
            continue
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if _is_function(result):
            return is_type
        return False
    return is_type


def _check_signature(spec, mock, skipfirst, instance=False):
    """Make calls to `mock` raise TypeError where calls to `spec` would."""
    if isinstance(spec, type):
        if instance:
            call = getattr(spec, '__call__', None)
            sig = _signature(call, True) if _is_function(call) else None
        else:
            sig = _signature(spec, True)
    elif _is_function(spec) or isinstance(spec, (classmethod, staticmethod)):
        sig = _signature(spec, skipfirst)
    else:
        call = getattr(type(spec), '__call__', None)
        sig = _signature(call, True) if _is_function(call) else None
    if sig is not None:
        _iset(mock, '_mock_check_signature', sig)


_ABSENT = object()


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % (spec,))
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is not None:
        _kwargs = {'spec': spec}
    else:
        _kwargs = {}
    if instance and _kwargs:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _kwargs.update(kwargs)
    if inspect.isdatadescriptor(spec):
        # a descriptor (property, slot) is not introspected any further
        _kwargs = {}
        Klass = MagicMock
    elif callable(spec) and not (is_type and instance and not _instance_callable(spec)):
        Klass = MagicMock
    else:
        # a non-callable spec, or instances of a class without __call__
        Klass = NonCallableMagicMock
    _name = _kwargs.pop('name', _name)
    _new_name = _name if _parent is not None else ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name, **_kwargs)
    if _is_function(spec):
        _check_signature(spec, mock, False)
        if not inspect.ismethod(spec):
            # A function found through an instance is bound to it.
            type(mock).__get__ = _bind_get
        return mock
    _check_signature(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        # dir() may list names that then fail to resolve: skip those
        original = getattr(spec, entry, _ABSENT)
        if original is _ABSENT:
            continue
        if not _is_function(original):
            mock._mock_children[entry] = _SpecState(original, spec_set, mock, entry, instance)
            continue
        skipfirst = _must_skip(spec, entry, is_type)
        kw = {'spec_set': original} if spec_set else {'spec': original}
        new = MagicMock(parent=mock, name=entry, _new_name=entry, _new_parent=mock,
                        _eat_self=skipfirst, **kw)
        mock._mock_children[entry] = new
        _check_signature(original, new, skipfirst)
    return mock


class _BoundMock:
    """An autospecced function looked up on an instance: calls pass the
    instance first, anything else is the mock's."""

    def __init__(self, mock, obj):
        self._mock = mock
        self._obj = obj

    def __call__(self, *args, **kwargs):
        return self._mock(self._obj, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._mock, name)


def _bind_get(self, obj, owner=None):
    return self if obj is None else _BoundMock(self, obj)


def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError('%r might be a typo; use unsafe=True if this is intended' % typo)


# What dir() of an open file and of open() show in CPython: a mock_open
# handle has these attributes (and magic methods) only.
_FILE_SPEC = (
    '__enter__ __exit__ __iter__ __next__ __del__ __class__ __doc__ _CHUNK_SIZE _checkClosed '
    '_checkReadable _checkSeekable _checkWritable _finalizing buffer close closed detach '
    'encoding errors fileno flush getbuffer getvalue isatty line_buffering mode name newlines '
    'read read1 readable readinto readinto1 readline readlines reconfigure seek seekable tell '
    'truncate writable write write_through writelines').split()
_OPEN_SPEC = ('__call__ __class__ __doc__ __module__ __name__ __qualname__ __self__ '
              '__text_signature__ __repr__ __str__ __eq__ __ne__ __hash__').split()


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        while True:
            line = state[0].readline()
            if not line:
                return
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        line = state[0].readline()
        if not line:
            raise StopIteration
        return line

    if mock is None:
        mock = MagicMock(name='open', spec=_OPEN_SPEC)
    handle = MagicMock(spec=_FILE_SPEC)
    handle.__enter__.return_value = handle
    # None return values tell the side effects to read from read_data
    for meth in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, meth).return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect is state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def seal(mock):
    _iset(mock, '_mock_sealed', True)
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


_reg['create_autospec'] = create_autospec

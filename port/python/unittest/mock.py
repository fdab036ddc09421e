"""unittest.mock: Mock, MagicMock, NonCallableMock, NonCallableMagicMock,
AsyncMock, PropertyMock, call, ANY, DEFAULT, sentinel, patch (with
.object, .dict, .multiple, .stopall), mock_open, seal, create_autospec,
as CPython 3.11's, with its assertion messages.

Written for MicroPython in several modules: _mock_calls (call, ANY,
sentinel), _mock_class (the class each mock gets), _mock_base, _mock_assert
and _mock_callable (Mock itself), _mock_magic (MagicMock, AsyncMock,
PropertyMock), _mock_spec (create_autospec, mock_open, seal), _mock_patch
and _mock_patch_dict (the patchers). What differs from CPython:
- `async def` functions cannot be told from generator functions, so a
  spec or patch() never makes an AsyncMock by itself (ask for one with
  AsyncMock or new_callable=AsyncMock), and a function decorated by patch
  that is a generator function is wrapped as a coroutine function;
- create_autospec of a function returns a mock (which checks its calls),
  not a function;
- `mock.__class__` is the mock's own class even with a spec, but
  `isinstance(mock, SpecClass)` is true as in CPython when the spec is a
  class written in Python (the mock's class derives from it); with a
  built-in class as the spec isinstance() is False;
- `complex()` of a MagicMock calls `__float__` (MicroPython's `complex()`
  does not look up `__complex__`), and `list()` does not ask `__len__`;
- iterating or awaiting a Mock that has no `__iter__` raises TypeError
  with "is not iterable" (MicroPython asks the mock for `__await__`)."""
from ._mock_calls import sentinel, DEFAULT, ANY, call, _Call, _CallList, _Sentinel, _SentinelObject
from ._mock_base import (NonCallableMock, CallableMixin, Mock, InvalidSpecError, _is_instance_mock,
                         _MagicProxy as MagicProxy)
from ._mock_magic import (MagicMixin, MagicMock, NonCallableMagicMock, AsyncMockMixin, AsyncMock,
                          PropertyMock)
from ._mock_spec import create_autospec, mock_open, seal
from ._mock_patch import patch

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
    'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
    'PropertyMock', 'seal',
)

FILTER_DIR = True
Base = object

"""unittest.mock's patch.dict, and what it shares with patch: resolving a
dotted name, wrapping a decorated function (copying unittest's skip and
expectedFailure marks to the wrapper), class decoration and start()/stop().

A decorated `async def` is told from a plain function by
inspect.iscoroutinefunction(), which in MicroPython is also true of
generator functions: a decorated generator function is wrapped as a
coroutine function."""
import sys

# The patchers started and not yet stopped (patch.stopall's list).
_active = []


def _test_prefix():
    from ._mock_patch import patch
    return patch.TEST_PREFIX


def _resolve_name(name):
    """pkgutil.resolve_name for 'pkg.mod.attr.attr' names."""
    import importlib
    parts = name.split('.')
    modname = parts.pop(0)
    obj = importlib.import_module(modname)
    while parts:
        s = modname + '.' + parts[0]
        try:
            obj = importlib.import_module(s)
        except ImportError:
            break
        parts.pop(0)
        modname = s
    for p in parts:
        obj = getattr(obj, p)
    return obj


def _copy_test_markers(func, wrapper):
    # skip and expectedFailure marks: the function's attributes (as
    # functools.wraps copies them in CPython), or unittest's tables
    for name in ('__unittest_skip__', '__unittest_skip_why__', '__unittest_expecting_failure__'):
        if hasattr(func, name):
            try:
                setattr(wrapper, name, getattr(func, name))
            except (AttributeError, TypeError):
                pass
    ut = sys.modules.get('unittest')
    if ut is None:
        return
    if func in getattr(ut, '_XFAIL', ()):
        ut._XFAIL.add(wrapper)
    skip = getattr(ut, '_SKIP', {})
    if func in skip:
        skip[wrapper] = skip[func]


def _wraps(func, wrapper):
    for a in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(wrapper, a, getattr(func, a))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = func
    except (AttributeError, TypeError):
        pass
    _copy_test_markers(func, wrapper)
    return wrapper


class _Decorator:
    """What patch and patch.dict share: class decoration and start/stop."""

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(_test_prefix()):
                continue
            value = getattr(klass, attr)
            if not callable(value):
                continue
            setattr(klass, attr, self.copy()(value))
        return klass

    def start(self):
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        try:
            _active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _is_async_def(func):
    import inspect
    try:
        return inspect.iscoroutinefunction(func)
    except Exception:
        return False


class _patch_dict(_Decorator):
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        # keyword values win over the positional mapping/pairs
        merged = dict(values)
        merged.update(kwargs)
        self.in_dict, self.values, self.clear = in_dict, merged, clear
        # None means "not applied": __exit__ then leaves the target alone
        self._original = None

    def copy(self):
        return _patch_dict(self.in_dict, self.values, self.clear)

    def decorate_callable(self, f):
        patcher = self
        if _is_async_def(f):
            async def _inner(*args, **kw):
                with patcher:
                    return await f(*args, **kw)
        else:
            def _inner(*args, **kw):
                with patcher:
                    return f(*args, **kw)
        return _wraps(f, _inner)

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        # never swallow the exception of the with-body
        return False

    def _patch_dict(self):
        target = self.in_dict
        if isinstance(target, str):
            # a dotted name is looked up only when the patch is applied
            target = self.in_dict = _resolve_name(target)
        self._original = _snapshot(target)
        if self.clear:
            _clear_dict(target)
        _store_all(target, self.values)

    def _unpatch_dict(self):
        target = self.in_dict
        _clear_dict(target)
        _store_all(target, self._original)


# The target may be any mapping-like object: only item access, iteration
# and item deletion are relied on when copy/update/clear are missing.

def _snapshot(mapping):
    if hasattr(mapping, 'copy'):
        try:
            return mapping.copy()
        except AttributeError:
            pass
    return {k: mapping[k] for k in mapping}


def _store_all(mapping, items):
    setter = getattr(mapping, 'update', None)
    if setter is not None:
        try:
            setter(items)
            return
        except AttributeError:
            pass
    for k in items:
        mapping[k] = items[k]


def _clear_dict(in_dict):
    wipe = getattr(in_dict, 'clear', None)
    if wipe is not None:
        try:
            wipe()
            return
        except AttributeError:
            pass
    for k in list(in_dict):
        del in_dict[k]

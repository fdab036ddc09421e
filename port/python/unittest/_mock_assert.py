"""unittest.mock's assert_* methods of Mock, with CPython's messages, and
the call matching they use (by the spec's signature when there is one)."""
from ._mock_calls import _Call, _CallList, _AnyComparer, _format_call_signature, call
from ._mock_class import _is_instance_mock


class _AssertMixin:
    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _get_call_signature_from_name(self, name):
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for n in name.replace('()', '').split('.'):
            child = children.get(n)
            if child is None or not _is_instance_mock(child):
                break
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        # two-tuples are (args, kwargs); longer ones lead with the name
        name = _call[0] if len(_call) > 2 else ''
        args, kwargs = tuple(_call)[-2:]
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            # the binding error stands in for the call: it equals nothing
            return e
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %r.' % (prefix, self.mock_calls)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = [self._call_matcher(c) for c in calls]
        cause = None
        for e in expected:
            if isinstance(e, Exception):
                cause = e
                break
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            # in order: the expected calls must be a contiguous run
            if expected in recorded:
                return
            if cause is not None:
                errors = [e if isinstance(e, Exception) else None for e in expected]
                problem = 'Error processing expected calls.\nErrors: %s' % (errors,)
            else:
                problem = 'Calls not found.'
            actual = self._calls_repr(prefix='  Actual').rstrip('.')
            raise AssertionError('%s\nExpected: %r%s' % (problem, _CallList(calls), actual)) from cause
        all_calls = recorded
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            for i, c in enumerate(all_calls):
                if kall == c:
                    del all_calls[i]
                    break
            else:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls)) from cause

    def assert_any_call(self, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) from cause

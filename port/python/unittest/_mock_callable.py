"""unittest.mock's calling of a mock (CallableMixin): checking an
autospec's signature, recording the call in call_args, call_args_list,
mock_calls and method_calls up the chain of parents, then side_effect
(an exception, an iterable or a callable), return_value or wraps."""
from ._mock_calls import DEFAULT, _Call

_iset = object.__setattr__


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        _iset(self, '_mock_return_value', return_value)
        _iset(self, '_mock_side_effect', None)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        sig = self.__dict__.get('_mock_check_signature')
        if sig is not None:
            sig.bind(*args, **kwargs)

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        _iset(self, 'called', True)
        _iset(self, 'call_count', self.call_count + 1)
        c = _Call((args, kwargs), two=True)
        _iset(self, 'call_args', c)
        self.call_args_list.append(c)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            outcome = _apply_side_effect(effect, args, kwargs)
            # DEFAULT from a side effect defers to return_value / wraps
            if outcome is not DEFAULT:
                return outcome
        # wraps is consulted only while return_value was never set
        if self._mock_wraps is not None and self._mock_return_value is DEFAULT:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


def _apply_side_effect(effect, args, kwargs):
    # exception classes are callable too, so they are tested first
    if _is_exception(effect):
        raise effect
    if callable(effect):
        return effect(*args, **kwargs)
    # an iterable side_effect is stored as an iterator: one item per call
    outcome = next(effect)
    if _is_exception(outcome):
        raise outcome
    return outcome

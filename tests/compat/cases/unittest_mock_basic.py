# unittest.mock: Mock, call recording, call objects, assertions and their
# messages, side_effect/return_value, spec, wraps, configure/reset/attach.
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, DEFAULT, sentinel, seal


def name_of(m):
    # repr without the id, which differs between interpreters
    return repr(m).split(" id=")[0] + ">"


def check(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


m = Mock()
print(name_of(m), name_of(m.foo), name_of(m.foo.bar()), name_of(m()), name_of(m().x))
print(name_of(Mock(name='thing').child), name_of(Mock(name='thing')()))
m(1, 2, key='v')
m.method('a')
m.other.deep(3).more()
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.mock_calls == [call(1, 2, key='v'), call.method('a'), call.other.deep(3), call.other.deep().more()])
print(call.other.deep(3).more().call_list())
print(m.call_args == ((1, 2), {'key': 'v'}), m.call_args == call(1, 2, key='v'), m.call_args != call(1))
print(call(1, ANY) == call(1, 'x'), call(ANY) == call(1, 2), [call(ANY, key=ANY)] == [call(1, key=2)])
print(call.count(1), call.index, call().foo, repr(call), repr(call()))
print(call(1) in [call(2), call(1)], m.mock_calls[1].args if False else m.method.call_args.args)
name, args, kwargs = m.mock_calls[0]
print(repr(name), args, kwargs)

# assertions and their messages
m = Mock(name='svc')
check('not called', lambda: m.assert_called())
check('once', lambda: m.assert_called_once())
check('with none', lambda: m.assert_called_with(1))
m(1)
m(2, x=3)
check('not_called', lambda: m.assert_not_called())
check('once 2', lambda: m.assert_called_once())
check('once_with', lambda: m.assert_called_once_with(2, x=3))
check('with ok', lambda: m.assert_called_with(2, x=3))
check('with bad', lambda: m.assert_called_with(2, x=4))
check('any ok', lambda: m.assert_any_call(1))
check('any bad', lambda: m.assert_any_call(9))
check('has ok', lambda: m.assert_has_calls([call(1), call(2, x=3)]))
check('has bad', lambda: m.assert_has_calls([call(2, x=3), call(1)]))
check('has any_order', lambda: m.assert_has_calls([call(2, x=3), call(1)], any_order=True))
check('has any_order bad', lambda: m.assert_has_calls([call(5), call(1)], any_order=True))
check('ANY', lambda: m.assert_called_with(ANY, x=ANY))
anon = Mock()
anon(1)
anon(1)
check('anon once', lambda: anon.assert_called_once_with(1))
check('anon not', lambda: anon.assert_not_called())
check('typo', lambda: anon.assret_called_once())
check('typo2', lambda: anon.assert_called_onse())
print(name_of(Mock(unsafe=True).assert_foo))

# return_value / side_effect
m = Mock(return_value=3)
print(m(), m(1))
m.return_value = sentinel.result
print(m(), m() is sentinel.result, sentinel.result is sentinel.result, DEFAULT)
m = Mock(side_effect=[1, 2, ValueError('boom')])
print(m(), m())
check('iter exc', m)
check('exhausted', m)
m = Mock(side_effect=KeyError('k'))
check('exc instance', m)
m.side_effect = TypeError
check('exc class', m)
m.side_effect = lambda x, y=0: x + y
print(m(1, y=4))
m.side_effect = lambda: DEFAULT
m.return_value = 'dflt'
print(m())
m.side_effect = None
print(m())
it = Mock(side_effect=iter('ab'))
print(it(), it())

# configure / kwargs / reset / attach
m = Mock(**{'a.b.return_value': 5, 'c': 1, 'method.side_effect': KeyError})
print(m.a.b(), m.c)
check('configured side effect', m.method)
m.configure_mock(x=2, **{'y.return_value': 'Y'})
print(m.x, m.y())
m.a.b()
print(m.mock_calls)
m.reset_mock()
print(m.mock_calls, m.a.b.call_count, m.a.b(), m.c)
m.reset_mock(return_value=True)
print(name_of(m.a.b()))
m = Mock(return_value=1, side_effect=[7])
m.reset_mock(return_value=True, side_effect=True)
print(name_of(m()), m.side_effect)
parent = Mock()
child1, child2 = Mock(return_value=None), Mock(return_value=None)
parent.attach_mock(child1, 'first')
parent.attach_mock(child2, 'second')
child1(1)
child2.sub(2)
print(parent.mock_calls, name_of(child1))
p = Mock()
p.kid = Mock()
p.kid(5)
print(p.mock_calls, name_of(p.kid))

# spec / spec_set / wraps / NonCallableMock
class Thing:
    size = 3

    def run(self, a, b=2):
        return a + b

    def stop(self):
        pass


s = Mock(spec=Thing)
print(name_of(s), isinstance(s, Thing), name_of(s.run))
check('spec missing', lambda: s.nothing)
s.extra = 1
print(s.extra)
ss = Mock(spec_set=Thing)
check('spec_set set', lambda: setattr(ss, 'nothing', 1))
ss.size = 10
print(ss.size)
sl = Mock(spec=['alpha', 'beta'])
print(name_of(sl.alpha))
check('spec list', lambda: sl.gamma)
f = Mock(spec=lambda a, b: None)
f(1, b=2)
check('spec sig match', lambda: f.assert_called_with(1, 2))
inst = Thing()
w = Mock(wraps=inst)
print(w.run(1), w.run(1, b=5), w.run.call_args_list)
w2 = Mock(wraps=lambda x: x * 10)
print(w2(4))
w2.return_value = 'fixed'
print(w2(4))
nc = NonCallableMock()
check('noncallable', lambda: nc())
print(name_of(nc), name_of(nc.attr), name_of(nc.attr()))
d = Mock()
d.gone = 1
del d.gone
check('deleted attr', lambda: d.gone)
check('deleted again', lambda: delattr(d, 'gone'))
d.gone = 2
print(d.gone)
print(sorted(x for x in dir(Mock(spec=Thing)) if not x.startswith('_') and x in ('run', 'size', 'stop')))

# seal
sm = Mock()
sm.known.method.return_value = 1
seal(sm)
print(sm.known.method())
check('sealed', lambda: sm.unknown)
check('sealed child', lambda: sm.known.other)
check('sealed set', lambda: setattr(sm, 'newattr', Mock()) or 'ok')

# equality, hashing, str
a, b = Mock(), Mock()
print(a == a, a == b, a != b, len({a, b, a}), str(a) == repr(a), f'{a}' == repr(a))
print(sentinel.foo, repr(sentinel.bar), ANY, ANY == object(), ANY != 1)

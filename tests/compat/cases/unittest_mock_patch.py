# unittest.mock.patch: by name, patch.object, patch.dict, patch.multiple,
# start/stop/stopall, new/new_callable/return_value/side_effect/create/spec/
# autospec, as decorators (functions, TestCase classes and methods) and
# context managers, and a TestCase run through unittest.
import os
import sys
import json
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, sentinel, DEFAULT, call


def name_of(m):
    return repr(m).split(" id=")[0] + ">"


def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


class Greeter:
    greeting = 'hello'

    def greet(self, who):
        return '%s %s' % (self.greeting, who)

    @classmethod
    def make(cls):
        return cls()


def helper(x):
    return x + 1


def uses_helper(x):
    return helper(x) * 2


SETTINGS = {'debug': False, 'level': 1}
module = sys.modules[__name__]

# context manager, by name
with patch('__main__.helper') as h:
    h.return_value = 10
    print(uses_helper(1), name_of(h))
    h.assert_called_once_with(1)
print(uses_helper(1))
with patch('__main__.helper', return_value=7) as h:
    print(uses_helper(0))
with patch('__main__.helper', side_effect=[1, 2]):
    print(uses_helper(0), uses_helper(0))
with patch('__main__.helper', new=lambda x: -x) as h:
    print(uses_helper(3), h(1))
with patch('__main__.helper', new_callable=Mock) as h:
    print(type(h).__name__, name_of(h))
with patch('json.dumps', return_value='{}') as d:
    print(json.dumps({'a': 1}), d.call_args)
print(json.dumps({'a': 1}))
with patch('os.getcwd', return_value='/fake'):
    print(os.getcwd())
print(os.getcwd() != '/fake')
try:
    patch('__main__.nothing_here').start()
except AttributeError as e:
    print('missing attr', str(e).endswith("does not have the attribute 'nothing_here'"))
with patch('__main__.created', create=True, new='yes'):
    print(created)
print(hasattr(module, 'created'))
check('bad target', lambda: patch('nodots'))

# patch.object
with patch.object(Greeter, 'greet', return_value='mocked') as g:
    print(Greeter().greet('x'), g.call_args)
print(Greeter().greet('x'))
with patch.object(Greeter, 'greeting', 'hi'):
    print(Greeter().greet('y'))
print(Greeter().greet('y'))
with patch.object(Greeter, 'greet', autospec=True) as g:
    g.return_value = 'auto'
    obj = Greeter()
    print(obj.greet('z'))
    check('autospec sig', lambda: obj.greet())
    g.assert_called_once_with(obj, 'z')
    print(len(g.call_args_list), Greeter.greet is g)
with patch.object(Greeter, 'make', spec=True) as mk:
    print(name_of(mk))
check('object str', lambda: patch.object('Greeter', 'greet'))
with patch('__main__.Greeter') as G:
    G.return_value.greet.return_value = 'class mocked'
    print(Greeter().greet('q'), G.mock_calls)

# patch.dict
with patch.dict(SETTINGS, {'debug': True}, extra=1):
    print(sorted(SETTINGS.items()))
print(sorted(SETTINGS.items()))
with patch.dict(SETTINGS, {'only': 1}, clear=True) as d:
    print(SETTINGS, d is SETTINGS)
print(sorted(SETTINGS.items()))
with patch.dict('os.environ', {'MOCK_TEST_VAR': 'set'}):
    print(os.environ.get('MOCK_TEST_VAR'))
print(os.environ.get('MOCK_TEST_VAR'))


@patch.dict(SETTINGS, level=5)
def read_level():
    return SETTINGS['level']


print(read_level(), SETTINGS['level'])

# patch.multiple
with patch.multiple('__main__', helper=DEFAULT, SETTINGS={'x': 1}) as values:
    print(sorted(values), SETTINGS, name_of(values['helper']))
print(SETTINGS['level'])


@patch.multiple(Greeter, greeting='yo', greet=DEFAULT)
def multi(greet):
    greet.return_value = 'multi'
    return Greeter.greeting, Greeter().greet()


print(multi())

# start / stop / stopall
p1 = patch('__main__.helper', return_value=100)
started = p1.start()
print(uses_helper(0), started is helper)
p1.stop()
print(uses_helper(0), p1.stop())
patch('__main__.helper', return_value=1).start()
patch.object(Greeter, 'greeting', 'stopall').start()
patch.dict(SETTINGS, {'level': 9}).start()
print(uses_helper(0), Greeter.greeting, SETTINGS['level'])
patch.stopall()
print(uses_helper(0), Greeter.greeting, SETTINGS['level'])


# decorators
@patch('__main__.helper')
@patch.object(Greeter, 'greeting', 'decorated')
@patch('os.getcwd', return_value='/deco')
def decorated(getcwd, helper_mock, extra=None):
    helper_mock.return_value = 3
    return uses_helper(0), Greeter.greeting, os.getcwd(), extra, name_of(helper_mock), name_of(getcwd)


print(decorated(extra='e'))
print(decorated.__name__, uses_helper(0))


@patch('__main__.helper', side_effect=ValueError('inner'))
def raising(h):
    return uses_helper(1)


check('decorated raising', raising)
print(uses_helper(1))


@patch('__main__.helper', sentinel.replacement)
def with_new():
    return helper


print(with_new())


# a TestCase with patch on the class and on methods, run through unittest
@patch('__main__.helper', return_value=50)
class PatchedTests(unittest.TestCase):
    def test_class_patch(self, h):
        self.assertEqual(uses_helper(0), 100)
        h.assert_called_once_with(0)

    @patch.object(Greeter, 'greeting', 'hey')
    def test_method_patch(self, h):
        self.assertEqual(Greeter().greet('you'), 'hey you')

    @patch('os.getcwd')
    def test_mock_arg_order(self, getcwd, h):
        getcwd.return_value = '/here'
        self.assertEqual(os.getcwd(), '/here')
        self.assertIsInstance(h, MagicMock)

    def test_failure(self, h):
        helper(1)
        h.assert_called_with(2)

    def not_a_test(self):
        return 'untouched'


class PlainTests(unittest.TestCase):
    def setUp(self):
        patcher = patch('__main__.helper', return_value=-1)
        self.helper = patcher.start()
        self.addCleanup(patcher.stop)

    def test_started_in_setup(self):
        self.assertEqual(uses_helper(0), -2)

    @patch.dict(SETTINGS, {'debug': 'yes'})
    def test_dict(self):
        self.assertEqual(SETTINGS['debug'], 'yes')

    @unittest.expectedFailure
    @patch('__main__.helper', return_value=0)
    def test_expected_failure(self, h):
        self.assertEqual(uses_helper(0), 1)


result = unittest.TestResult()
loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(PatchedTests))
suite.addTests(loader.loadTestsFromTestCase(PlainTests))
suite.run(result)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors),
      'expected failures', len(result.expectedFailures))
for test, text in result.failures + result.errors:
    print(test.id(), text.strip().splitlines()[-3:])
print(uses_helper(0), SETTINGS, Greeter.greeting, PatchedTests('test_failure').not_a_test())

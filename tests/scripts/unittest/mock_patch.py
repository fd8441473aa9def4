# patch as a decorator (stacked, the mocks passed bottom-up), a context manager, a class
# decorator and with start()/stop()/stopall(); new=, return_value=, side_effect=,
# new_callable=, create=, spec=True, autospec=True; patch.object, patch.dict,
# patch.multiple; mock_open for reading and writing files; errors for bad targets.
import io
import os
import sys
import unittest
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, DEFAULT, mock_open, call

RATE = 2
SETTINGS = {'mode': 'prod'}


def compute(x, scale=1):
    return x * RATE * scale


def report():
    return 'report: %s' % compute(10)


class Store:
    limit = 5

    def get(self, key):
        return 'real ' + key

    def put(self, key, value):
        pass


def load(path):
    with open(path) as handle:
        return handle.read()


def r(obj):
    text = repr(obj)
    return text[:text.index(" id='")] + '>'


@patch('__main__.compute')
def decorated(fake):
    fake.return_value = 99
    print('decorated:', report(), r(fake), fake.call_args)


decorated()
print('after:', report())


@patch('__main__.RATE', 10)
@patch('__main__.compute', side_effect=lambda x, scale=1: -x)
@patch.object(Store, 'get', return_value='fake')
def stacked(get, compute_mock):
    print('stacked:', report(), Store().get('k'), RATE, get.call_args, compute_mock.call_args)


stacked()

with patch('__main__.compute', return_value=7) as fake:
    print('with:', report(), fake.call_count)
print('restored:', report())

with patch('__main__.RATE', new=100):
    print('new=:', compute(1))
with patch('__main__.Store', spec=True) as store_class:
    print(r(store_class), r(store_class()), r(store_class().get))
with patch('__main__.Store', new_callable=lambda: 'replaced'):
    print(Store)
with patch('__main__.extra', create=True, new='created'):
    print(extra)
print('extra' in globals())

# autospec: signatures checked, methods get self
with patch('__main__.compute', autospec=True) as auto:
    auto.return_value = 1
    print(report(), auto.call_args)
    try:
        compute()
    except TypeError as e:
        print('TypeError:', e)
    print(type(auto).__name__, r(auto.mock))
with patch.object(Store, 'put', autospec=True) as put:
    store = Store()
    store.put('k', 'v')
    put.assert_called_once_with(store, 'k', 'v')
    try:
        store.put('k')
    except TypeError as e:
        print('TypeError:', e)
with patch('__main__.Store', autospec=True) as store_class:
    instance = Store()
    instance.get.return_value = 'autospecced'
    print(instance.get('a'), store_class.mock_calls)
    try:
        instance.missing
    except AttributeError as e:
        print('AttributeError:', e)

# start / stop / stopall
patcher = patch('__main__.RATE', 3)
print(patcher.start(), RATE)
started = patch.object(Store, 'limit', 50)
started.start()
fake_compute = patch('__main__.compute').start()
fake_compute.return_value = 0
print(report(), Store.limit)
print(patcher.stop(), RATE, patcher.stop())
patch.stopall()
print(report(), Store.limit)

# patch.dict
with patch.dict(SETTINGS, {'mode': 'test', 'debug': True}):
    print(sorted(SETTINGS.items()))
print(SETTINGS)
with patch.dict('__main__.SETTINGS', clear=True, fresh=1):
    print(SETTINGS)
print(SETTINGS)
with patch.dict(os.environ, {'MINIPY_MOCK_TEST': 'on'}):
    print(os.environ.get('MINIPY_MOCK_TEST'))
print(os.environ.get('MINIPY_MOCK_TEST'))


@patch.dict(SETTINGS, mode='decorated')
def dict_decorated():
    return SETTINGS['mode']


print(dict_decorated(), SETTINGS['mode'])

# patch.multiple
with patch.multiple('__main__', RATE=4, compute=DEFAULT) as made:
    print(sorted(made), RATE, r(made['compute']))


@patch.multiple(Store, get=DEFAULT, limit=0)
def multiple_decorated(get):
    get.return_value = 'multi'
    print(Store().get('x'), Store.limit)


multiple_decorated()

# a TestCase class decorated: each test method is patched
@patch('__main__.RATE', 1000)
class PatchedTests(unittest.TestCase):
    def test_rate(self):
        self.assertEqual(RATE, 1000)

    @patch('__main__.compute')
    def test_extra_mock(self, fake):
        fake.return_value = 1
        self.assertEqual(report(), 'report: 1')

    def helper(self):
        return RATE


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(PatchedTests))
print([line for line in stream.getvalue().splitlines() if ' ... ' in line])
print(PatchedTests('test_rate').helper(), result.wasSuccessful())

# patching builtins and sys
with patch('sys.stdout', new_callable=io.StringIO) as out:
    print('hidden line')
print(repr(out.getvalue()))
with patch('builtins.input', return_value='yes') as fake_input:
    answer = input('continue? ')
print(answer, fake_input.call_args)

# mock_open
with patch('builtins.open', mock_open(read_data='first\nsecond\nthird\n')) as fake_open:
    print(repr(load('data.txt')))
    fake_open.assert_called_once_with('data.txt')
    with open('data.txt') as handle:
        print(repr(handle.readline()), handle.readlines())
    with open('data.txt') as handle:
        print([line for line in handle])
    with open('out.txt', 'w') as handle:
        handle.write('hello ')
        handle.write('world')
    handle.write.assert_any_call('world')
    print(handle.write.call_args_list)
    print(fake_open.call_args_list)
    print(fake_open.mock_calls[:3])
binary = mock_open(read_data=b'\x00\x01')
print(binary().read(), binary().read(1))
configured = mock_open()
configured.return_value.read.return_value = 'fixed'
print(configured().read(), configured().read())

# errors
try:
    patch('no_dots_here')
except TypeError as e:
    print('TypeError:', e)
try:
    with patch('__main__.not_there'):
        pass
except AttributeError as e:
    print('AttributeError: ... does not' + str(e).split(' does not')[1])
try:
    patch.object('__main__', 'RATE')
except TypeError as e:
    print('TypeError:', e)
try:
    patch('__main__.RATE', new=1, new_callable=list)
except ValueError as e:
    print('ValueError:', e)
try:
    with patch('__main__.compute', spec=True, autospec=True):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    patch.multiple(Store)
except ValueError as e:
    print('ValueError:', e)
try:
    with patch('__main__.RATE', 5, wrong_kwarg=1):
        pass
except TypeError as e:
    print('TypeError:', e)

# expect: decorated: report: 99 <MagicMock name='compute'> call(10)
# expect: after: report: 20
# expect: stacked: report: -10 fake 10 call('k') call(10)
# expect: with: report: 7 1
# expect: restored: report: 20
# expect: new=: 100
# expect: <MagicMock name='Store' spec='Store'> <NonCallableMagicMock name='Store()' spec='Store'> <MagicMock name='Store().get'>
# expect: replaced
# expect: created
# expect: False
# expect: report: 1 call(10)
# expect: TypeError: missing a required argument: 'x'
# expect: function <MagicMock name='compute' spec='function'>
# expect: TypeError: missing a required argument: 'value'
# expect: autospecced [call(), call().get('a')]
# expect: AttributeError: Mock object has no attribute 'missing'
# expect: 3 3
# expect: report: 0 50
# expect: False 2 None
# expect: report: 20 5
# expect: [('debug', True), ('mode', 'test')]
# expect: {'mode': 'prod'}
# expect: {'fresh': 1}
# expect: {'mode': 'prod'}
# expect: on
# expect: None
# expect: decorated prod
# expect: ['compute'] 4 <MagicMock name='compute'>
# expect: multi 0
# expect: ['test_extra_mock (__main__.PatchedTests.test_extra_mock) ... ok', 'test_rate (__main__.PatchedTests.test_rate) ... ok']
# expect: 2 True
# expect: 'hidden line\n'
# expect: yes call('continue? ')
# expect: 'first\nsecond\nthird\n'
# expect: 'first\n' ['second\n', 'third\n']
# expect: ['first\n', 'second\n', 'third\n']
# expect: [call('hello '), call('world')]
# expect: [call('data.txt'), call('data.txt'), call('data.txt'), call('out.txt', 'w')]
# expect: [call('data.txt'), call().__enter__(), call().read()]
# expect: b'\x00\x01' b'\x00'
# expect: fixed fixed
# expect: TypeError: Need a valid target to patch. You supplied: 'no_dots_here'
# expect: AttributeError: ... does not have the attribute 'not_there'
# expect: TypeError: '__main__' must be the actual object to be patched, not a str
# expect: ValueError: Cannot use 'new' and 'new_callable' together
# expect: TypeError: Can't specify spec and autospec
# expect: ValueError: Must supply at least one keyword argument with patch.multiple
# expect: TypeError: Can't pass kwargs to a mock we aren't creating

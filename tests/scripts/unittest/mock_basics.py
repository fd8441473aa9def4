# unittest.mock basics: Mock and MagicMock record calls (call_args, call_args_list,
# mock_calls, method_calls), answer them with return_value or side_effect (an exception,
# an iterable, a function), wrap real objects, are configured, reset and attached; call,
# ANY, DEFAULT and sentinel; the reprs of mocks (their ids cut off).
from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, DEFAULT, sentinel
import unittest.mock


def r(obj):
    """A mock's repr without its id."""
    text = repr(obj)
    return text[:text.index(" id='")] + '>'


print(unittest.mock.Mock is Mock, mock.MagicMock is MagicMock)

m = Mock()
m(1, 2, key='v')
m.method(3)
m.attr.nested(4)
m.method().chained(5)
print(m.called, m.call_count)
print(m.call_args)
print(m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args_list)
print(m.call_args == call(1, 2, key='v'), m.call_args == ((1, 2), {'key': 'v'}))
print(m.mock_calls[1] == call.method(3), m.mock_calls[1] == call.other(3))

# reprs
print(r(m), r(m.method), r(m.method()), r(m.method().chained))
named = Mock(name='db')
print(r(named), r(named.connect()), r(named.connect().cursor))
print(r(MagicMock()), r(NonCallableMock(name='nc')), r(Mock(spec=list)), r(Mock(spec_set=dict)))

# return_value and side_effect
m = Mock(return_value=42)
print(m(), m('x'))
m.side_effect = [1, 2, ValueError('third')]
print(m(), m())
try:
    m()
except ValueError as e:
    print('ValueError:', e)
try:
    m()
except StopIteration:
    print('StopIteration when exhausted')
m.side_effect = KeyError('k')
try:
    m()
except KeyError as e:
    print('KeyError:', e)
m.side_effect = lambda x: x * 10
print(m(4))
m.side_effect = lambda x: DEFAULT
print(m(4))
m.side_effect = None
print(m(), m.call_count)

# the default return value is one child mock, the same each time
m = Mock()
print(m() is m(), m.return_value is m())

# wraps
class Calculator:
    factor = 3
    def triple(self, n):
        return n * self.factor
w = Mock(wraps=Calculator())
print(w.triple(5), w.triple.call_args)
w.triple.return_value = 0
print(w.triple(5))

# configure_mock, keyword attributes, dotted names
m = Mock(name='cfg', **{'method.return_value': 3, 'other.side_effect': KeyError, 'value': 7})
print(m.method(), m.value)
try:
    m.other()
except KeyError:
    print('KeyError from other')
m.configure_mock(**{'a.b.return_value': 'deep'})
print(m.a.b())

# reset_mock
m = Mock(return_value=1)
m(); m.child(); m.child.return_value = 5
m.reset_mock()
print(m.call_count, m.mock_calls, m.child.call_count, m(), m.child())
m.reset_mock(return_value=True)
print(type(m()).__name__)

# attach_mock: calls of attached mocks recorded in the parent
manager = Mock()
first, second = Mock(return_value=None), Mock(return_value=None)
manager.attach_mock(first, 'first')
manager.attach_mock(second, 'second')
second(2); first(1)
print(manager.mock_calls)
print(manager.mock_calls == [call.second(2), call.first(1)])

# call objects
print(call(1, a=2), call.foo(3), call.foo.bar(), call().x(1))
print(call.a(1).b(2).call_list())
print(call(1, 2) == call(1, ANY), call(1, [2]) == call(ANY, [ANY]), call(1) != call(2))
print(call(1).args, call(x=1).kwargs, type(call(1)).__name__)
try:
    hash(call(1))
except TypeError as e:
    print(e)

# ANY, DEFAULT, sentinel
print(ANY == 1, ANY == object(), ANY != 'x', repr(ANY))
print(sentinel.token, sentinel.token is sentinel.token, sentinel.token is sentinel.other, DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

# attribute errors
m = Mock()
try:
    m.assret_called()
except AttributeError as e:
    print(e)
try:
    Mock().__iter__
except AttributeError as e:
    print('AttributeError:', e)
del m.gone
try:
    m.gone
except AttributeError as e:
    print('AttributeError:', e)
try:
    NonCallableMock()()
except TypeError as e:
    print(e)
print(Mock(unsafe=True).assert_anything() is not None)
print(dir(Mock()))

# expect: True True
# expect: True 1
# expect: call(1, 2, key='v')
# expect: (1, 2) {'key': 'v'}
# expect: [call(1, 2, key='v')]
# expect: [call(1, 2, key='v'),
# expect:  call.method(3),
# expect:  call.attr.nested(4),
# expect:  call.method(),
# expect:  call.method().chained(5)]
# expect: [call.method(3), call.attr.nested(4), call.method()]
# expect: [call(3), call()]
# expect: True True
# expect: True False
# expect: <Mock> <Mock name='mock.method'> <Mock name='mock.method()'> <Mock name='mock.method().chained'>
# expect: <Mock name='db'> <Mock name='db.connect()'> <Mock name='db.connect().cursor'>
# expect: <MagicMock> <NonCallableMock name='nc'> <Mock spec='list'> <Mock spec_set='dict'>
# expect: 42 42
# expect: 1 2
# expect: ValueError: third
# expect: StopIteration when exhausted
# expect: KeyError: 'k'
# expect: 40
# expect: 42
# expect: 42 10
# expect: True True
# expect: 15 call(5)
# expect: 0
# expect: 3 7
# expect: KeyError from other
# expect: deep
# expect: 0 [call(), call.child()] 0 1 5
# expect: Mock
# expect: [call.second(2), call.first(1)]
# expect: True
# expect: call(1, a=2) call.foo(3) call.foo.bar() call().x(1)
# expect: [call.a(1), call.a().b(2)]
# expect: True True True
# expect: (1,) {'x': 1} _Call
# expect: unhashable type: '_Call'
# expect: True True False <ANY>
# expect: sentinel.token True False sentinel.DEFAULT
# expect: True
# expect: 'assret_called' is not a valid assertion. Use a spec for the mock if 'assret_called' is meant to be an attribute.
# expect: AttributeError: __iter__
# expect: AttributeError: gone
# expect: 'NonCallableMock' object is not callable
# expect: True
# expect: ['assert_any_call', 'assert_called', 'assert_called_once', 'assert_called_once_with', 'assert_called_with', 'assert_has_calls', 'assert_not_called', 'attach_mock', 'call_args', 'call_args_list', 'call_count', 'called', 'configure_mock', 'method_calls', 'mock_add_spec', 'mock_calls', 'reset_mock', 'return_value', 'side_effect']

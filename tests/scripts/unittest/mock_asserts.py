# The assert_* methods of mocks and their failure messages, worded as CPython's:
# assert_called, assert_called_once, assert_called_with, assert_called_once_with,
# assert_any_call, assert_has_calls (in order and any_order), assert_not_called; a
# spec's signature lets f(1) match f(a=1); ANY in expected calls.
from unittest.mock import Mock, MagicMock, call, ANY, create_autospec


def check(label, assertion, *args, **kwargs):
    try:
        assertion(*args, **kwargs)
    except AssertionError as e:
        print('%s: AssertionError' % label)
        print(e)
        if e.__cause__ is not None:
            print('  caused by %s: %s' % (type(e.__cause__).__name__, e.__cause__))
    else:
        print('%s: ok' % label)


fresh = Mock()
named = Mock(name='fetch')
check('called (never)', fresh.assert_called)
check('called (never, named)', named.assert_called)
check('called_once (never)', named.assert_called_once)
check('called_with (never)', named.assert_called_with, 1, x=2)
check('called_once_with (never)', named.assert_called_once_with, 1)
check('not_called (never)', fresh.assert_not_called)

named('a', 1)
named('b', 2, flag=True)
named.child(3)
check('called', named.assert_called)
check('called_once (twice)', named.assert_called_once)
check('not_called (twice)', named.assert_not_called)
check('called_with (last)', named.assert_called_with, 'b', 2, flag=True)
check('called_with (not last)', named.assert_called_with, 'a', 1)
check('called_with (ANY)', named.assert_called_with, ANY, 2, flag=ANY)
check('called_once_with', named.assert_called_once_with, 'b', 2, flag=True)
check('any_call', named.assert_any_call, 'a', 1)
check('any_call (missing)', named.assert_any_call, 'c', 3)
check('any_call (kwargs)', named.assert_any_call, 'b', 2, flag=False)

check('has_calls', named.assert_has_calls, [call('a', 1), call('b', 2, flag=True)])
check('has_calls (with child)', named.assert_has_calls, [call('b', 2, flag=True), call.child(3)])
check('has_calls (wrong order)', named.assert_has_calls, [call('b', 2, flag=True), call('a', 1)])
check('has_calls (any_order)', named.assert_has_calls, [call.child(3), call('a', 1)], any_order=True)
check('has_calls (any_order, missing)', named.assert_has_calls, [call('z'), call('a', 1), call.y()], any_order=True)
check('has_calls (empty)', named.assert_has_calls, [])

once = Mock()
once(1)
check('called_once_with (other args)', once.assert_called_once_with, 2)
check('called_once_with (right args)', once.assert_called_once_with, 1)
once(1)
check('called_once_with (twice)', once.assert_called_once_with, 1)

# many calls: the list of calls is pretty-printed over several lines
many = Mock(name='many')
for i in range(8):
    many(i, 'argument-%d' % i)
check('not_called (many)', many.assert_not_called)
check('has_calls (many)', many.assert_has_calls, [call(9)])

# with a spec, calls are compared by their bound arguments
def target(a, b, c=3):
    pass
spec_mock = Mock(spec=target)
spec_mock(1, 2)
check('spec called_with keywords', spec_mock.assert_called_with, a=1, b=2)
check('spec called_with mixed', spec_mock.assert_called_with, 1, b=2, c=3)
check('spec called_with wrong', spec_mock.assert_called_with, 1, 3)
auto = create_autospec(target)
auto(1, 2)
check('autospec called_with bad args', auto.assert_called_with, 1, 2, 3, 4)
check('autospec has_calls bad args', auto.assert_has_calls, [call(1, 2, 3, 4)])
check('autospec any_call keywords', auto.assert_any_call, b=2, a=1)

# method calls of a magic mock, and calls on its return value
mm = MagicMock(name='client')
mm.get('/path', timeout=3)
mm.session().close()
print(mm.method_calls)
print(mm.mock_calls)
check('child called_once_with', mm.get.assert_called_once_with, '/path', timeout=5)
check('nested has_calls', mm.assert_has_calls, [call.session(), call.session().close()])
print(mm.get.call_args_list == [call('/path', timeout=3)])

# expect: called (never): AssertionError
# expect: Expected 'mock' to have been called.
# expect: called (never, named): AssertionError
# expect: Expected 'fetch' to have been called.
# expect: called_once (never): AssertionError
# expect: Expected 'fetch' to have been called once. Called 0 times.
# expect: called_with (never): AssertionError
# expect: expected call not found.
# expect: Expected: fetch(1, x=2)
# expect:   Actual: not called.
# expect: called_once_with (never): AssertionError
# expect: Expected 'fetch' to be called once. Called 0 times.
# expect: not_called (never): ok
# expect: called: ok
# expect: called_once (twice): AssertionError
# expect: Expected 'fetch' to have been called once. Called 2 times.
# expect: Calls: [call('a', 1), call('b', 2, flag=True), call.child(3)].
# expect: not_called (twice): AssertionError
# expect: Expected 'fetch' to not have been called. Called 2 times.
# expect: Calls: [call('a', 1), call('b', 2, flag=True), call.child(3)].
# expect: called_with (last): ok
# expect: called_with (not last): AssertionError
# expect: expected call not found.
# expect: Expected: fetch('a', 1)
# expect:   Actual: fetch('b', 2, flag=True)
# expect: called_with (ANY): ok
# expect: called_once_with: AssertionError
# expect: Expected 'fetch' to be called once. Called 2 times.
# expect: Calls: [call('a', 1), call('b', 2, flag=True), call.child(3)].
# expect: any_call: ok
# expect: any_call (missing): AssertionError
# expect: fetch('c', 3) call not found
# expect: any_call (kwargs): AssertionError
# expect: fetch('b', 2, flag=False) call not found
# expect: has_calls: ok
# expect: has_calls (with child): ok
# expect: has_calls (wrong order): AssertionError
# expect: Calls not found.
# expect: Expected: [call('b', 2, flag=True), call('a', 1)]
# expect:   Actual: [call('a', 1), call('b', 2, flag=True), call.child(3)]
# expect: has_calls (any_order): ok
# expect: has_calls (any_order, missing): AssertionError
# expect: 'fetch' does not contain all of (call('z'), call.y()) in its call list, found [call('b', 2, flag=True), call.child(3)] instead
# expect: has_calls (empty): ok
# expect: called_once_with (other args): AssertionError
# expect: expected call not found.
# expect: Expected: mock(2)
# expect:   Actual: mock(1)
# expect: called_once_with (right args): ok
# expect: called_once_with (twice): AssertionError
# expect: Expected 'mock' to be called once. Called 2 times.
# expect: Calls: [call(1), call(1)].
# expect: not_called (many): AssertionError
# expect: Expected 'many' to not have been called. Called 8 times.
# expect: Calls: [call(0, 'argument-0'),
# expect:  call(1, 'argument-1'),
# expect:  call(2, 'argument-2'),
# expect:  call(3, 'argument-3'),
# expect:  call(4, 'argument-4'),
# expect:  call(5, 'argument-5'),
# expect:  call(6, 'argument-6'),
# expect:  call(7, 'argument-7')].
# expect: has_calls (many): AssertionError
# expect: Calls not found.
# expect: Expected: [call(9)]
# expect:   Actual: [call(0, 'argument-0'),
# expect:  call(1, 'argument-1'),
# expect:  call(2, 'argument-2'),
# expect:  call(3, 'argument-3'),
# expect:  call(4, 'argument-4'),
# expect:  call(5, 'argument-5'),
# expect:  call(6, 'argument-6'),
# expect:  call(7, 'argument-7')]
# expect: spec called_with keywords: ok
# expect: spec called_with mixed: AssertionError
# expect: expected call not found.
# expect: Expected: mock(1, b=2, c=3)
# expect:   Actual: mock(1, 2)
# expect: spec called_with wrong: AssertionError
# expect: expected call not found.
# expect: Expected: mock(1, 3)
# expect:   Actual: mock(1, 2)
# expect: autospec called_with bad args: AssertionError
# expect: expected call not found.
# expect: Expected: mock(1, 2, 3, 4)
# expect:   Actual: mock(1, 2)
# expect:   caused by TypeError: too many positional arguments
# expect: autospec has_calls bad args: AssertionError
# expect: Error processing expected calls.
# expect: Errors: [TypeError('too many positional arguments')]
# expect: Expected: [call(1, 2, 3, 4)]
# expect:   Actual: [call(1, 2)]
# expect:   caused by TypeError: too many positional arguments
# expect: autospec any_call keywords: ok
# expect: [call.get('/path', timeout=3), call.session()]
# expect: [call.get('/path', timeout=3), call.session(), call.session().close()]
# expect: child called_once_with: AssertionError
# expect: expected call not found.
# expect: Expected: get('/path', timeout=5)
# expect:   Actual: get('/path', timeout=3)
# expect: nested has_calls: ok
# expect: True

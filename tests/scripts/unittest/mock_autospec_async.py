# create_autospec: functions (a real function checking its arguments, with the mock's
# assertions), classes (the instance spec'd too, methods without self), instance=True,
# spec_set; AsyncMock: calls give coroutines, await returns return_value or the
# side_effect's result, the assert_awaited* methods and their messages; magic async
# protocols of MagicMock (async with, async for).
import asyncio
import inspect
from unittest.mock import (create_autospec, AsyncMock, MagicMock, Mock, call, patch,
                           NonCallableMagicMock)


def r(obj):
    text = repr(obj)
    return text[:text.index(" id='")] + '>'


def greet(name, greeting='hello', *, punctuation='!'):
    return '%s %s%s' % (greeting, name, punctuation)


fake = create_autospec(greet, return_value='stubbed')
print(type(fake).__name__, fake.__name__, inspect.signature(fake))
print(fake('bob'), fake('amy', greeting='hi', punctuation='?'))
for args, kwargs in (((), {}), (('a', 'b', 'c'), {}), (('a',), {'colour': 'red'}),
                     (('a',), {'name': 'b'})):
    try:
        fake(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
print(fake.call_count, fake.call_args_list)
fake.assert_called_with('amy', greeting='hi', punctuation='?')
fake.assert_any_call(name='bob')
print(r(fake.mock))
fake.reset_mock()
print(fake.call_count, fake.called)
fake.side_effect = ValueError('from side effect')
try:
    fake('x')
except ValueError as e:
    print('ValueError:', e)


class Engine:
    wheels = 4

    def __init__(self, fuel):
        self.fuel = fuel

    def start(self, speed, *, gear=1):
        return speed

    @classmethod
    def build(cls, kind):
        return cls(kind)

    @staticmethod
    def honk(times):
        return 'honk' * times


EngineMock = create_autospec(Engine)
print(r(EngineMock))
engine = EngineMock('diesel')
print(r(engine), r(engine.start))
engine.start(10, gear=2)
engine.start.assert_called_once_with(10, gear=2)
EngineMock.build('x')
EngineMock.honk(2)
for attempt in (lambda: EngineMock(), lambda: engine.start(), lambda: engine.start(1, 2),
                lambda: EngineMock.build(), lambda: EngineMock.honk(1, 2)):
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)
try:
    engine.stop()
except AttributeError as e:
    print('AttributeError:', e)
print(EngineMock.mock_calls)
print(r(engine.wheels), isinstance(engine, Engine))

instance = create_autospec(Engine, instance=True)
print(r(instance))
try:
    instance()
except TypeError as e:
    print('TypeError:', e)
strict = create_autospec(Engine, spec_set=True)
try:
    strict.colour = 'red'
except AttributeError as e:
    print('AttributeError:', e)

# AsyncMock
async def fetch(url, retries=3):
    return 'real'


async def main():
    am = AsyncMock(return_value='page')
    coroutine = am('http://x', retries=1)
    print(inspect.iscoroutine(coroutine), am.call_count, am.await_count)
    print(await coroutine, am.await_count, am.await_args)
    am.assert_awaited()
    am.assert_awaited_once()
    am.assert_awaited_with('http://x', retries=1)
    am.assert_awaited_once_with('http://x', retries=1)
    am.assert_any_await('http://x', retries=1)
    await am('second')
    am.assert_has_awaits([call('http://x', retries=1), call('second')])
    for check in (lambda: am.assert_awaited_once(), lambda: am.assert_awaited_with('third'),
                  lambda: am.assert_not_awaited(), lambda: am.assert_any_await('none'),
                  lambda: am.assert_has_awaits([call('second'), call('http://x', retries=1)]),
                  lambda: am.assert_has_awaits([call('z')], any_order=True)):
        try:
            check()
        except AssertionError as e:
            print('AssertionError:', e)
    print(am.await_args_list)
    fresh = AsyncMock(name='fresh')
    for check in (fresh.assert_awaited, fresh.assert_awaited_once,
                  lambda: fresh.assert_awaited_with(1), lambda: fresh.assert_awaited_once_with(1)):
        try:
            check()
        except AssertionError as e:
            print('AssertionError:', e)
    fresh.assert_not_awaited()

    effects = AsyncMock(side_effect=[1, KeyError('k'), 3])
    print(await effects())
    try:
        await effects()
    except KeyError as e:
        print('KeyError:', e)
    print(await effects())

    async def doubler(n):
        return n * 2
    print(await AsyncMock(side_effect=doubler)(21), await AsyncMock(side_effect=lambda n: n + 1)(1))
    try:
        await AsyncMock(side_effect=RuntimeError('boom'))()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(r(await AsyncMock()()), type(AsyncMock().child).__name__, type(AsyncMock().__str__).__name__)

    with patch('__main__.fetch') as patched:
        patched.return_value = 'patched page'
        print(type(patched).__name__, await fetch('u'))
        patched.assert_awaited_once_with('u')

    auto = create_autospec(fetch, return_value='auto')
    print(await auto('u'), asyncio.iscoroutinefunction(auto))
    auto.assert_awaited_once_with('u')
    try:
        auto()
    except TypeError as e:
        print('TypeError:', e)

    specced = Mock(spec=fetch)
    print(type(specced).__name__, asyncio.iscoroutinefunction(specced), await specced('v') is not None)

    class Client:
        async def get(self):
            pass

        def close(self):
            pass
    client = MagicMock(spec=Client)
    print(type(client.get).__name__, type(client.close).__name__)

    context = MagicMock()
    context.__aenter__.return_value = 'resource'
    async with context as resource:
        print('async with:', resource)
    print(type(context.__aenter__).__name__, context.__aexit__.await_count)
    stream = MagicMock()
    stream.__aiter__.return_value = ['a', 'b']
    print([item async for item in stream])


asyncio.run(main())
print(asyncio.iscoroutinefunction(AsyncMock()), inspect.iscoroutinefunction(AsyncMock()))

# expect: function greet (name, greeting='hello', *, punctuation='!')
# expect: stubbed stubbed
# expect: TypeError: missing a required argument: 'name'
# expect: TypeError: too many positional arguments
# expect: TypeError: got an unexpected keyword argument 'colour'
# expect: TypeError: multiple values for argument 'name'
# expect: 2 [call('bob'), call('amy', greeting='hi', punctuation='?')]
# expect: <MagicMock spec='function'>
# expect: 0 False
# expect: ValueError: from side effect
# expect: <MagicMock spec='Engine'>
# expect: <NonCallableMagicMock name='mock()' spec='Engine'> <MagicMock name='mock().start' spec='function'>
# expect: TypeError: missing a required argument: 'fuel'
# expect: TypeError: missing a required argument: 'speed'
# expect: TypeError: too many positional arguments
# expect: TypeError: missing a required argument: 'kind'
# expect: TypeError: too many positional arguments
# expect: AttributeError: Mock object has no attribute 'stop'
# expect: [call('diesel'), call().start(10, gear=2), call.build('x'), call.honk(2)]
# expect: <NonCallableMagicMock name='mock().wheels' spec='int'> True
# expect: <NonCallableMagicMock spec='Engine'>
# expect: TypeError: 'NonCallableMagicMock' object is not callable
# expect: AttributeError: Mock object has no attribute 'colour'
# expect: True 1 0
# expect: page 1 call('http://x', retries=1)
# expect: AssertionError: Expected mock to have been awaited once. Awaited 2 times.
# expect: AssertionError: expected await not found.
# expect: Expected: mock('third')
# expect:   Actual: mock('second')
# expect: AssertionError: Expected mock to not have been awaited. Awaited 2 times.
# expect: AssertionError: mock('none') await not found
# expect: AssertionError: Awaits not found.
# expect: Expected: [call('second'), call('http://x', retries=1)]
# expect: Actual: [call('http://x', retries=1), call('second')]
# expect: AssertionError: (call('z'),) not all found in await list
# expect: [call('http://x', retries=1), call('second')]
# expect: AssertionError: Expected fresh to have been awaited.
# expect: AssertionError: Expected fresh to have been awaited once. Awaited 0 times.
# expect: AssertionError: Expected await: fresh(1)
# expect: Not awaited
# expect: AssertionError: Expected fresh to have been awaited once. Awaited 0 times.
# expect: 1
# expect: KeyError: 'k'
# expect: 3
# expect: 42 2
# expect: RuntimeError: boom
# expect: <AsyncMock name='mock()'> AsyncMock MagicMock
# expect: AsyncMock patched page
# expect: auto True
# expect: TypeError: missing a required argument: 'url'
# expect: Mock True True
# expect: AsyncMock MagicMock
# expect: async with: resource
# expect: AsyncMock 1
# expect: ['a', 'b']
# expect: True True

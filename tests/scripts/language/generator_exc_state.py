# A generator or coroutine suspended inside an except clause keeps the exception it handles:
# after resuming, sys.exc_info() and a bare raise see it, and a new exception takes it as its
# context; where the frame handles none, it sees its caller's (sys.exc_info, sys.exception).
import asyncio
import sys


def gen():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        print("resumed:", repr(sys.exc_info()[1]), repr(sys.exception()))
        raise


g = gen()
next(g)
print("outside:", sys.exc_info())  # expect: outside: (None, None, None)
try:
    next(g)  # expect: resumed: ValueError('v') ValueError('v')
except Exception as e:
    print("reraised:", repr(e))  # expect: reraised: ValueError('v')


def gen_context():
    try:
        raise KeyError("k")
    except KeyError:
        yield
        raise TypeError("t")


g = gen_context()
next(g)
try:
    next(g)
except TypeError as e:
    print("context:", repr(e.__context__))  # expect: context: KeyError('k')


def gen_throw():
    try:
        yield
    except ZeroDivisionError:
        yield "caught"
        raise


g = gen_throw()
next(g)
print(g.throw(ZeroDivisionError("z")))  # expect: caught
try:
    next(g)
except ZeroDivisionError as e:
    print("after throw:", repr(e))  # expect: after throw: ZeroDivisionError('z')


def sees_caller():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


g = sees_caller()
try:
    raise OSError("outer")
except OSError:
    print("caller's:", next(g))  # expect: caller's: OSError('outer')
print("no longer:", next(g))  # expect: no longer: None


def bare_raise_of_caller():
    raise


try:
    raise LookupError("from caller")
except LookupError:
    try:
        bare_raise_of_caller()
    except LookupError as e:
        print("bare raise:", repr(e))  # expect: bare raise: LookupError('from caller')


def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        yield
        try:
            raise IndexError("deeper")
        except IndexError:
            print("deeper context:", repr(sys.exc_info()[1].__context__))
        print("back to:", repr(sys.exc_info()[1]))


g = nested()
next(g)
next(g, None)
# expect: deeper context: ValueError('inner')
# expect: back to: ValueError('inner')


async def cleanup_then_reraise(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        print(name, "cleaned up")
        raise


async def main():
    tasks = [asyncio.create_task(cleanup_then_reraise(f"t{i}")) for i in range(2)]
    await asyncio.sleep(0.01)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])


asyncio.run(main())
# expect: t0 cleaned up
# expect: t1 cleaned up
# expect: ['CancelledError', 'CancelledError']
# expect: [True, True]
print("at the end:", sys.exc_info())  # expect: at the end: (None, None, None)

# The names types gives the interpreter's own types, and types.coroutine.
import asyncio
import sys
import types


def f():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


tb = f()
print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType),
      isinstance(sys._getframe(), types.FrameType))


def outer():
    x = 1
    return lambda: x


print(isinstance(outer().__closure__[0], types.CellType))


async def agen():
    yield 1


print(isinstance(agen(), types.AsyncGeneratorType), types.AsyncGeneratorType.__name__, types.CellType.__name__,
      types.TracebackType.__name__, types.FrameType.__name__)
print(all(hasattr(types, n) for n in types.__all__))


@types.coroutine
def pause(value):
    got = yield
    return value


async def main():
    a = await asyncio.sleep(0, "x")
    return a, await pause(7)


print(asyncio.run(main()))

# expect: True True True
# expect: True
# expect: True async_generator cell traceback frame
# expect: True
# expect: ('x', 7)

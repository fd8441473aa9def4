# generator, coroutine and async generator attributes: ag_running/ag_code/ag_frame, and what a
# suspended yield from or await waits on (gi_yieldfrom, cr_await, ag_await).
import asyncio, types
async def agen():
    yield 1
async def co():
    await asyncio.sleep(0)
def inner():
    yield 1
def outer():
    yield from inner()
g = agen()
print(g.ag_running, g.ag_code.co_name, g.ag_await, type(g.ag_frame).__name__)
c = co()
print(c.cr_await, c.cr_origin, c.cr_running, c.cr_code.co_name)
c.send(None)
print(type(c.cr_await).__name__)
c.close()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__, o.gi_running)
list(o)
print(o.gi_yieldfrom, o.gi_frame)

# expect: False agen None frame
# expect: None None False co
# expect: coroutine
# expect: None
# expect: inner False
# expect: None None

# A suspended or unstarted generator's frame has no caller (f_back is None), however the
# generator was last resumed; while it runs, f_back is its resumer.
import gc
import sys


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2


def step(g):
    return next(g)


def small():
    return 1


small()
g = gen()
print(g.gi_frame.f_back)
print(step(g))
print(g.gi_frame.f_back)
for v in g:
    print(v, g.gi_frame.f_back if g.gi_frame else None)

g2 = gen()
ns = {}
exec("def step(g):\n    return next(g)\n", ns)
print(ns["step"](g2))
del ns
gc.collect()
print(g2.gi_frame.f_back)
d = {}
print(d)


async def coro():
    return sys._getframe().f_back is not None

c = coro()
print(c.cr_frame.f_back)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine saw a caller:", e.value)

# expect: None
# expect: step
# expect: None
# expect: 2 None
# expect: step
# expect: None
# expect: {}
# expect: None
# expect: coroutine saw a caller: True

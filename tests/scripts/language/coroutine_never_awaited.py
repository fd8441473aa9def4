# A coroutine freed before it ever ran warns as CPython's does: at the line that dropped it,
# with the tracemalloc hint; at exit, from "sys:1", without it (the output CPython 3.11 gave).
async def hello():
    pass


c = hello()
del c
print("end")
d = hello()

# expect: end
# expect-stderr:   del c
# expect-stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect-stderr: sys:1: RuntimeWarning: coroutine 'hello' was never awaited

# An exception in a Future's done-callback is logged with its traceback on the
# "concurrent.futures" logger, as CPython does; queue.Empty is _queue's, as CPython's; an
# uncaught exception of a nested class is shown by its qualified name.
import io
import queue
import sys
from concurrent.futures import Future

print(queue.Empty.__module__, queue.Full.__module__, queue.Empty)


def cb(f):
    raise ZeroDivisionError("in callback")


captured = io.StringIO()
sys.stderr = captured
f = Future()
f.add_done_callback(cb)
f.set_result(1)
f.add_done_callback(cb)
sys.stderr = sys.__stderr__
for line in captured.getvalue().splitlines():
    if line.startswith("exception calling callback"):
        print(line.split(" at ")[0], line.split("state=")[1])
    elif not line.startswith("  File") or __file__ in line:
        print(line.replace(__file__, "FILE"))

try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print(type(e))


class A:
    class E(Exception):
        pass


def local_class():
    class L(Exception):
        pass
    return L


try:
    raise A.E("x")
except A.E:
    sys.excepthook(*sys.exc_info())
raise local_class()("z")

# expect: _queue queue <class '_queue.Empty'>
# expect: exception calling callback for <Future finished returned int>
# expect: Traceback (most recent call last):
# expect:     callback(self)
# expect:   File "FILE", line 13, in cb
# expect:     raise ZeroDivisionError("in callback")
# expect: ZeroDivisionError: in callback
# expect: exception calling callback for <Future finished returned int>
# expect: Traceback (most recent call last):
# expect:     fn(self)
# expect:   File "FILE", line 13, in cb
# expect:     raise ZeroDivisionError("in callback")
# expect: ZeroDivisionError: in callback
# expect: <class '_queue.Empty'>
# expect-stderr: A.E: x
# expect-error: local_class.<locals>.L: z

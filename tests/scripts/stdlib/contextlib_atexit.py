# contextlib (contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack)
# and atexit; print() honours a replaced sys.stdout. The output CPython 3.11 printed.
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack
import atexit, sys
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError):
    {}["x"]
print("suppressed")
class Res:
    def close(self): print("closed")
with closing(Res()):
    pass
with nullcontext(5) as v:
    print(v)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print("hidden")
print("captured", b.parts)
with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.enter_context(tag("x"))
    stack.callback(print, "callback 2")
@atexit.register
def bye():
    print("atexit bye")
atexit.register(print, "atexit first-registered")
print("end")
# expect: <b>
# expect: inside B
# expect: </b>
# expect: <i>
# expect: </i>
# expect: caught boom
# expect: suppressed
# expect: closed
# expect: 5
# expect: captured ['hidden', '\n']
# expect: <x>
# expect: callback 2
# expect: </x>
# expect: callback 1
# expect: end
# expect: atexit first-registered
# expect: atexit bye

# A Thread subclass whose __init__ forgets Thread.__init__: CPython's assertions say so.
import threading


class Forgetful(threading.Thread):
    def __init__(self):
        pass


w = Forgetful()
for what in ("name", "daemon", "ident", "native_id"):
    try:
        getattr(w, what)
    except AssertionError as e:
        print(what, "AssertionError", e)
for action in (lambda: w.start(), lambda: w.join(), lambda: w.is_alive(), lambda: setattr(w, "daemon", True), lambda: repr(w)):
    try:
        action()
    except (AssertionError, RuntimeError) as e:
        print(type(e).__name__, e)
t = threading.Thread(target=lambda: None, name="fine")
print(t.name, t.daemon, t.ident)
t.start()
t.join()
print(t.ident is not None)

# expect: name AssertionError Thread.__init__() not called
# expect: daemon AssertionError Thread.__init__() not called
# expect: ident AssertionError Thread.__init__() not called
# expect: native_id AssertionError Thread.__init__() not called
# expect: RuntimeError thread.__init__() not called
# expect: RuntimeError Thread.__init__() not called
# expect: AssertionError Thread.__init__() not called
# expect: RuntimeError Thread.__init__() not called
# expect: AssertionError Thread.__init__() was not called
# expect: fine False None
# expect: True

# The with statement's protocol: __exit__ runs on the way out, normally or by an exception,
# and may swallow it; when __enter__ itself raises, __exit__ never runs; an object without
# the protocol is a TypeError, as in CPython 3.11.


class Manager:
    def __init__(self, name, swallow=False, fail_enter=False):
        self.name = name
        self.swallow = swallow
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise ValueError("cannot enter " + self.name)
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.swallow


with Manager("a") as got:
    print("body", got)
# expect: enter a
# expect: body A
# expect: exit a None None

with Manager("b", swallow=True):
    raise KeyError("inside")
print("after b")
# expect: enter b
# expect: exit b KeyError 'inside'
# expect: after b

try:
    with Manager("c", swallow=True, fail_enter=True):
        print("never")
except ValueError as e:
    print("caught", e)
# expect: caught cannot enter c

try:
    with Manager("outer"), Manager("inner", fail_enter=True):
        print("never")
except ValueError as e:
    print("caught", e)
# expect: enter outer
# expect: exit outer ValueError cannot enter inner
# expect: caught cannot enter inner


class OnlyEnter:
    def __enter__(self):
        return self


for candidate in (1, OnlyEnter()):
    try:
        with candidate:
            pass
    except TypeError as e:
        print(e)
# expect: 'int' object does not support the context manager protocol
# expect: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)

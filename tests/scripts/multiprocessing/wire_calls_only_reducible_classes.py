# The wire format rebuilds an object by calling its class only when that class says so with
# a __reduce__ of its own (or is an Enum): a message that names any other class — here one
# whose constructor would run code — is refused, and the constructor never runs. (MiniPy's
# own wire format; the expectations are MiniPy's.)
import _multiprocessing as _mp


class Good:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Good, (self.n * 2,))


class Evil:
    def __init__(self, *args):
        print("Evil's constructor ran")


class Bad:
    def __reduce__(self):
        return (Evil, ())


data = _mp.dumps(Good(21))
print(_mp.loads(data).n)
hostile = data.replace(b"Good", b"Evil")
try:
    _mp.loads(hostile)
except ValueError as e:
    print("ValueError", e)
try:
    _mp.dumps(Bad())
except TypeError as e:
    print("TypeError", e)

# expect: 42
# expect: ValueError malformed message: '__main__.Evil' is not a class rebuilt by calling it
# expect: TypeError cannot send 'Bad' object to another process: its __reduce__ names class 'Evil', which has no __reduce__ of its own

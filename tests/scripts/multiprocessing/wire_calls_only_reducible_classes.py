# The wire format rebuilds an object by calling its class only when that class says so with
# a __reduce__ of its own (or is an Enum): a message that names any other class — one whose
# constructor would run code, or one that merely inherits a __reduce__ — is refused and the
# constructor never runs; a state is never given to an object that is not new (an Enum's
# member). (MiniPy's own wire format; the expectations are MiniPy's.)
import enum

import _multiprocessing as _mp


class Good:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Good, (self.n * 2,))


class Evil:
    def __init__(self, *args):
        print("Evil's constructor ran")


class Heir(Good):
    def __init__(self, *args):
        print("Heir's constructor ran")


class Bad:
    def __init__(self):
        self.kept = "attributes"

    def __reduce__(self):
        return (Evil, ())


class Color(enum.Enum):
    RED = 1


class Perm(enum.IntFlag):
    R = 4
    W = 2


data = _mp.dumps(Good(21))
print(_mp.loads(data).n)
for hostile in (data.replace(b"Good", b"Evil"), data.replace(b"Good", b"Heir")):
    try:
        _mp.loads(hostile)
    except ValueError as e:
        print("ValueError", e)
# Bad's __reduce__ names a class that would be refused: Bad travels by its attributes.
back = _mp.loads(_mp.dumps(Bad()))
print(type(back).__name__, back.kept)
flags = _mp.dumps(Perm.R | Perm.W)
print(repr(_mp.loads(flags)))


class Trick:
    def __reduce__(self):
        return (Color, (1,), {"_value_": 99})


try:
    _mp.loads(_mp.dumps(Trick()))
except ValueError as e:
    print("ValueError", e)
print(Color.RED.value, (Perm.R | Perm.W).value)

# expect: 42
# expect: ValueError malformed message: '__main__.Evil' is not a class rebuilt by calling it
# expect: ValueError malformed message: '__main__.Heir' is not a class rebuilt by calling it
# expect: Bad attributes
# expect: <Perm.R|W: 6>
# expect: ValueError malformed message: a state for an object that is not new
# expect: 1 6

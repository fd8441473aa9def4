# What a class's __reduce__ says travels to another process (the class called again with
# its arguments, then given its state); so do combinations of flags, compiled patterns and
# timezone.utc (which arrives as the very singleton).
import datetime
import enum
import multiprocessing as mp
import re


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Color(enum.Flag):
    RED = enum.auto()
    BLUE = enum.auto()


class Money:
    def __init__(self, cents):
        print("Money.__init__", cents, flush=True)
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,), {"note": "from reduce"})


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __reduce__(self):
        return (Tagged, (self.tag.upper(),))


def echo(x):
    return x


if __name__ == "__main__":
    q = mp.Queue()
    for value in [Perm.R | Perm.W, Perm(0), Color.RED | Color.BLUE, Perm.X, re.compile(r"a+b", re.I),
                  datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=2), "X")]:
        q.put(value)
        got = q.get()
        print(repr(got), got == value, type(got) is type(value))
    q.put(datetime.timezone.utc)
    print("utc is utc:", q.get() is datetime.timezone.utc)
    m = Money(250)
    q.put(m)
    got = q.get()
    print(got.cents, got.note)
    with mp.Pool(1) as pool:
        print(pool.apply(echo, (Tagged("abc"),)).tag)
        print(repr(pool.apply(echo, (Perm.R | Perm.X,))))

# expect: <Perm.R|W: 6> True True
# expect: <Perm: 0> True True
# expect: <Color.RED|BLUE: 3> True True
# expect: <Perm.X: 1> True True
# expect: re.compile('a+b', re.IGNORECASE) True True
# expect: datetime.timezone.utc True True
# expect: datetime.timezone(datetime.timedelta(seconds=7200), 'X') True True
# expect: utc is utc: True
# expect: Money.__init__ 250
# expect: Money.__init__ 250
# expect: 250 from reduce
# expect: ABC
# expect: <Perm.R|X: 5>

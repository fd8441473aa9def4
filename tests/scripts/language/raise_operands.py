# The raise statement's operands: the exception and its cause stay on the value stack until
# the exception is made, so one whose making fails (a class whose __init__ raises, a value
# that is no exception) leaves nothing behind; CPython's messages for each.


class Bad(Exception):
    def __init__(self):
        raise KeyError("from __init__")


def attempt(kind):
    if kind == 0:
        raise ValueError from 5
    if kind == 1:
        raise 5
    if kind == 2:
        raise Bad
    if kind == 3:
        raise ValueError from Bad
    if kind == 4:
        raise ValueError("x") from None
    if kind == 5:
        raise ValueError from KeyError
    raise


for kind in range(7):
    try:
        attempt(kind)
    except BaseException as e:
        print(kind, type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)


def chained():
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b") from KeyError("c")


try:
    chained()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__))

# expect: 0 TypeError exception causes must derive from BaseException NoneType False
# expect: 1 TypeError exceptions must derive from BaseException NoneType False
# expect: 2 KeyError 'from __init__' NoneType False
# expect: 3 KeyError 'from __init__' NoneType False
# expect: 4 ValueError x NoneType True
# expect: 5 ValueError  KeyError True
# expect: 6 RuntimeError No active exception to reraise NoneType False
# expect: KeyError('c') TypeError('a')

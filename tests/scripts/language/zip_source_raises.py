# zip() whose source raises while a tuple is being filled: the error passes through and
# the tuple and the items already taken are released (the harness checks no reference is
# left behind).
def failing():
    raise ValueError("first")
    yield 1


def later(n):
    yield from range(n)
    raise KeyError("later")


for args in (([1, 2], failing()), (failing(), [1]), ([1, 2, 3], later(2)), (later(1), "ab")):
    try:
        print(list(zip(*args)))
    except Exception as e:
        print(type(e).__name__, e)
# expect: ValueError first
# expect: ValueError first
# expect: KeyError 'later'
# expect: KeyError 'later'

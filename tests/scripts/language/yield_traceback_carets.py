# Tracebacks through yield and yield from: the line of a generator suspended in
# `yield from` is underlined from `yield` to the end of its operand, as CPython 3.11 does.
import traceback


def inner():
    x = yield 1
    yield x * 2


def outer():
    result = yield from inner()
    yield result


def divide():
    yield 1 / 0


for make in (lambda: list(outer()), lambda: list(divide())):
    try:
        make()
    except Exception:
        for line in traceback.format_exc().splitlines():
            if "File" not in line:
                print(line)
# expect: Traceback (most recent call last):
# expect:     make()
# expect:     for make in (lambda: list(outer()), lambda: list(divide())):
# expect:                          ^^^^^^^^^^^^^
# expect:     result = yield from inner()
# expect:              ^^^^^^^^^^^^^^^^^^
# expect:     yield x * 2
# expect:           ~~^~~
# expect: TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
# expect: Traceback (most recent call last):
# expect:     make()
# expect:     for make in (lambda: list(outer()), lambda: list(divide())):
# expect:                                                 ^^^^^^^^^^^^^^
# expect:     yield 1 / 0
# expect:           ~~^~~
# expect: ZeroDivisionError: division by zero

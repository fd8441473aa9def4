# A comprehension spanning lines: the traceback shows the line it starts on, marked from its
# bracket, and the element's own line with its operator; a line break inside brackets does
# not stretch an expression onto the next line.
import traceback


def shown():
    return [line for line in traceback.format_exc().splitlines() if not line.lstrip().startswith("File")]


try:
    x = [
        1 / 0
        for _ in range(1)]
except ZeroDivisionError:
    print("\n".join(shown()))


def f():
    return {
        k: k / 0
        for k in range(1)
    }


try:
    f()
except ZeroDivisionError:
    print("\n".join(shown()))
try:
    total = sum(
        n / 0 for n in range(3)
    )
except ZeroDivisionError:
    print("\n".join(shown()))
try:
    y = [n // 0 for n in range(2)]
except ZeroDivisionError:
    print("\n".join(shown()))
try:
    z = (
        [1][
            5]
    )
except IndexError:
    print("\n".join(shown()))

# expect: Traceback (most recent call last):
# expect:     x = [
# expect:         ^
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: Traceback (most recent call last):
# expect:     f()
# expect:     return {
# expect:            ^
# expect:     k: k / 0
# expect:        ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: Traceback (most recent call last):
# expect:     total = sum(
# expect:             ^^^^
# expect:     n / 0 for n in range(3)
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: Traceback (most recent call last):
# expect:     y = [n // 0 for n in range(2)]
# expect:         ^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:     y = [n // 0 for n in range(2)]
# expect:          ~~^^~~
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: Traceback (most recent call last):
# expect:     [1][
# expect: IndexError: list index out of range

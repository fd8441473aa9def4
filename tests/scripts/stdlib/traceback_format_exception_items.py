# traceback.format_exception gives CPython's items (one per frame, carets included; chain
# and limit honoured); a raise sharing its line with other code is marked.
import sys
import traceback
def inner(): int("abc")
def outer():
    try: inner()
    except ValueError as e: raise KeyError("k") from e
try:
    int("abc")
except ValueError as e:
    items = traceback.format_exception(e)
    print(len(items), [i.count("\n") for i in items])
try: outer()
except KeyError as e:
    items = traceback.format_exception(e)
    print(len(items), [i.count("\n") for i in items])
    print("".join(items) == traceback.format_exc())
try:
    try: 1 / 0
    except ZeroDivisionError: [][1]
except IndexError as e:
    print([i.count("\n") for i in traceback.format_exception(e)])
    print([i.count("\n") for i in traceback.format_exception(e, chain=False)])
    print([i.count("\n") for i in traceback.format_exception(e, limit=0)])
def f(x):
    if x: raise ValueError("one-line")
    raise KeyError(
        "multi")
for a in (1, 0):
    try: f(a)
    except Exception:
        print(traceback.format_exc().replace(__file__, "<this file>"), end="")
try:
    try: 1/0
    except ZeroDivisionError: raise
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "<this file>"), end="")

# expect: 3 [1, 2, 1]
# expect: 9 [1, 3, 3, 1, 3, 1, 3, 3, 1]
# expect: True
# expect: [1, 3, 1, 3, 1, 3, 1]
# expect: [1, 3, 1]
# expect: [1, 3, 1]
# expect: Traceback (most recent call last):
# expect:   File "<this file>", line 31, in <module>
# expect:     try: f(a)
# expect:          ^^^^
# expect:   File "<this file>", line 27, in f
# expect:     if x: raise ValueError("one-line")
# expect:           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: one-line
# expect: Traceback (most recent call last):
# expect:   File "<this file>", line 31, in <module>
# expect:     try: f(a)
# expect:          ^^^^
# expect:   File "<this file>", line 28, in f
# expect:     raise KeyError(
# expect: KeyError: 'multi'
# expect: Traceback (most recent call last):
# expect:   File "<this file>", line 35, in <module>
# expect:     try: 1/0
# expect:          ~^~
# expect: ZeroDivisionError: division by zero

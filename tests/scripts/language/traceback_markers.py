# Tracebacks mark the failing expression as CPython 3.11 does: ^ under a call, ~ and ^ under
# the operands and the operator of a binary operation or a subscript.
def ratio(a, b):
    return a / b


def pick(items, i):
    return items[i] + 1


def run():
    total = pick([1, 2], 0) + ratio(1, 0)
    return total


run()
# expect-stderr:     run()
# expect-stderr:     total = pick([1, 2], 0) + ratio(1, 0)
# expect-stderr:                               ^^^^^^^^^^^
# expect-stderr:     return a / b
# expect-stderr:            ~~^~~
# expect-error: ZeroDivisionError: division by zero

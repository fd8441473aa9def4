# An exception group nobody catches is printed as CPython draws it, nested groups in boxes.
def fail(n):
    raise ValueError(n)
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("outer", [ExceptionGroup("inner", errors), KeyError("k")])
# expect-stderr:   + Exception Group Traceback (most recent call last):
# expect-stderr:   |     raise ExceptionGroup("outer", [ExceptionGroup("inner", errors), KeyError("k")])
# expect-stderr:   | ExceptionGroup: outer (2 sub-exceptions)
# expect-stderr:   +-+---------------- 1 ----------------
# expect-stderr:     | ExceptionGroup: inner (2 sub-exceptions)
# expect-stderr:     +-+---------------- 1 ----------------
# expect-stderr:       | Traceback (most recent call last):
# expect-stderr:       |     fail(i)
# expect-stderr:       |     raise ValueError(n)
# expect-stderr:       | ValueError: 0
# expect-stderr:       +---------------- 2 ----------------
# expect-stderr:       | Traceback (most recent call last):
# expect-stderr:       |     fail(i)
# expect-stderr:       |     raise ValueError(n)
# expect-stderr:       | ValueError: 1
# expect-stderr:       +------------------------------------
# expect-stderr:     +---------------- 2 ----------------
# expect-stderr:     | KeyError: 'k'
# expect-stderr:     +------------------------------------
# expect-error:     +------------------------------------

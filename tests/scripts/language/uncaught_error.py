# An uncaught exception prints a traceback and ends with status 1.
def divide(a, b):
    return a / b


print("before")  # expect: before
divide(1, 0)
# expect-error: ZeroDivisionError: division by zero

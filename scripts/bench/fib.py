# Recursive calls: the cost of a Python-level call and return.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(27))

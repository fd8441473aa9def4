# Calls and recursion: the cost of a Python-level call and return (naive recursive
# Fibonacci, plus a recursive Ackermann with keyword and default arguments).
import _harness


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n=0):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, n=ack(m, n - 1))


def workload(n):
    return fib(n), ack(2, n * 5)


print(*_harness.run(workload, 30))

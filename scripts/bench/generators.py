# Generators: generator functions and expressions, pipelines of generators, yield from,
# send(), and built-ins consuming generators.
import _harness


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def scaled(source, k):
    for x in source:
        yield x * k


def chained(n):
    yield from count_up(n)
    yield from (x * x for x in count_up(n // 2))


def running_total():
    total = 0
    while True:
        x = yield total
        total += x


def workload(n):
    a = sum(scaled(evens(count_up(n)), 3))
    b = 0
    for x in chained(n):
        b += x & 255
    acc = running_total()
    next(acc)
    c = 0
    for i in range(n // 2):
        c = acc.send(i)
    d = max(x % 1013 for x in range(n))
    e = list(zip(count_up(n // 3), evens(count_up(n))))[-1]
    return a, b, c, d, e


print(*_harness.run(workload, 270000))

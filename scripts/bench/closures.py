# Closures: creating and calling nested functions that read and rebind enclosing
# variables (nonlocal), lambdas, decorators and higher-order functions (map, filter).
import _harness


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    return wrapper


def logged(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@logged
def area(w, h=1):
    return w * h


def workload(n):
    total = 0
    counters = [make_counter(s) for s in range(1, 6)]
    for i in range(n):
        total += counters[i % 5]()
    for i in range(n // 10):
        f = compose(make_adder(i), make_adder(2 * i))
        total += f(i)

    @memoize
    def steps(k):
        return 0 if k <= 1 else 1 + steps(k // 2 if k % 2 == 0 else 3 * k + 1)
    for i in range(1, n // 10):
        total += steps(i)
    total += sum(map(make_adder(3), filter(lambda x: x % 3 == 0, range(n))))
    for i in range(n // 4):
        total += area(i, h=2) + area(i)
    return total, area.calls[0] > 0


print(*_harness.run(workload, 240000))

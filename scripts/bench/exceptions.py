# Exceptions raised and caught: raising built-in and user-defined exceptions, catching by
# class and by base class, try/finally, exceptions crossing several calls, and re-raising.
import _harness


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, key)
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key)


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def workload(n):
    table = {i: i * 2 for i in range(0, 100, 3)}
    found = missing = 0
    for i in range(n):
        try:
            found += lookup(table, i % 100)
        except AppError as e:
            missing += e.key & 1
    finally_runs = 0
    for i in range(n // 2):
        try:
            if i % 4 == 0:
                raise AppError(i)
        except AppError:
            pass
        finally:
            finally_runs += 1
    depth = 0
    for i in range(n // 20):
        try:
            deep(10)
        except ValueError:
            depth += 1
    parsed = sum(parse(s) for s in ["12", "x", "7", "", "40"] * (n // 20))
    rer = 0
    for i in range(n // 10):
        try:
            try:
                1 // (i % 2)
            except ZeroDivisionError:
                raise
        except ArithmeticError:
            rer += 1
    return found, missing, finally_runs, depth, parsed, rer


print(*_harness.run(workload, 118000))

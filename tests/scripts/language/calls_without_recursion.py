# Python-to-Python calls that the eval loop runs without recursing in C#: results, deep
# recursion under a raised limit, exceptions leaving several frames at once, the frame
# chain seen from inside, and what a returning frame releases.
import sys
import traceback


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(30000)
print("deep:", depth(20000))
sys.setrecursionlimit(old)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("after the limit:", depth(100))


def leaf(x):
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 2


def middle(x):
    return leaf(x) + 1


def top(x):
    try:
        return middle(x)
    except ValueError as e:
        return f"caught {e} in top"


print(top(5), top(-3))
try:
    middle(-1)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


def handler_in_caller(x):
    total = 0
    for i in range(x):
        try:
            total += leaf(i - 2)
        except ValueError:
            total += 100
    return total


print("handled per iteration:", handler_in_caller(6))


def who_called():
    return sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name


def via():
    return who_called()


print("frames:", via())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def holds_local(tag):
    n = Noisy(tag)
    return len(n.name)


print("returned", holds_local("local of a returning frame"))


def raises_with_local(tag):
    n = Noisy(tag)
    raise KeyError(tag)


try:
    raises_with_local("local of a raising frame")
except KeyError as e:
    print("caught", e)
    del e
print("handler done")


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self

    def chain(self, k):
        return self.bump(k).bump(k)


c = Counter()
for i in range(5):
    c.chain(i)
print("method calls:", c.n)


def gen(n):
    for i in range(n):
        yield leaf(i)


print("generator calling functions:", list(gen(4)))


def finally_runs(x):
    try:
        return leaf(x)
    finally:
        print("finally with", x)


print(finally_runs(2))
try:
    finally_runs(-2)
except ValueError as e:
    print("after finally:", e)


def closure_maker(a):
    def inner(b):
        return a + b
    return inner


add3 = closure_maker(3)
print("closure:", add3(4), sum(add3(i) for i in range(3)))
# expect: deep: 20000
# expect: RecursionError: maximum recursion depth exceeded
# expect: after the limit: 100
# expect: 11 caught negative -3 in top
# expect: ['<module>', 'middle', 'leaf']
# expect: handled per iteration: 212
# expect: frames: ('via', '<module>')
# expect: freed local of a returning frame
# expect: returned 26
# expect: caught 'local of a raising frame'
# expect: freed local of a raising frame
# expect: handler done
# expect: method calls: 20
# expect: generator calling functions: [0, 2, 4, 6]
# expect: finally with 2
# expect: 4
# expect: finally with -2
# expect: after finally: negative -2
# expect: closure: 7 12

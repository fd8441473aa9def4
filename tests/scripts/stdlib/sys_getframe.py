# sys._getframe: the caller's code, line, globals and locals (free variables included),
# the f_back chain to the module, and the error past the bottom of the stack.
import sys
def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], sorted(f.f_locals)
def outer(a, b=2):
    x = 10
    return who_called()
print(outer(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
def depth():
    n, f = 0, sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
def rec(k):
    return depth() if k == 0 else rec(k - 1)
print(depth(), rec(5))
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
def closure():
    c = 3
    def inner():
        return sorted(sys._getframe().f_locals.items()), c
    return inner()
print(closure())
print(sys._getframe().f_locals is globals(), type(sys._getframe()).__name__)
# expect: ('outer', 9, '__main__', ['a', 'b', 'x'])
# expect: <module> 11 None
# expect: 2 8
# expect: call stack is not deep enough
# expect: ([('c', 3)], 3)
# expect: True frame

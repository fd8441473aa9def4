# A traceback keeps the variables of the frames the exception left, as CPython's keeps
# the frames (a generator's too): tb_frame.f_locals shows them (cells too), their objects
# are freed when the traceback is (so __del__ runs after the except clause), and a cycle
# through them is collected; CPython's output.
import sys, traceback
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(x):
    y = x * 2
    d = D(1)
    raise ValueError
try:
    f(21)
except ValueError as e:
    loc = e.__traceback__.tb_next.tb_frame.f_locals
    print(sorted(k for k in loc), loc["x"], loc["y"])
    del loc
    print("caught")
print("after")
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
        raise
try:
    g()
except KeyError as e:
    print("cycle kept", type(e.__traceback__.tb_next.tb_frame.f_locals["err"]).__name__)
import gc; gc.collect()
def outer():
    cell = D(2)
    def inner(): return cell
    raise RuntimeError("r")
try: outer()
except RuntimeError as e: print(sorted(e.__traceback__.tb_next.tb_frame.f_locals))
print("end")
def gen():
    local = D(3)
    yield 1
    raise ValueError("from a generator")
g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals))
    del g
    print("caught gen")
print("after gen")

# expect: ['d', 'x', 'y'] 21 42
# expect: caught
# expect: del 1
# expect: after
# expect: cycle kept KeyError
# expect: ['cell', 'inner']
# expect: del 2
# expect: end
# expect: ['local']
# expect: caught gen
# expect: del 3
# expect: after gen

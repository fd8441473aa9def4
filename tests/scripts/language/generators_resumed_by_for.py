# A for loop resumes a generator inside the eval loop (PyGenerator.BeginInlineResume): the
# handled exception a generator sees and keeps across yields, StopIteration becoming
# RuntimeError, tracebacks through the loop, gi_running, finally on break, return, deep
# recursion's RecursionError, f_back, a generator iterating itself, GeneratorExit on release.
import sys, traceback

def g1(n):
    for i in range(n):
        yield i
print(list(g1(3)), sum(x for x in g1(10)))

def g_exc():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

for v in g_exc():
    print("got", v, sys.exc_info()[0])

try:
    raise ValueError("outer")
except ValueError:
    for v in g_exc():
        print("in except", v, sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0].__name__)

def g_stop():
    yield 1
    raise StopIteration("x")
try:
    for v in g_stop():
        print("v", v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)

def g_raise():
    yield 1
    1 / 0
def outer():
    for v in g_raise():
        print("r", v)
try:
    outer()
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(l for l in tb if not l.startswith("  File") or "gen_inline" in l).replace(__file__, "F"))

def g_running():
    yield gen.gi_running
gen = g_running()
for v in gen:
    print("running", v, gen.gi_running)

def g_fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
for v in g_fin():
    print("fin", v)
    break
print("after break")

def g_ret():
    yield 1
    return 5
for v in g_ret():
    print("ret", v)

def rec(n):
    if n:
        for v in rec(n - 1):
            yield v + 1
    else:
        yield 0
print(list(rec(50)))
try:
    for v in rec(5000):
        pass
except RecursionError as e:
    print("RecursionError", e)

def g_frames():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
def caller():
    for v in g_frames():
        return v
print("back", caller())

def g_send():
    x = yield 1
    print("sent", x)
    yield 2
s = g_send()
for v in s:
    print("s", v)

def g_nested():
    for i in g1(3):
        yield i * 10
for v in g_nested():
    print("n", v)

def g_yf():
    yield from g1(3)
    yield from [7, 8]
print(list(g_yf()))
for v in g_yf():
    print("yf", v)

def g_self():
    for v in me:
        yield v
me = g_self()
try:
    for v in me:
        pass
except ValueError as e:
    print("ValueError", e)

def g_ctx():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
it = g_ctx()
for v in it:
    print("ctx", v)
    break
del it
print("done")

# expect: [0, 1, 2] 45
# expect: got KeyError None
# expect: got KeyError None
# expect: got None None
# expect: in except KeyError ValueError
# expect: in except KeyError ValueError
# expect: in except <class 'ValueError'> ValueError
# expect: after ValueError
# expect: v 1
# expect: RuntimeError: generator raised StopIteration StopIteration x
# expect: r 1
# expect: Traceback (most recent call last):
# expect:     outer()
# expect:     for v in g_raise():
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: running True False
# expect: fin 1
# expect: finally ran
# expect: after break
# expect: ret 1
# expect: [50]
# expect: RecursionError maximum recursion depth exceeded
# expect: back caller
# expect: s 1
# expect: sent None
# expect: s 2
# expect: n 0
# expect: n 10
# expect: n 20
# expect: [0, 1, 2, 7, 8]
# expect: yf 0
# expect: yf 1
# expect: yf 2
# expect: yf 7
# expect: yf 8
# expect: ValueError generator already executing
# expect: ctx 1
# expect: exit
# expect: done

# sys.settrace and threading.settrace: the call, line, exception and return events of
# functions, loops and generators, a local trace function answered from 'call', and a
# trace function that raises (tracing stops); CPython's output.
import sys, threading
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return tracer
def helper(x):
    y = x * 2
    return y
def traced_fn(n):
    total = 0
    for i in range(n):
        total += helper(i)
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return total
def gen():
    yield 1
    yield 2
sys.settrace(tracer)
traced_fn(2)
list(gen())
sys.settrace(None)
for e in events: print(e)
print(sys.gettrace())
names = []
def t2(frame, event, arg):
    if event == "call": names.append(frame.f_code.co_name)
    return None
threading.settrace(t2)
t = threading.Thread(target=helper, args=(3,)); t.start(); t.join()
print("thread traced:", "helper" in names, threading.gettrace() is t2)
def bad(frame, event, arg):
    raise RuntimeError("tracer failed")
sys.settrace(bad)
try:
    helper(1)
except RuntimeError as e:
    print("raised:", e, sys.gettrace())

# expect: ('call', 'traced_fn', 14, None)
# expect: ('line', 'traced_fn', 15, None)
# expect: ('line', 'traced_fn', 16, None)
# expect: ('line', 'traced_fn', 17, None)
# expect: ('call', 'helper', 11, None)
# expect: ('line', 'helper', 12, None)
# expect: ('line', 'helper', 13, None)
# expect: ('return', 'helper', 13, 0)
# expect: ('line', 'traced_fn', 16, None)
# expect: ('line', 'traced_fn', 17, None)
# expect: ('call', 'helper', 11, None)
# expect: ('line', 'helper', 12, None)
# expect: ('line', 'helper', 13, None)
# expect: ('return', 'helper', 13, 2)
# expect: ('line', 'traced_fn', 16, None)
# expect: ('line', 'traced_fn', 18, None)
# expect: ('line', 'traced_fn', 19, None)
# expect: ('exception', 'traced_fn', 19, None)
# expect: ('line', 'traced_fn', 20, None)
# expect: ('line', 'traced_fn', 21, None)
# expect: ('line', 'traced_fn', 22, None)
# expect: ('return', 'traced_fn', 22, 2)
# expect: ('call', 'gen', 23, None)
# expect: ('line', 'gen', 24, None)
# expect: ('return', 'gen', 24, 1)
# expect: ('call', 'gen', 24, None)
# expect: ('line', 'gen', 25, None)
# expect: ('return', 'gen', 25, 2)
# expect: ('call', 'gen', 25, None)
# expect: ('return', 'gen', 25, None)
# expect: None
# expect: thread traced: True True
# expect: raised: tracer failed None

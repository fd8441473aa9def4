# sys.setprofile: the profile function hears every call and return of a Python function
# ('call', 'return' with the value), and every call of a built-in one ('c_call', then
# 'c_return' or 'c_exception'); threading.setprofile installs one in threads started later.
import sys
import threading

events = []


def record(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, arg.__name__))
    else:
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))


def square(x):
    return x * x


def total(values):
    return sum(square(v) for v in values) + len([0])


def fails():
    raise ValueError("no")


def counter(n):
    for i in range(n):
        yield i


sys.setprofile(record)
total([1, 2])
try:
    fails()
except ValueError:
    pass
list(counter(2))
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())

events.clear()
threading.setprofile(record)
t = threading.Thread(target=square, args=(7,))
t.start()
t.join()
threading.setprofile(None)
print([e for e in events if e[0] in ("call", "return") and e[1] == "square"])

sys.setprofile(42)
try:
    len("the next event calls 42")
except TypeError as e:
    print("TypeError:", e, sys.getprofile())


def broken(frame, event, arg):
    raise RuntimeError("profile function failed")


sys.setprofile(broken)
try:
    square(2)
except RuntimeError as e:
    print("RuntimeError:", e, sys.getprofile())

lines = []


def trace(frame, event, arg):
    if event == "line":
        lines.append(frame.f_lineno - frame.f_code.co_firstlineno)
    return trace


def one_liner(x): return square(x) + 1


sys.settrace(trace)
one_liner(3)
sys.settrace(None)
print("lines:", lines)
# expect: ('call', 'total', None)
# expect: ('c_call', 'sum')
# expect: ('call', '<genexpr>', None)
# expect: ('call', 'square', None)
# expect: ('return', 'square', 1)
# expect: ('return', '<genexpr>', 1)
# expect: ('call', '<genexpr>', None)
# expect: ('call', 'square', None)
# expect: ('return', 'square', 4)
# expect: ('return', '<genexpr>', 4)
# expect: ('call', '<genexpr>', None)
# expect: ('return', '<genexpr>', None)
# expect: ('c_return', 'sum')
# expect: ('c_call', 'len')
# expect: ('c_return', 'len')
# expect: ('return', 'total', 6)
# expect: ('call', 'fails', None)
# expect: ('return', 'fails', None)
# expect: ('call', 'counter', None)
# expect: ('return', 'counter', 0)
# expect: ('call', 'counter', None)
# expect: ('return', 'counter', 1)
# expect: ('call', 'counter', None)
# expect: ('return', 'counter', None)
# expect: ('c_call', 'setprofile')
# expect: None
# expect: [('call', 'square', None), ('return', 'square', 49)]
# expect: TypeError: 'int' object is not callable None
# expect: RuntimeError: profile function failed None
# expect: lines: [0, 1]

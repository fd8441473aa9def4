# A for loop's target stored straight from the iterator: the value it replaces is released
# at once, the loop variable keeps the last item, and every kind of iterable behaves alike;
# a tracer still sees each line.
import sys

class N:
    def __init__(self, i): self.i = i
    def __del__(self): print("del", self.i)

def from_list():
    for x in [N(1), N(2)]:
        print("got", x.i)
    print("after", x.i)
from_list()

def from_generator():
    def gen():
        yield N(3)
        yield N(4)
    for x in gen():
        print("got", x.i)
        y = x
    print("after", x.i, y is x)
from_generator()

def kinds():
    out = []
    for a in (1, 2):
        for b in "xy":
            for c in {"k": 1}:
                for d in range(2):
                    out.append((a, b, c, d))
    for i in iter([5, 6]):
        out.append(i)
    else:
        out.append("else")
    for i in [7, 8, 9]:
        if i == 8:
            break
    return out, i
print(kinds())

lines = []
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "traced":
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer
def traced():
    total = 0
    for v in [1, 2]:
        total += v
    return total
sys.settrace(tracer)
print(traced())
sys.settrace(None)
print(lines)

# expect: got 1
# expect: got 2
# expect: del 1
# expect: after 2
# expect: del 2
# expect: got 3
# expect: got 4
# expect: del 3
# expect: after 4 True
# expect: del 4
# expect: ([(1, 'x', 'k', 0), (1, 'x', 'k', 1), (1, 'y', 'k', 0), (1, 'y', 'k', 1), (2, 'x', 'k', 0), (2, 'x', 'k', 1), (2, 'y', 'k', 0), (2, 'y', 'k', 1), 5, 6, 'else'], 8)
# expect: 3
# expect: [1, 2, 3, 2, 3, 2, 4]

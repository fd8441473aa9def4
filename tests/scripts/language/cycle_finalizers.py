# The cycle collector and finalizers: PEP 442's once-only __del__, resurrection, generators
# closed in a cycle, finalizers that see the cycle intact, and an exception in __del__.
import gc

# A finalizer that stores its object again (resurrection): the object survives, and its
# __del__ runs only once in its life (PEP 442).
class Phoenix:
    saved = None

    def __del__(self):
        print("__del__ of", self.name)
        Phoenix.saved = self

p = Phoenix()
p.name = "phoenix"
p.me = p
del p
print("found", gc.collect())
print(Phoenix.saved.name, Phoenix.saved.me is Phoenix.saved)
Phoenix.saved = None
print("found", gc.collect())
print("no second __del__")

# A suspended generator in a cycle is closed: its finally block runs.
def worker():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

g = worker()
print(next(g))
box = [g]
box.append(box)
del g, box
print("found", gc.collect() > 0)

# A generator that holds itself in its own frame.
def selfish():
    me = yield
    try:
        yield me
    finally:
        print("selfish closed")

s = selfish()
next(s)
print(s.send(s) is s)
del s
print("found", gc.collect() > 0)

# Finalizers see the whole cycle still intact: each runs before anything is cleared.
class Peer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(self.name, "sees", self.other.name)

x = Peer("x")
y = Peer("y")
x.other = y
y.other = x
del x, y
gc.collect()

# An exception raised inside __del__ is swallowed; the collection goes on.
class Faulty:
    def __del__(self):
        raise RuntimeError("ignored")

q = Faulty()
q.me = q
del q
print("found", gc.collect())
print("done")
# expect: __del__ of phoenix
# expect: found 0
# expect: phoenix True
# expect: found 1
# expect: no second __del__
# expect: 1
# expect: generator closed
# expect: found True
# expect: True
# expect: selfish closed
# expect: found False
# expect: x sees y
# expect: y sees x
# expect: found 1
# expect: done
# expect-stderr: Traceback (most recent call last):
# expect-stderr:     raise RuntimeError("ignored")
# expect-stderr: RuntimeError: ignored

# gc: thresholds, tracking (dicts and tuples of atoms are not watched, as in CPython),
# referents and referrers, automatic collections, disable/enable, callbacks, and errors.
import gc

print(gc.isenabled(), gc.get_threshold())
print(gc.is_tracked(0), gc.is_tracked("text"), gc.is_tracked([]), gc.is_tracked(gc))

# get_referents: what an object refers to.
inner = [1]
outer = [inner, "x"]
print(gc.get_referents(outer))
referrers = gc.get_referrers(inner)
print(any(r is outer for r in referrers))

# Automatic collections happen as allocations outpace frees.
class Cyclic:
    def __init__(self):
        self.me = self

start = gc.get_stats()[0]["collections"]
for i in range(20000):
    Cyclic()
print(gc.get_stats()[0]["collections"] > start)
print(gc.collect() < 1000)

# disable() stops them; collect() still works.
gc.disable()
print(gc.isenabled())
start = gc.get_stats()[0]["collections"]
for i in range(5000):
    Cyclic()
print(gc.get_stats()[0]["collections"] == start)
print(gc.collect() >= 5000)
gc.enable()

# set_threshold and get_count.
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.collect()
print(gc.get_count()[0] < 50)

# callbacks are told when a collection starts and stops.
phases = []
def watch(phase, info):
    phases.append((phase, info["generation"]))
gc.callbacks.append(watch)
gc.collect(1)
gc.callbacks.remove(watch)
print(phases)

for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(gc.get_stats()[0]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({(): 1}))
t = tuple([1, "x", 2.0])
u = (1, [])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
d = {"k": 1}
d["t"] = t
print(gc.is_tracked(d))
d["u"] = u
print(gc.is_tracked(d))
class A: pass
a = A(); a.x = 1
print(gc.is_tracked(a.__dict__))
a.y = a
print(gc.is_tracked(a.__dict__))
# expect: True (700, 10, 10)
# expect: False False True True
# expect: ['x', [1]]
# expect: True
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
# expect: (500, 5, 10)
# expect: True
# expect: [('start', 1), ('stop', 1)]
# expect: ValueError: invalid generation
# expect: ValueError: invalid generation
# expect: ['collected', 'collections', 'uncollectable']
# expect: False False True False
# expect: True True
# expect: False True
# expect: False
# expect: True
# expect: False
# expect: True

# timeit (strings and callables, setup, globals, repeat, autorange) and gc's interface;
# the output CPython 3.11 printed.
import timeit, gc
t = timeit.timeit("x = sum(range(10))", number=1000)
print(type(t).__name__, t > 0)
r = timeit.repeat("d[5]", setup="d = {i: i for i in range(10)}", repeat=3, number=100)
print(len(r), all(v > 0 for v in r))
def f(): return 1 + 1
print(timeit.timeit(f, number=100) >= 0, timeit.Timer("pass").autorange()[0] > 0)
counter = []
print(timeit.timeit("counter.append(1)", number=7, globals={"counter": counter}) > 0, len(counter))
print(gc.collect(), gc.isenabled(), gc.get_threshold()); gc.disable(); print(gc.isenabled()); gc.enable()
tm = timeit.Timer("for i in range(3):\n    y = i * 2", "z = 5")
print(tm.timeit(10) > 0)
# expect: float True
# expect: 3 True
# expect: True True
# expect: True 7
# expect: 0 True (700, 10, 10)
# expect: False
# expect: True

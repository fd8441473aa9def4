# sched (events by time, priority and entry order; cancel; run without blocking; the queue;
# entering from another thread) and colorsys; the output CPython 3.11 printed.
import sched, threading, colorsys
clock = [0.0]
def timefunc(): return clock[0]
def delayfunc(d): clock[0] += d
s = sched.scheduler(timefunc, delayfunc)
log = []
def act(name, *rest, **kw): log.append((round(timefunc(), 2), name, rest, kw))
e1 = s.enter(5, 1, act, ("five",))
e2 = s.enter(2, 2, act, ("two-low",))
e3 = s.enter(2, 1, act, ("two-high",), {"k": 1})
e4 = s.enterabs(3, 1, act, argument=("abs3",))
e5 = s.enter(2, 1, act, ("two-high-second",))
print(e3._replace(action=None), e3 < e2, e3 < e5, e1 > e4)
print([ev.argument[0] for ev in s.queue], s.empty())
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print("ValueError")
s.run()
print(log, s.empty(), clock[0])
s2 = sched.scheduler(timefunc, delayfunc)
s2.enter(10, 1, act, ("later",))
s2.enter(0, 1, act, ("now",))
print(s2.run(blocking=False), [x[1] for x in log[-1:]])
print(sched.Event._fields, sched.Event.time.__doc__[:20], sched.scheduler().timefunc.__name__)
real = sched.scheduler()
out = []
real.enter(0.02, 1, out.append, ("a",))
t = threading.Thread(target=lambda: real.enter(0.01, 1, out.append, ("from thread",)))
t.start(); t.join()
real.run()
print(out)
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.1, 0.9, 0.3), (0.0, 0.0, 1.0)]:
    h = colorsys.rgb_to_hsv(*rgb); l = colorsys.rgb_to_hls(*rgb); y = colorsys.rgb_to_yiq(*rgb)
    print([round(x, 6) for x in h + l + y], [round(x, 6) for x in colorsys.hsv_to_rgb(*h) + colorsys.hls_to_rgb(*l) + colorsys.yiq_to_rgb(*y)])
print(colorsys.hsv_to_rgb(0.99, 1, 1), colorsys.hls_to_rgb(0.5, 0.7, 0.3))
# expect: Event(time=2.0, priority=1, sequence=2, action=None, argument=('two-high',), kwargs={'k': 1}) True True True
# expect: ['two-high', 'two-high-second', 'two-low', 'abs3', 'five'] False
# expect: ValueError
# expect: [(2.0, 'two-high', (), {'k': 1}), (2.0, 'two-high-second', (), {}), (2.0, 'two-low', (), {}), (5.0, 'five', (), {})] True 5.0
# expect: 10.0 ['now']
# expect: ('time', 'priority', 'sequence', 'action', 'argument', 'kwargs') Numeric type compati monotonic
# expect: ['from thread', 'a']
# expect: [0.5, 0.5, 0.4, 0.5, 0.3, 0.333333, 0.34, -0.1198, -0.0426] [0.2, 0.4, 0.4, 0.2, 0.4, 0.4, 0.2, 0.4, 0.4]
# expect: [0.0, 1.0, 1.0, 0.0, 0.5, 1.0, 0.3, 0.599, 0.213] [1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
# expect: [0.0, 0.0, 0.5, 0.0, 0.5, 0.0, 0.5, 0.0, 0.0] [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]
# expect: [0.375, 0.888889, 0.9, 0.375, 0.5, 0.8, 0.594, -0.28618, -0.35766] [0.1, 0.9, 0.3, 0.1, 0.9, 0.3, 0.1, 0.9, 0.3]
# expect: [0.666667, 1.0, 1.0, 0.666667, 0.5, 1.0, 0.11, -0.3217, 0.3121] [0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0]
# expect: (1, 0.0, 0.0600000000000005) (0.6099999999999999, 0.79, 0.79)

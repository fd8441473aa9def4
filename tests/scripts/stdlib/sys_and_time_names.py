# Names of sys and time that programs reach for: the standard library's module names, the
# built-in modules, audit hooks, and the C library's clocks.
import sys
import threading
import time

print("threading" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(type(sys.orig_argv).__name__, sys.orig_argv[-1] == sys.argv[-1], type(sys.dont_write_bytecode).__name__)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)

events = []


def hook(event, args):
    if event.startswith("myapp."):
        events.append((event, args))


sys.addaudithook(hook)
sys.audit("myapp.start", 1, "two")
sys.audit("myapp.none")
print(events)
try:
    sys.audit(5)
except TypeError as e:
    print("TypeError", e)

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(type(a).__name__, type(b).__name__, b >= a * 1e9 - 1e9, time.clock_getres(time.CLOCK_MONOTONIC) <= 1e-6)
print(type(time.process_time_ns()).__name__, type(time.thread_time_ns()).__name__)

# thread_time counts this thread's CPU only: another thread's busy loop does not move it.
before_thread, before_process = time.thread_time(), time.process_time()


def spin():
    x = 0
    for i in range(3_000_000):
        x += i


t = threading.Thread(target=spin)
t.start()
t.join()
print(time.thread_time() - before_thread < 0.05, time.process_time() - before_process > 0.05)
try:
    time.clock_gettime(12345)
except OSError as e:
    print("OSError", e.errno)
time.tzset()

# expect: True False frozenset
# expect: True True tuple
# expect: list True bool
# expect: list list dict
# expect: [('myapp.start', (1, 'two')), ('myapp.none', ())]
# expect: TypeError expected str for argument 'event', not int
# expect: 0 1 2 3
# expect: float int True True
# expect: int int
# expect: True True
# expect: OSError 22

# threading's camelCase names (isDaemon, setName, currentThread, notifyAll, isSet...) still
# work and warn as CPython 3.11 does: a DeprecationWarning naming the caller's line.
import threading, warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = threading.Thread(target=lambda: None)
    print(t.isDaemon())
    t.setDaemon(True)
    t.setName("worker")
    print(t.getName(), t.daemon)
    print(threading.currentThread().name, threading.activeCount())
    e = threading.Event(); print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.lineno, w.message)

# expect: False
# expect: worker True
# expect: MainThread 1
# expect: False
# expect: DeprecationWarning 7 isDaemon() is deprecated, get the daemon attribute instead
# expect: DeprecationWarning 8 setDaemon() is deprecated, set the daemon attribute instead
# expect: DeprecationWarning 9 setName() is deprecated, set the name attribute instead
# expect: DeprecationWarning 10 getName() is deprecated, get the name attribute instead
# expect: DeprecationWarning 11 currentThread() is deprecated, use current_thread() instead
# expect: DeprecationWarning 11 activeCount() is deprecated, use active_count() instead
# expect: DeprecationWarning 12 isSet() is deprecated, use is_set() instead
# expect: DeprecationWarning 15 notifyAll() is deprecated, use notify_all() instead

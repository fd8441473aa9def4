# Thread: targets with args and kwargs, names, idents, subclassing run(), join with timeout.
import threading

out = []


def work(a, b, scale=1):
    out.append((a + b) * scale)


t = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10})
print(t.name.startswith("Thread-"), t.name.endswith("(work)"))  # expect: True True
print(t.is_alive(), t.ident)  # expect: False None
t.start()
t.join()
print(out, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))  # expect: [30] False True True


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(100)
c.start()
c.join(timeout=5)
print(c.name, c.total, c.daemon)  # expect: counter 4950 False
print(threading.current_thread().name, threading.main_thread().name)  # expect: MainThread MainThread
print(threading.active_count(), len(threading.enumerate()))  # expect: 1 1
print(threading.get_ident() == threading.main_thread().ident)  # expect: True
try:
    c.start()
except RuntimeError as e:
    print(e)  # expect: threads can only be started once
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print(e)  # expect: cannot join thread before it is started

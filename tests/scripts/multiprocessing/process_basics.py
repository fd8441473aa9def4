# Process: target with args and kwargs, names, a subclass with run(), pids, is_alive,
# join with a timeout, daemon, close, current_process and parent_process in the child.
from multiprocessing import Process, Queue, current_process, parent_process, active_children, cpu_count
import os
import time


def describe(q, a, b=0, *, c=0):
    q.put((current_process().name, parent_process().name, os.getppid() == parent_process().pid, a + b + c))


def nap(seconds):
    time.sleep(seconds)


class Squarer(Process):
    def __init__(self, n, q):
        super().__init__(name="squarer")
        self.n = n
        self.q = q

    def run(self):
        self.q.put([i * i for i in range(self.n)])


if __name__ == "__main__":
    q = Queue()
    p = Process(target=describe, args=(q, 1, 2), kwargs={"c": 3}, name="worker")
    print(p.name, p.is_alive(), p.exitcode, p.pid)  # expect: worker False None None
    p.start()
    print(q.get(timeout=30))  # expect: ('worker', 'MainProcess', True, 6)
    p.join()
    print(p.is_alive(), p.exitcode, p.pid != os.getpid())  # expect: False 0 True

    s = Squarer(5, q)
    s.start()
    print(s.name, q.get(timeout=30))  # expect: squarer [0, 1, 4, 9, 16]
    s.join()
    print("subclass exit code", s.exitcode)  # expect: subclass exit code 0

    unnamed = Process(target=nap, args=(0,))
    print(unnamed.name.startswith("Process-"))  # expect: True

    slow = Process(target=nap, args=(30,), daemon=True)
    print("daemon", slow.daemon)  # expect: daemon True
    slow.start()
    slow.join(0.2)
    print("after join(0.2):", slow.is_alive(), slow.exitcode)  # expect: after join(0.2): True None
    print("active:", [c.name for c in active_children()] == [slow.name])  # expect: active: True
    try:
        slow.close()
    except ValueError as e:
        print("close while running:", e)  # expect: close while running: Cannot close a process while it is still running. You should first call join() or terminate().
    slow.terminate()
    slow.join()
    slow.close()
    try:
        slow.is_alive()
    except ValueError as e:
        print(e)  # expect: process object is closed
    print(active_children(), cpu_count() >= 1, current_process().name, parent_process())  # expect: [] True MainProcess None
    try:
        p.start()
    except AssertionError as e:
        print("second start:", e)  # expect: second start: cannot start a process twice

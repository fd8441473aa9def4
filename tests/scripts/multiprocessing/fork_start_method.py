# The fork start method (the default, as on Linux): a program without the main guard, whose
# children are copies of the parent at start() — its data, functions, closures, classes and
# instances, with sharing kept — and do not run the main program again.
import multiprocessing as mp
from multiprocessing import Process, Queue, Pool
import threading

print("start main")

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def describe(self):
        return f"{self.owner}: {self.balance}"

def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

triple = make_multiplier(3)
accounts = [Account("ann", 10), Account("bob", 20)]
shared = {"accounts": accounts, "again": accounts}
counter = [0]

def worker(q, n):
    counter[0] += n
    accounts[0].balance += n
    q.put((n, counter[0], accounts[0].describe(), shared["again"] is shared["accounts"],
           triple(n), mp.current_process().name, __name__))

q = Queue()
counter[0] = 100
for n in range(1, 4):
    p = Process(target=worker, args=(q, n))
    p.start()
    print(q.get())
    p.join()
print("parent after children:", counter[0], accounts[0].describe(), mp.get_start_method())

def square(x):
    return x * x + counter[0]

with Pool(2) as pool:
    print(pool.map(square, range(5)))

held = threading.Lock()
held.acquire()
def try_lock(lock, q):
    q.put(lock.acquire(timeout=0.1))
p = Process(target=try_lock, args=(held, q)); p.start(); print("a lock held at start() is held in the child:", not q.get()); p.join()
held.release()
p = Process(target=try_lock, args=(held, q)); p.start(); print("a free lock is free in the child:", q.get()); p.join()
print(mp.get_all_start_methods(), type(mp.get_context("spawn").Process(target=print)).__name__)
print("end main")
# expect: start main
# expect: (1, 101, 'ann: 11', True, 3, 'Process-1', '__main__')
# expect: (2, 102, 'ann: 12', True, 6, 'Process-2', '__main__')
# expect: (3, 103, 'ann: 13', True, 9, 'Process-3', '__main__')
# expect: parent after children: 100 ann: 10 fork
# expect: [100, 101, 104, 109, 116]
# expect: a lock held at start() is held in the child: True
# expect: a free lock is free in the child: True
# expect: ['fork', 'spawn', 'forkserver'] SpawnProcess
# expect: end main

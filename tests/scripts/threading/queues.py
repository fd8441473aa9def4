# queue: FIFO, LIFO and priority order, bounded puts, timeouts, task_done/join, SimpleQueue.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print([q.get() for _ in range(3)], q.empty(), q.qsize())  # expect: [0, 1, 2] True 0
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])  # expect: [2, 1, 0]
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get()[1] for _ in range(3)])  # expect: ['a', 'b', 'c']
bounded = queue.Queue(maxsize=1)
bounded.put("x")
try:
    bounded.put("y", timeout=0.01)
except queue.Full:
    print("full")  # expect: full
try:
    queue.Queue().get(block=False)
except queue.Empty:
    print("empty")  # expect: empty
work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        done.append(item * 2)
        work.task_done()


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for i in range(10):
    work.put(i)
for _ in ts:
    work.put(None)
work.join()
for t in ts:
    t.join()
print(sorted(done))  # expect: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]
sq = queue.SimpleQueue()
sq.put(5)
print(sq.get(), sq.empty())  # expect: 5 True

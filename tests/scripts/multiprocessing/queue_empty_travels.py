# queue.Empty lives in _queue, as CPython's: it pickles, and a Manager queue's get() that
# times out raises the very queue.Empty a program catches.
import pickle
import queue
from multiprocessing import Manager

print(queue.Empty.__module__, queue.Empty.__qualname__)
e = pickle.loads(pickle.dumps(queue.Empty("nothing")))
print(type(e) is queue.Empty, e.args)

if __name__ == "__main__":
    with Manager() as m:
        q = m.Queue()
        for get in (lambda: q.get(timeout=0.05), q.get_nowait):
            try:
                get()
            except queue.Empty as exc:
                print("caught", repr(exc))
        q.put(1)
        print(q.get(timeout=1))

# expect: _queue Empty
# expect: True ('nothing',)
# expect: caught Empty()
# expect: caught Empty()
# expect: 1

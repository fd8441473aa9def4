# multiprocessing.Queue and SimpleQueue between processes: every data type of the wire
# format, timeouts that raise queue.Empty, and a child that dies without putting anything.
from multiprocessing import Process, Queue, SimpleQueue, JoinableQueue
import queue
import os


class Oops(Exception):
    pass


def double(x):
    return 2 * x


def echo_all(inq, outq):
    while True:
        item = inq.get()
        if item == "stop":
            break
        outq.put(item)


def dies(q):
    os._exit(5)


def work(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item + 1)
        jq.task_done()


if __name__ == "__main__":
    inq, outq = Queue(), Queue()
    p = Process(target=echo_all, args=(inq, outq))
    p.start()
    values = [None, True, False, 0, -7, 2 ** 100, -(3 ** 70), 1.5, float("inf"), "text", "ünï©ødé",
              b"\x00\xffbytes", [1, [2, [3]]], (1, (2,)), {"a": 1, (1, 2): [3]}, {1, 2, 3},
              frozenset({"x"}), double, Oops, ValueError("bad", 2), (), [], {}]
    for v in values:
        inq.put(v)
    inq.put("stop")
    back = [outq.get(timeout=30) for _ in values]
    p.join()
    same = []
    for v, b in zip(values, back):
        if isinstance(v, Exception):
            same.append(type(b) is type(v) and b.args == v.args)
        elif v is double or v is Oops:
            same.append(v is b)
        else:
            same.append(v == b and type(v) == type(b))
    print(all(same), len(same))  # expect: True 23
    print(back[17](21), back[3], back[5] == 2 ** 100, back[19])  # expect: 42 0 True ('bad', 2)
    print(back[7], back[8], back[14])  # expect: 1.5 inf {'a': 1, (1, 2): [3]}
    print("empty:", outq.empty(), outq.qsize())  # expect: empty: True 0
    try:
        outq.get(timeout=0.1)
    except queue.Empty:
        print("get(timeout) raised Empty")  # expect: get(timeout) raised Empty
    try:
        outq.get_nowait()
    except queue.Empty:
        print("get_nowait raised Empty")  # expect: get_nowait raised Empty

    q = Queue()
    d = Process(target=dies, args=(q,))
    d.start()
    d.join()
    try:
        q.get(timeout=0.5)
    except queue.Empty:
        print("dead child: Empty, exit code", d.exitcode)  # expect: dead child: Empty, exit code 5

    sq = SimpleQueue()
    sq.put([1, 2])
    print(sq.get(), sq.empty())  # expect: [1, 2] True

    bounded = Queue(maxsize=1)
    bounded.put(1)
    try:
        bounded.put(2, timeout=0.05)
    except queue.Full:
        print("full")  # expect: full
    jq, out = JoinableQueue(), Queue()
    w = Process(target=work, args=(jq, out))
    w.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(out.get(timeout=30) for _ in range(5)))  # expect: [1, 2, 3, 4, 5]
    w.join()

# multiprocessing.Manager: a dict, list, Namespace, Lock, Queue, Value and Event shared by
# processes and a pool through proxies, errors raised back in the caller, the with-statement
# shutting the manager down; the output CPython 3.11 printed.
from multiprocessing import Manager, Process, Pool
import multiprocessing as mp

def work(d, l, ns, lock, q, i):
    with lock:
        d[i] = i * i
        l.append(i)
        ns.total = ns.total + i
    q.put(i)

def pool_task(args):
    d, key = args
    d[key] = key.upper()
    return key

if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        l = manager.list([100])
        ns = manager.Namespace(total=0, label="run")
        lock = manager.Lock()
        q = manager.Queue()
        ps = [Process(target=work, args=(d, l, ns, lock, q, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(l), ns.total, ns.label, sorted(q.get() for _ in range(4)))
        print(len(d), 2 in d, d.get(9, "none"), d[3], l[0], len(l))
        print(str(d) == str(dict(d.items())), ns)
        v = manager.Value("i", 5); v.value += 10; print(v.value)
        e = manager.Event(); print(e.is_set()); e.set(); print(e.is_set())
        with Pool(2) as pool:
            print(sorted(pool.map(pool_task, [(d, "a"), (d, "b")])))
        print(d["a"], d["b"])
        try:
            d["missing"]
        except KeyError as err:
            print("KeyError", err)
        print(type(d).__name__, type(l).__name__, type(ns).__name__)
    print("done")
# expect: [(0, 0), (1, 1), (2, 4), (3, 9)] [0, 1, 2, 3, 100] 6 run [0, 1, 2, 3]
# expect: 4 True none 9 100 5
# expect: True Namespace(label='run', total=6)
# expect: 15
# expect: False
# expect: True
# expect: ['a', 'b']
# expect: A B
# expect: KeyError 'missing'
# expect: DictProxy ListProxy NamespaceProxy
# expect: done

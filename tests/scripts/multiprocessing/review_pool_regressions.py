# Found by a second read: an unpicklable task fails its own result only (a later dead worker
# still breaks the process pool), apply_async/map/imap with tasks that cannot be sent.
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool
import os
def die(): os._exit(3)
def sq(x): return x * x
if __name__ == "__main__":
    ex = ProcessPoolExecutor(1)
    f = ex.submit(lambda: 1)
    print(type(f.exception()).__name__)
    g = ex.submit(die)
    try: g.result(timeout=20)
    except Exception as e: print(type(e).__name__)
    ex.shutdown()
    with Pool(1) as p:
        r = p.apply_async(lambda: 1)
        try: r.get(timeout=10)
        except Exception as e: print("apply_async", type(e).__name__)
        try: p.map(lambda x: x, [1, 2])
        except Exception as e: print("map", type(e).__name__)
        it = p.imap(sq, [1, 2, 3])
        print(list(it))
        print(p.map(sq, range(5)))

# expect: PicklingError
# expect: BrokenProcessPool
# expect: apply_async PicklingError
# expect: map PicklingError
# expect: [1, 4, 9]
# expect: [0, 1, 4, 9, 16]

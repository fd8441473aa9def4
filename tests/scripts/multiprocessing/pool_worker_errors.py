# A worker's exception: imap raises it at its own place and goes on; apply's and a process
# pool future's carry the worker's traceback as a RemoteTraceback cause.
from multiprocessing import Pool
import time
def f(x):
    if x == 2: raise ValueError("two")
    return x * 10
if __name__ == "__main__":
    with Pool(2) as p:
        it = p.imap(f, [0, 1, 2, 3]); time.sleep(0.5); p.apply(int)
        for _ in range(4):
            try: print(next(it))
            except ValueError as e: print("raised", e)
        got = []
        for _ in range(4):
            try: got.append(next(p.imap_unordered(f, [2, 5]) if False else it2)) if False else None
            except Exception: pass
        it2 = p.imap_unordered(f, [2, 5, 6])
        out = []
        for _ in range(3):
            try: out.append(next(it2))
            except ValueError as e: out.append("err " + str(e))
        print(sorted(map(str, out)))
        try: p.apply(f, (2,))
        except ValueError as e: print("apply", e, type(e.__cause__).__name__)
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(1) as ex:
        e = ex.submit(f, 2).exception()
        print(type(e).__name__, type(e.__cause__).__name__, '"""' in str(e.__cause__), "ValueError: two" in str(e.__cause__))

# expect: 0
# expect: 10
# expect: raised two
# expect: 30
# expect: ['50', '60', 'err two']
# expect: apply two RemoteTraceback
# expect: ValueError _RemoteTraceback True True

# A call that cannot be pickled: the ProcessPoolExecutor future holds pickle's error (no hang
# at shutdown); a lambda is a PicklingError, a nested function an AttributeError.
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp
def square(x): return x * x
if __name__ == "__main__":
    ex = ProcessPoolExecutor(1)
    f = ex.submit(lambda: 1)
    e = f.exception()
    print("submitted", type(e).__name__, str(e).split(" at 0x")[0], str(e).split(">")[-1])
    print(ex.submit(square, 7).result())
    ex.shutdown(); print("done")
    def local(): pass
    with ProcessPoolExecutor(1) as ex2:
        print(type(ex2.submit(local).exception()).__name__)
    import pickle
    try: pickle.dumps(lambda: 1)
    except pickle.PicklingError as e: print("PicklingError", str(e).split(" at 0x")[0])

# expect: submitted PicklingError Can't pickle <function <lambda>  on __main__ failed
# expect: 49
# expect: done
# expect: NoneType
# expect: PicklingError Can't pickle <function <lambda>

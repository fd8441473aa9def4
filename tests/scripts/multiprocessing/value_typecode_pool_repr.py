# multiprocessing: Value and Array refuse what has no C size as CPython does; a Pool's repr
# keeps its size after close() and join(), and after terminate().
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    for bad in ("x", "", 5):
        try:
            mp.Value(bad, 1)
        except Exception as e:
            print("Value", repr(bad), type(e).__name__, e)
        try:
            mp.Array(bad, 3)
        except Exception as e:
            print("Array", repr(bad), type(e).__name__, e)
    print(mp.Value("i", 7).value, list(mp.Array("d", [1.5, 2.5])))
    p = mp.Pool(2)
    print(p)
    print(p.map(square, range(5)))
    p.close()
    print(p)
    p.join()
    print(p)
    q = mp.Pool(3)
    q.terminate()
    print(q)
    q.join()
    print(q)

# expect: Value 'x' TypeError this type has no size
# expect: Array 'x' TypeError this type has no size
# expect: Value '' TypeError this type has no size
# expect: Array '' TypeError this type has no size
# expect: Value 5 TypeError this type has no size
# expect: Array 5 TypeError this type has no size
# expect: 7 [1.5, 2.5]
# expect: <multiprocessing.pool.Pool state=RUN pool_size=2>
# expect: [0, 1, 4, 9, 16]
# expect: <multiprocessing.pool.Pool state=CLOSE pool_size=2>
# expect: <multiprocessing.pool.Pool state=CLOSE pool_size=2>
# expect: <multiprocessing.pool.Pool state=TERMINATE pool_size=3>
# expect: <multiprocessing.pool.Pool state=TERMINATE pool_size=3>

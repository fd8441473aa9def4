# A Pool whose worker dies in the middle of a task: the waiting caller gets an error instead
# of waiting forever (MiniPy reports it at once; CPython's get(timeout) times out).
from multiprocessing import Pool
import os
import signal


def die(x):
    os.kill(os.getpid(), signal.SIGKILL)


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        r = pool.apply_async(die, (1,))
        try:
            r.get(timeout=10)
            print("no error")
        except Exception as e:
            print("the caller got an error")  # expect: the caller got an error
        print(pool.map(square, range(4), chunksize=1) if os.name == "posix" else None)  # expect: [0, 1, 4, 9]

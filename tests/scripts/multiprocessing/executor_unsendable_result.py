# A ProcessPoolExecutor call whose result cannot be sent back: the future's exception is the
# error of pickling it, as in CPython (not multiprocessing.Pool's MaybeEncodingError).
import concurrent.futures as cf


def make():
    return lambda: 1


def fine(x):
    return x * 2


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(1) as ex:
        e = ex.submit(make).exception()
        print(type(e).__name__, e)
        print(ex.submit(fine, 21).result())
        try:
            list(ex.map(make_list := make, []))
            print(list(ex.map(fine, [1, 2])))
        except Exception as err:
            print("map:", type(err).__name__)

# expect: AttributeError Can't pickle local object 'make.<locals>.<lambda>'
# expect: 42
# expect: [2, 4]

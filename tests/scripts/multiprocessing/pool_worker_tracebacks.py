# A task that raises in a worker process: the remote traceback's frames name the worker
# functions CPython's do (multiprocessing's worker and mapstar; the executor's
# _process_worker, then _process_chunk for map), with the lines that call the task.
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def f(x=0):
    return 1 / x


def show(e):
    # The function of each frame, and the lines quoted for the library's frames.
    frame = None
    for line in str(e.__cause__).splitlines():
        if line.startswith("  File"):
            frame = line.split(", in ")[1]
            print(frame)
        elif not line.startswith("    ") or frame != "f":
            print(line)


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.submit(f).result()
        except ZeroDivisionError as e:
            show(e)
        try:
            list(ex.map(f, [0]))
        except ZeroDivisionError as e:
            show(e)
    with Pool(1) as p:
        try:
            p.apply(f, (0,))
        except ZeroDivisionError as e:
            show(e)
        try:
            p.map(f, [0])
        except ZeroDivisionError as e:
            show(e)

# expect: 
# expect: """
# expect: Traceback (most recent call last):
# expect: _process_worker
# expect:     r = call_item.fn(*call_item.args, **call_item.kwargs)
# expect:         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: f
# expect: ZeroDivisionError: division by zero
# expect: """
# expect: 
# expect: """
# expect: Traceback (most recent call last):
# expect: _process_worker
# expect:     r = call_item.fn(*call_item.args, **call_item.kwargs)
# expect:         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: _process_chunk
# expect:     return [fn(*args) for args in chunk]
# expect:            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: <listcomp>
# expect:     return [fn(*args) for args in chunk]
# expect:             ^^^^^^^^^
# expect: f
# expect: ZeroDivisionError: division by zero
# expect: """
# expect: 
# expect: """
# expect: Traceback (most recent call last):
# expect: worker
# expect:     result = (True, func(*args, **kwds))
# expect:                     ^^^^^^^^^^^^^^^^^^^
# expect: f
# expect: ZeroDivisionError: division by zero
# expect: """
# expect: 
# expect: """
# expect: Traceback (most recent call last):
# expect: worker
# expect:     result = (True, func(*args, **kwds))
# expect:                     ^^^^^^^^^^^^^^^^^^^
# expect: mapstar
# expect:     return list(map(*args))
# expect:            ^^^^^^^^^^^^^^^^
# expect: f
# expect: ZeroDivisionError: division by zero
# expect: """

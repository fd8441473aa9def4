# What a program writes to os.environ is what os.getenv reads, and what its child processes
# (multiprocessing's, subprocess's) start with.
import multiprocessing as mp
import os
import subprocess
import time


def show(tag):
    print(tag, os.environ.get("MINIPY_TEST_VAR"), os.getenv("MINIPY_TEST_VAR"), os.getenv("MINIPY_TEST_GONE", "absent"),
          flush=True)


def _late(q):
    q.put(os.environ.get("MINIPY_TEST_LATE"))


if __name__ == "__main__":
    os.environ["MINIPY_TEST_VAR"] = "hello"
    os.environ["MINIPY_TEST_GONE"] = "x"
    del os.environ["MINIPY_TEST_GONE"]
    show("parent")
    print(os.getenv("MINIPY_TEST_NEVER"), os.getenv("MINIPY_TEST_NEVER", 5))
    try:
        os.getenv(1)
    except TypeError as e:
        print("TypeError", e)
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=show, args=(method,))
        p.start()
        p.join()
    # Children started one after another (the later ones pre-started) see each change.
    q = mp.Queue()
    for i in range(3):
        if i == 2:
            os.environ["MINIPY_TEST_LATE"] = "late"
        p = mp.Process(target=_late, args=(q,))
        p.start()
        print(i, q.get())
        p.join()
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    print("Tokyo hour at the epoch:", time.localtime(0).tm_hour)
    if old_tz is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old_tz
    time.tzset()
    out = subprocess.run(["sh", "-c", "echo shell $MINIPY_TEST_VAR ${MINIPY_TEST_GONE:-unset}"], capture_output=True, text=True)
    print(out.stdout.strip())

# expect: parent hello hello absent
# expect: None 5
# expect: TypeError str expected, not int
# expect: fork hello hello absent
# expect: spawn hello hello absent
# expect: 0 None
# expect: 1 None
# expect: 2 late
# expect: Tokyo hour at the epoch: 9
# expect: shell hello unset

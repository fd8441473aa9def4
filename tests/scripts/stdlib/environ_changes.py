# What a program writes to os.environ is what os.getenv reads, and what its child processes
# (multiprocessing's, subprocess's) start with.
import multiprocessing as mp
import os
import subprocess


def show(tag):
    print(tag, os.environ.get("MINIPY_TEST_VAR"), os.getenv("MINIPY_TEST_VAR"), os.getenv("MINIPY_TEST_GONE", "absent"),
          flush=True)


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
    out = subprocess.run(["sh", "-c", "echo shell $MINIPY_TEST_VAR ${MINIPY_TEST_GONE:-unset}"], capture_output=True, text=True)
    print(out.stdout.strip())

# expect: parent hello hello absent
# expect: None 5
# expect: TypeError str expected, not int
# expect: fork hello hello absent
# expect: spawn hello hello absent
# expect: shell hello unset

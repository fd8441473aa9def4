# A program that starts a process without the `if __name__ == "__main__":` guard: the child
# re-imports this file as __mp_main__, reaches start() again and fails with CPython's
# RuntimeError about the bootstrapping phase (on its stderr) instead of starting a process
# of its own — no fork bomb. The parent sees exit code 1.
import multiprocessing
import sys


def hello():
    print("never runs")


ctx = multiprocessing.get_context("spawn")
p = ctx.Process(target=hello)
p.start()
p.join()
if __name__ == "__main__":
    print("child exit code:", p.exitcode)  # expect: child exit code: 1
else:
    sys.exit(1)

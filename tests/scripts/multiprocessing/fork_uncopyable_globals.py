# The fork start method with objects it cannot copy among the parent's globals (a generator
# part-way through, an open file): a child that does not use them runs, as after a real
# fork (the first two lines are CPython 3.11's output); a child that does use one gets a
# TypeError naming it (the last line: under CPython the copy would have worked, but MiniPy's
# emulated fork cannot rebuild these; see stdlib/Natives/NotCopied.cs).
import multiprocessing as mp
import os
import tempfile

numbers = (i for i in range(3))
next(numbers)
log = open(os.path.join(tempfile.gettempdir(), "minipy_fork_uncopyable.txt"), "w")


def unrelated(tag):
    print("child", tag, "ran")


def uses_generator():
    try:
        next(numbers)
    except TypeError as e:
        print("TypeError:", "'generator' object" in str(e), "was not copied into the child process" in str(e))


if __name__ == "__main__":
    p = mp.Process(target=unrelated, args=("a",))
    p.start()
    p.join()
    print("exit code", p.exitcode)
    p = mp.Process(target=uses_generator)
    p.start()
    p.join()
    log.close()
    os.remove(log.name)

# expect: child a ran
# expect: exit code 0
# expect: TypeError: True True

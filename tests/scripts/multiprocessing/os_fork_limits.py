# Where MiniPy's emulated os.fork differs from a real one (see stdlib/Natives/OsFork.cs):
# the running frames are copied only when the eval loop entered each of them itself, from
# the main thread; a generator part-way through is not copied, and the child is told so if
# it touches it. (These lines are MiniPy's own: CPython forks in every one of these cases.)
import os
import sys
import threading


def fork_through_map(_):
    return os.fork()


try:
    list(map(fork_through_map, [1]))
except RuntimeError as e:
    print(str(e).split(":")[0])
    print("called from C#" in str(e))

def _try_fork():
    try:
        os.fork()
    except RuntimeError as e:
        return str(e)


errors = []
worker = threading.Thread(target=lambda: errors.append(_try_fork()))
worker.start()
worker.join()
print(errors)


def numbers():
    yield 1
    yield 2


g = numbers()
print(next(g))
pid = os.fork()
if pid == 0:
    try:
        next(g)
    except TypeError as e:
        print("child:", "generator" in str(e), "numbers" in str(e))
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent goes on:", next(g))
# expect: os.fork() cannot copy this program's running frames into the child
# expect: True
# expect: ['os.fork() is emulated in the main thread only (MiniPy copies the running frames into a new process)']
# expect: 1
# expect: child: True True
# expect: parent goes on: 2

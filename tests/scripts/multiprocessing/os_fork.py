# os.fork: the child runs on from the call with fork() returning 0, with a copy of the
# parent's objects and of its running frames (loops, locals, the call stack, the exception
# being handled); the parent gets the child's pid and waits for it with os.waitpid.
import atexit
import os
import subprocess
import sys


def wait_for(pid):
    wpid, status = os.waitpid(pid, 0)
    assert wpid == pid
    return os.waitstatus_to_exitcode(status)


class Worker:
    def __init__(self, name):
        self.name = name
        self.done = []

    def run_children(self, items):
        codes = []
        for index, item in enumerate(items):
            pid = os.fork()
            if pid == 0:
                self.done.append(item)
                print(self.name, "child", index, "handles", item, "done:", self.done)
                sys.stdout.flush()
                os._exit(10 + index)
            codes.append(wait_for(pid))
        return codes


w = Worker("w1")
print("exit codes", w.run_children(["a", ("b", 2), 3.5]))
print("the parent's list is its own:", w.done)

shared = [1, 2]
table = {"k": shared}
pid = os.fork()
if pid == 0:
    shared.append(3)
    print("child: one list under two names:", table, table["k"] is shared)
    sys.stdout.flush()
    os._exit(0)
wait_for(pid)
print("parent:", table)

r, w_fd = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w_fd, b"through the pipe")
    os._exit(0)
os.close(w_fd)
chunks = []
while True:
    chunk = os.read(r, 5)
    if not chunk:
        break
    chunks.append(chunk)
os.close(r)
wait_for(pid)
print("parent read", b"".join(chunks))

try:
    raise ValueError("being handled")
except ValueError as e:
    pid = os.fork()
    if pid == 0:
        print("child is handling", repr(e), sys.exc_info()[0].__name__)
        sys.stdout.flush()
        os._exit(0)
    wait_for(pid)


def deep(n):
    if n == 0:
        return os.fork()
    return deep(n - 1) + 0


pid = deep(5)
if pid == 0:
    print("child returned through five frames")
    sys.stdout.flush()
    os._exit(0)
wait_for(pid)

order = []
os.register_at_fork(before=lambda: order.append("before"),
                    after_in_parent=lambda: order.append("parent"),
                    after_in_child=lambda: print("after_in_child runs in the child"))
pid = os.fork()
if pid == 0:
    sys.stdout.flush()
    os._exit(0)
wait_for(pid)
print("hooks in the parent:", order)
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError:", e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print("TypeError:", e)

atexit.register(lambda: print("atexit handler in pid-independent words"))
pid = os.fork()
if pid == 0:
    print("this child ends at the end of the program")
else:
    print("falling off the end gives", wait_for(pid))
    pid = os.fork()
    if pid == 0:
        raise SystemExit(7)
    print("SystemExit(7) gives", wait_for(pid))
    pid = os.fork()
    if pid == 0:
        sys.stderr = open(os.devnull, "w")
        raise KeyError("uncaught in the child")
    print("an uncaught exception gives", wait_for(pid))
    try:
        os.waitpid(pid, 0)
    except ChildProcessError as e:
        print("ChildProcessError:", e)

    for status in (0, 3 << 8, 255 << 8, 9, 15, 0x7f | (19 << 8), 0xffff, 0x80 | 11):
        print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
              os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFCONTINUED(status),
              os.WCOREDUMP(status))
    for status in (0, 5 << 8, 9):
        print("exit code of", status, "is", os.waitstatus_to_exitcode(status))
    try:
        os.waitstatus_to_exitcode(0x7f)
    except ValueError as e:
        print("ValueError:", e)

    # What stdout still buffers when fork() is called is copied into the child, as a real
    # fork copies memory: with stdout in a pipe (block-buffered), "before" is printed twice;
    # os._exit drops what the child has not flushed.
    program = "\n".join([
        "import os, sys",
        "print('before')",
        "pid = os.fork()",
        "if pid == 0:",
        "    print('child')",
        "    if sys.argv[1] == 'exit': os._exit(0)",
        "    sys.exit(0)",
        "os.waitpid(pid, 0)",
        "print('parent')",
    ])
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    for how in ("sys.exit", "exit"):
        out = subprocess.run([sys.executable, "-c", program, how], env=env, capture_output=True, text=True)
        print(how, "->", out.stdout.split(), out.returncode)
# expect: w1 child 0 handles a done: ['a']
# expect: w1 child 1 handles ('b', 2) done: [('b', 2)]
# expect: w1 child 2 handles 3.5 done: [3.5]
# expect: exit codes [10, 11, 12]
# expect: the parent's list is its own: []
# expect: child: one list under two names: {'k': [1, 2, 3]} True
# expect: parent: {'k': [1, 2]}
# expect: parent read b'through the pipe'
# expect: child is handling ValueError('being handled') ValueError
# expect: child returned through five frames
# expect: after_in_child runs in the child
# expect: hooks in the parent: ['before', 'parent']
# expect: TypeError: At least one argument is required.
# expect: TypeError: 'before' must be callable, not int
# expect: after_in_child runs in the child
# expect: this child ends at the end of the program
# expect: atexit handler in pid-independent words
# expect: falling off the end gives 0
# expect: after_in_child runs in the child
# expect: atexit handler in pid-independent words
# expect: SystemExit(7) gives 7
# expect: after_in_child runs in the child
# expect: atexit handler in pid-independent words
# expect: an uncaught exception gives 1
# expect: ChildProcessError: [Errno 10] No child processes
# expect: 0x0 True 0 False 0 False 0 False False
# expect: 0x300 True 3 False 0 False 3 False False
# expect: 0xff00 True 255 False 0 False 255 False False
# expect: 0x9 False 0 True 9 False 0 False False
# expect: 0xf False 0 True 15 False 0 False False
# expect: 0x137f False 19 False 127 True 19 False False
# expect: 0xffff False 255 False 127 False 255 True True
# expect: 0x8b False 0 True 11 False 0 False True
# expect: exit code of 0 is 0
# expect: exit code of 1280 is 5
# expect: exit code of 9 is -9
# expect: ValueError: process stopped by delivery of signal 0
# expect: sys.exit -> ['before', 'child', 'before', 'parent'] 0
# expect: exit -> ['before', 'parent'] 0
# expect: atexit handler in pid-independent words

"""The child's side of starting a process (and of os.fork): wait for the start message (a child may have been
started ahead of time, and wait here until a start() needs it); with the fork method, rebuild
the parent's main namespace and Process from the copy of its heap; with spawn (and
forkserver), import the parent's main program as __mp_main__ (so its
`if __name__ == "__main__":` block does not run again) and rebuild the Process; then run it.
The process exits with its exit code: by os._exit after fork (no atexit handlers), by
sys.exit after spawn, as CPython's children do."""

import sys
import _multiprocessing as _mp
import multiprocessing
from multiprocessing import process


def _child_main():
    data = _mp.spawn_data()
    if data is None:
        # The parent let this pre-started child go without using it, or has gone.
        sys.exit(0)
    sys.argv = data["argv"]
    if data.get("sys_path") is not None:
        sys.path[:] = data["sys_path"]
    sys.setswitchinterval(data["switch_interval"])
    sys.setrecursionlimit(data["recursion_limit"])
    if data.get("os_fork") is not None:
        # os.fork's child: the parent's heap and running frames are rebuilt, and the program
        # goes on from its call of fork(), which returns 0 here (Natives/OsFork.cs). Its end
        # is a program's end: atexit handlers run, streams are flushed.
        import _fork
        sys.exit(_fork.resume(data["os_fork"]))
    if data.get("fork") is None and data.get("log_level") is not None:
        # As CPython's prepare(): a spawned child logs as its parent asked, from the start.
        from multiprocessing import util
        if data.get("log_to_stderr"):
            util.log_to_stderr()
        util.get_logger().setLevel(data["log_level"])
    if data.get("fork") is not None:
        # The fork start method: the parent's main namespace and the Process come as a copy
        # of its heap; the main program does not run again.
        cls, state, inherited = _mp.fork_restore(data["fork"])
        from multiprocessing import _fork_inherit
        _fork_inherit.restore(inherited)
    else:
        # While the main program is imported, starting a process is an error (no fork bomb).
        placeholder = process._MainProcess()
        placeholder._inheriting = True
        placeholder._name = data.get("name", placeholder._name)
        process._current_process = placeholder
        if data["main_path"] is not None:
            _mp.run_main(data["main_path"])
        cls, state = _mp.loads(data["process"])
    obj = object.__new__(cls)
    obj.__dict__.update(state)
    process._parent_process = process._ParentProcess(obj._parent_name, obj._parent_pid)
    code = obj._bootstrap()
    if data.get("fork") is not None:
        # A forked child ends as CPython's does, by os._exit once its non-daemon threads are
        # done: what the program registered with atexit (in the parent, or in the target) is
        # not run. A spawned child ends by sys.exit, which runs them.
        import os
        import threading
        threading._shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)

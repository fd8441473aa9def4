# Children started one after another: after the first start() the parent keeps one child
# booted ahead of time, and later start() calls hand it their work. Such a child must be
# indistinguishable from one launched on the spot: its own pid, sys.argv as the parent had
# it at start() time, the main program imported afresh as __mp_main__ (the spawn start
# method), and nothing left
# behind when the parent ends with a pre-started child still unused.
import multiprocessing
import os
import sys

imported_as = __name__


def report(q, tag):
    q.put((tag, os.getpid(), os.getppid() == multiprocessing.parent_process().pid,
           sys.argv[1:], imported_as))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # what this test is about
    q = multiprocessing.Queue()
    pids = set()
    for i in range(4):
        sys.argv.append("arg%d" % i)
        p = multiprocessing.Process(target=report, args=(q, i))
        p.start()
        tag, pid, parent_ok, argv, name = q.get(timeout=60)
        p.join()
        pids.add(pid)
        print(tag, parent_ok, argv, name, p.exitcode, pid == p.pid)
    # expect: 0 True ['arg0'] __mp_main__ 0 True
    # expect: 1 True ['arg0', 'arg1'] __mp_main__ 0 True
    # expect: 2 True ['arg0', 'arg1', 'arg2'] __mp_main__ 0 True
    # expect: 3 True ['arg0', 'arg1', 'arg2', 'arg3'] __mp_main__ 0 True
    print(len(pids), len(multiprocessing.active_children()))  # expect: 4 0

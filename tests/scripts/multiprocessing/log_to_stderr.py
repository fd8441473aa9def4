# multiprocessing's own logger: log_to_stderr and get_logger, and what a process logs at
# INFO as it starts, ends and shuts down (in the child, with both start methods, and in
# the parent), formatted "[LEVEL/processName] message". The handler log_to_stderr makes is
# pointed at stdout here, so that the lines can be checked in order; a forked child inherits
# it, a spawned child makes its own on stderr.
import logging
import multiprocessing
import sys


def work(tag):
    multiprocessing.get_logger().info("working on %s", tag)


if __name__ == "__main__":
    logger = multiprocessing.log_to_stderr(logging.INFO)
    print(logger is multiprocessing.get_logger(), logger.name, logger.propagate)  # expect: True multiprocessing 0
    print(logger.handlers[0].formatter._fmt)  # expect: [%(levelname)s/%(processName)s] %(message)s
    logger.handlers[0].setStream(sys.stdout)
    logger.info("in the parent")  # expect: [INFO/MainProcess] in the parent
    logger.debug("below the level")
    for method in ("fork", "spawn"):
        p = multiprocessing.get_context(method).Process(target=work, args=(method,), name="Worker-" + method)
        p.start()
        p.join()
        print(method, p.exitcode)
    # expect: [INFO/Worker-fork] child process calling self.run()
    # expect: [INFO/Worker-fork] working on fork
    # expect: [INFO/Worker-fork] process shutting down
    # expect: [INFO/Worker-fork] process exiting with exitcode 0
    # expect: fork 0
    # (the spawned child logs to its own stderr: a handler made by log_to_stderr there)
    # expect: spawn 0
    # and at exit, once:
    # expect: [INFO/MainProcess] process shutting down

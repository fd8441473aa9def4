# Exit codes as CPython reports them: sys.exit(n), an uncaught exception (1, with the
# traceback on the child's stderr), terminate() -15, kill() -9, os.kill with signal numbers.
from multiprocessing import Process
import os
import signal
import sys
import time


def exits(code):
    sys.exit(code)


def raises():
    raise ValueError("raised in the child")


def sleeps():
    time.sleep(30)


def kills_itself():
    os.kill(os.getpid(), signal.SIGKILL)


def returns():
    return 42


def run(target, *args):
    p = Process(target=target, args=args)
    p.start()
    p.join()
    return p.exitcode


if __name__ == "__main__":
    print(run(exits, 3), run(exits, 0), run(exits, None), run(returns))  # expect: 3 0 0 0
    print("message exit:", run(exits, "goodbye"))  # expect: message exit: 1
    print("raising child:", run(raises))  # expect: raising child: 1
    print("killed itself:", run(kills_itself))  # expect: killed itself: -9
    print(signal.SIGTERM, signal.SIGKILL, signal.SIGINT)  # expect: 15 9 2
    results = []
    for how in ("terminate", "kill", "os.kill"):
        p = Process(target=sleeps)
        p.start()
        time.sleep(0.1)
        if how == "terminate":
            p.terminate()
        elif how == "kill":
            p.kill()
        else:
            os.kill(p.pid, signal.SIGTERM)
        p.join()
        results.append((how, p.exitcode))
    print(results)  # expect: [('terminate', -15), ('kill', -9), ('os.kill', -15)]
    try:
        os.kill(p.pid, 0)
    except ProcessLookupError:
        print("reaped child is gone")  # expect: reaped child is gone

# select.select on any descriptor: pipe ends, sockets, a process's sentinel; and
# multiprocessing.connection.wait on sentinels, as the multiprocessing docs use it.
import multiprocessing as mp
import os
import select
import socket
import time
from multiprocessing.connection import wait


def sleeper(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    r, w = os.pipe()
    print(select.select([r], [w], [], 0) == ([], [w], []))
    os.write(w, b"x")
    print(select.select([r], [], [], 0) == ([r], [], []))
    print(os.read(r, 1))
    os.close(w)
    print(select.select([r], [], [], 1.0) == ([r], [], []), os.read(r, 1))
    os.close(r)
    try:
        select.select([r], [], [], 0)
    except OSError as e:
        print("OSError", e.errno)
    a, b = socket.socketpair()
    print(select.select([a], [b], [], 0) == ([], [b], []))
    b.sendall(b"hi")
    print(select.select([a, b], [], [], 1.0)[0] == [a])
    a.close()
    b.close()
    t0 = time.monotonic()
    print(select.select([], [], [], 0.05), time.monotonic() - t0 >= 0.04)

    procs = [mp.Process(target=sleeper, args=(d,)) for d in (0.6, 0.05)]
    for p in procs:
        p.start()
    first = wait([p.sentinel for p in procs])
    print(first == [procs[1].sentinel])
    rest = wait([procs[0].sentinel], timeout=30)
    print(rest == [procs[0].sentinel])
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
    try:
        mp.Process(target=sleeper).sentinel
    except ValueError as e:
        print("ValueError", e)

# expect: True
# expect: True
# expect: b'x'
# expect: True b''
# expect: OSError 9
# expect: True
# expect: True
# expect: ([], [], []) True
# expect: True
# expect: True
# expect: [0, 0]
# expect: ValueError process not started

# Complex numbers and bytearrays reach a child in its arguments, in a forked copy of the
# main module's globals and through a queue, under fork and spawn; a bytearray passed twice
# to a forked child is one object there, and the child's changes stay in the child.
import multiprocessing as mp

GLOBAL = {"z": 1 - 2.5j, "pair": (3j, complex(-0.0, 1))}


def child(q, z):
    q.put((z * 2, GLOBAL["z"], GLOBAL["pair"], [complex("inf+nanj")]))


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=child, args=(q, 1 + 1j))
        p.start()
        print(method, q.get())
        p.join()
    shared = bytearray(b"fork")
    ctx = mp.get_context("fork")
    q = ctx.Queue()

    def child2(q, a, b):
        a.extend(b"ed")
        q.put((a is b, a, bytearray(b"via queue")))

    p = ctx.Process(target=child2, args=(q, shared, shared))
    p.start()
    print(q.get(), shared)
    p.join()
# expect: fork ((2+2j), (1-2.5j), (3j, (-0+1j)), [(inf+nanj)])
# expect: spawn ((2+2j), (1-2.5j), (3j, (-0+1j)), [(inf+nanj)])
# expect: (True, bytearray(b'forked'), bytearray(b'via queue')) bytearray(b'fork')

# Complex numbers reach a child in its arguments, in a forked copy of the main module's
# globals and through a queue, under fork and spawn.
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
# expect: fork ((2+2j), (1-2.5j), (3j, (-0+1j)), [(inf+nanj)])
# expect: spawn ((2+2j), (1-2.5j), (3j, (-0+1j)), [(inf+nanj)])

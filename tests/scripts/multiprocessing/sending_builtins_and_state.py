# What processes send and how they end, as CPython's: Ellipsis, str.upper, dict.fromkeys,
# object(), an exception's attributes, __getstate__/__setstate__; a forked child skips atexit;
# spawning fixes the default start method; pool callbacks run in the result handler thread;
# executor workers are named by their context.
import multiprocessing as mp, atexit, threading, time, pickle
import concurrent.futures as cf
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class WithState:
    def __init__(self): self.secret = "hidden"
    def __getstate__(self): return {"kept": 1}
    def __setstate__(self, st): self.secret = "restored %s" % st["kept"]
keep = dict.fromkeys   # a module global the fork copy must carry
def echo(q, out):
    for _ in range(8):
        v = q.get()
        if isinstance(v, MyError): v = ("MyError", v.args, v.code)
        elif isinstance(v, WithState): v = v.secret
        elif callable(v): v = v("ab")
        elif type(v) is object: v = "an object"
        out.put(v)
def child_with_atexit():
    atexit.register(print, "child atexit ran (not under fork)")
    print("child done", flush=True)
def who(_):
    return mp.current_process().name
def sq(x):
    return x * x
if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(q, out)); p.start()
    for v in [Ellipsis, NotImplemented, str.upper, dict.fromkeys, object(), MyError(7, "x"), WithState(), keep]:
        q.put(v)
        print(repr(out.get()))
    p.join()
    c = mp.Process(target=child_with_atexit); c.start(); c.join(); print("exitcode", c.exitcode)
    print(pickle.loads(pickle.dumps(str.upper))("x"), pickle.loads(pickle.dumps(dict.fromkeys))("ab"))
    print(mp.get_start_method(allow_none=True))
    s = mp.get_context("spawn").Process(target=sq, args=(1,)); s.start(); s.join()
    print(mp.get_start_method(allow_none=True))
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError", e)
    got = []
    with mp.Pool(2) as pool:
        pool.apply_async(sq, (3,), callback=lambda v: got.append((v, threading.current_thread() is threading.main_thread())))
        deadline = time.monotonic() + 30
        while not got and time.monotonic() < deadline:
            time.sleep(0.01)
        print("callback ran:", got)
    with cf.ProcessPoolExecutor(1) as ex:
        print(ex.submit(who, 0).result().startswith("ForkProcess-"))
    with cf.ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as ex:
        print(ex.submit(who, 0).result().startswith("SpawnProcess-"))

# expect: Ellipsis
# expect: NotImplemented
# expect: 'AB'
# expect: {'a': None, 'b': None}
# expect: 'an object'
# expect: ('MyError', (7, 'x'), 7)
# expect: 'restored 1'
# expect: {'a': None, 'b': None}
# expect: child done
# expect: exitcode 0
# expect: X {'a': None, 'b': None}
# expect: fork
# expect: fork
# expect: RuntimeError context has already been set
# expect: callback ran: [(9, False)]
# expect: True
# expect: True

# multiprocessing.sharedctypes.copy (a new shared object holding a copy of a value) and
# synchronized (a lock around an object: Synchronized, SynchronizedArray, or a
# Synchronized<Name> class whose properties are a structure's fields).
import ctypes
import multiprocessing as mp
from multiprocessing import sharedctypes as sc
from ctypes import Structure, c_char, c_int, c_double


class Pair(Structure):
    _fields_ = [("tag", c_char * 4), ("n", c_int), ("scores", c_double * 2)]


def bump(s, arr, total):
    with s.get_lock():
        s.n += 5
    s.tag = b"kid"
    arr[0] = 7
    total.value += 1.5


if __name__ == "__main__":
    original = sc.RawValue(Pair, b"ab", 3, (1.5, 2.5))
    twin = sc.copy(original)
    twin.n = 99
    twin.scores[1] = -1
    print(type(twin).__name__, twin.tag, twin.n, list(twin.scores), original.n, list(original.scores))
    print(sorted(sc.__all__))
    s = sc.synchronized(twin)
    print(repr(s).split(" object at ")[0], type(s).__name__, type(s).__module__)
    print(s.n, s.tag, list(s.scores), type(s.get_lock()).__name__, s.get_obj() is twin)
    s.n = 5
    print(twin.n, hasattr(s, "scores"), hasattr(s, "missing"))
    try:
        sc.synchronized(s)
    except AssertionError as e:
        print("AssertionError", e)
    lock = mp.Lock()
    plain = sc.synchronized(Pair(b"x", 1), lock)
    print(plain.get_lock() is lock, plain.n)
    n = sc.copy(sc.RawValue("i", 7))
    print(n, n.value)
    a = sc.copy(sc.RawArray("d", [1, 2]))
    print(a[:], len(a))
    arr = sc.synchronized(sc.RawArray(c_int, 3))
    total = sc.synchronized(sc.copy(ctypes.c_double(2.0)))
    print(repr(arr).split(" object at ")[0], total, sc.synchronized(sc.RawValue("i", 3)))
    print(repr(sc.synchronized(ctypes.c_int(4))), type(sc.copy(ctypes.c_int(8))).__name__)
    p = mp.Process(target=bump, args=(s, arr, total))
    p.start()
    p.join()
    print(twin.n, twin.tag, arr[:], total.value)

# expect: Pair b'ab' 99 [1.5, -1.0] 3 [1.5, 2.5]
# expect: ['Array', 'RawArray', 'RawValue', 'Value', 'copy', 'synchronized']
# expect: <SynchronizedPair wrapper for <__main__.Pair SynchronizedPair multiprocessing.sharedctypes
# expect: 99 b'ab' [1.5, -1.0] RLock True
# expect: 5 True False
# expect: AssertionError object already synchronized
# expect: True 1
# expect: c_int(7) 7
# expect: [1.0, 2.0] 2
# expect: <SynchronizedArray wrapper for <multiprocessing.sharedctypes.c_int_Array_3 <Synchronized wrapper for c_double(2.0)> <Synchronized wrapper for c_int(3)>
# expect: <Synchronized wrapper for c_int(4)> c_int
# expect: 10 b'kid' [7, 0, 0] 3.5

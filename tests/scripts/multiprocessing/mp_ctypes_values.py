# multiprocessing's Value and Array made from ctypes types (Value(ctypes.c_int, 0)) as well
# as type codes, shared with children, and the reprs that name their C types.
import ctypes
import multiprocessing as mp


def work(counter, flag, totals, letter):
    for _ in range(100):
        with counter.get_lock():
            counter.value += 1
    flag.value = True
    for i in range(len(totals)):
        totals[i] += i * 0.5
    letter.value = "z"


if __name__ == "__main__":
    counter = mp.Value(ctypes.c_int, 0)
    flag = mp.Value(ctypes.c_bool, False)
    totals = mp.Array(ctypes.c_double, 4)
    letter = mp.Value("u", "a")
    print(counter, flag, letter)
    procs = [mp.Process(target=work, args=(counter, flag, totals, letter)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value, flag.value, list(totals), letter.value)
    print(repr(mp.Value("i", 3)), repr(mp.Value("d", 1.5)), repr(mp.Value("c", b"x")))
    print(mp.Value(ctypes.c_long, 2 ** 40), mp.Value(ctypes.c_ubyte, 300))
    raw = mp.Value(ctypes.c_double, 1.0 / 3.0, lock=False)
    print(raw, raw.value)
    arr = mp.Array(ctypes.c_int, 2)
    print(repr(arr).split(" object at ")[0], repr(arr.get_obj()).split(" object at ")[0])
    chars = mp.Array(ctypes.c_char, b"hello world")
    print(chars.value, len(chars))
    short = mp.RawArray(ctypes.c_short, [1, -2, 70000])
    print(short[:])

# expect: <Synchronized wrapper for c_int(0)> <Synchronized wrapper for c_bool(False)> <Synchronized wrapper for c_wchar('a')>
# expect: 300 True [0.0, 1.5, 3.0, 4.5] z
# expect: <Synchronized wrapper for c_int(3)> <Synchronized wrapper for c_double(1.5)> <Synchronized wrapper for c_char(b'x')>
# expect: <Synchronized wrapper for c_long(1099511627776)> <Synchronized wrapper for c_ubyte(44)>
# expect: c_double(0.3333333333333333) 0.3333333333333333
# expect: <SynchronizedArray wrapper for <multiprocessing.sharedctypes.c_int_Array_2 <multiprocessing.sharedctypes.c_int_Array_2
# expect: b'hello world' 11
# expect: [1, -2, 4464]

# Shared char arrays: iteration gives one-byte bytes, slice assignment from bytes, value
# takes bytes only; int arrays unchanged.
import multiprocessing as mp
if __name__ == "__main__":
    a = mp.Array('c', b"hello")
    print(list(a), a[:], a[1], a.value)
    a[3:5] = a[0:2]
    print(a.value, a.raw)
    try: a.value = bytearray(b"x")
    except TypeError as e: print(e)
    r = mp.RawArray('c', b"ab"); print(list(r), r[:])
    n = mp.Array('i', [1, 2, 3]); print(list(n), n[:], sum(n))

# expect: [b'h', b'e', b'l', b'l', b'o'] b'hello' b'e' b'hello'
# expect: b'helhe' b'helhe'
# expect: bytes expected instead of bytearray instance
# expect: [b'a', b'b'] b'ab'
# expect: [1, 2, 3] [1, 2, 3] 6

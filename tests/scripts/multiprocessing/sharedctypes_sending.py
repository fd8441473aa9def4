# C objects that are not in shared memory travel to other processes as copies: structures
# as Process arguments (with the bytes a c_char_p field refers to), through a Queue, to and
# from Pool workers (with their extra attributes), and an array of a simple type.
import multiprocessing as mp
from ctypes import Structure, c_double, c_int, c_char_p, c_float


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


class Named(Structure):
    _fields_ = [("name", c_char_p), ("n", c_int)]


def norm(p):
    return (p.x ** 2 + p.y ** 2) ** 0.5


def make(i):
    p = Point(i, -i)
    p.label = "p%d" % i
    return p


def child(q, p, named, arr):
    q.put((p.x, p.y, named.name, named.n, list(arr)))
    p.x = 100.0  # a copy: the parent's is unchanged
    arr[0] = 9
    q.put(Point(8, 9))


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(norm, [Point(3, 4), Point(5, 12)]))
        got = pool.map(make, [1, 2])
        print([(type(p).__name__, p.x, p.y, p.label) for p in got])
    q = mp.Queue()
    p = Point(1, 2)
    named = Named(b"alpha", 3)
    arr = (c_float * 3)(0.5, 1.5)
    proc = mp.Process(target=child, args=(q, p, named, arr))
    proc.start()
    print(q.get())
    back = q.get()
    proc.join()
    print(p.x, type(back).__name__, back.x, back.y)
    print(list(arr))

# expect: [5.0, 13.0]
# expect: [('Point', 1.0, -1.0, 'p1'), ('Point', 2.0, -2.0, 'p2')]
# expect: (1.0, 2.0, b'alpha', 3, [0.5, 1.5, 0.0])
# expect: 1.0 Point 8.0 9.0
# expect: [0.5, 1.5, 0.0]

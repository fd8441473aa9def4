# The same as sharedctypes_structures.py with the spawn start method: the shared objects
# travel to a fresh interpreter as handles to the same shared memory, an array type made by
# multiprocessing (Point_Array_3) by its item type and length.
import ctypes
import multiprocessing as mp
from multiprocessing import sharedctypes as sc
from ctypes import Structure, Union, c_double, c_int, c_char, c_void_p, c_short, c_longdouble, sizeof


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


class Body(Structure):
    _fields_ = [("name", c_char * 8), ("pos", Point), ("hist", c_int * 4), ("mass", c_short)]


class Num(Union):
    _fields_ = [("i", c_int), ("b", ctypes.c_ubyte * 4)]


def work(v, body, arr, one, num, ptr, ld):
    with v.get_lock():
        v.x += 10
        v.y = -v.y
    body.pos.x = 7.5
    body.hist[2] = 42
    body.name = b"moved"
    body.mass += 1
    for p in arr:
        p.x, p.y = p.y, p.x
    one.y = 123.0
    num.b[3] = 1
    ptr.value = 4096
    ld.value = ld.value * 4


def show(tag, v, body, arr, num, ptr, ld):
    print(tag, v.x, v.y, body.name, body.pos.x, list(body.hist), body.mass,
          [(p.x, p.y) for p in arr], num.i, ptr.value, ld.value)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    v = sc.Value(Point, 1.5, 2.5)
    print(repr(v).split(" object at ")[0], type(v).__name__, type(v.get_obj()).__name__, v.x, v.y)
    body = sc.RawValue(Body, b"sun", (1, 2), (1, 2, 3))
    print(type(body).__name__, body.name, body.pos.y, list(body.hist), sizeof(body))
    arr = sc.Array(Point, 3, lock=False)
    print(type(arr).__name__, type(arr).__module__, len(arr), [(p.x, p.y) for p in arr])
    arr[1] = (3, 4)
    arr[2] = Point(5, 6)
    synced = mp.Array(Point, [(1, 2)])
    print(repr(synced).split(" object at ")[0], len(synced), synced[0].x)
    num = sc.RawValue(Num, 5)
    ptr = sc.Value(c_void_p)
    ld = sc.Value(c_longdouble, 1.25)
    print(repr(ptr), repr(ld), ptr.value)
    show("before", v, body, arr, num, ptr, ld)
    p = mp.Process(target=work, args=(v, body, arr, v.get_obj(), num, ptr, ld))
    p.start()
    p.join()
    show("after", v, body, arr, num, ptr, ld)
    try:
        sc.Value(Point, 1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        sc.Array(Point, [(1, 2, 3)])
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        sc.Value(Point, lock=5)
    except AttributeError as e:
        print("AttributeError", e)

# expect: <SynchronizedPoint wrapper for <__main__.Point SynchronizedPoint Point 1.5 2.5
# expect: Body b'sun' 2.0 [1, 2, 3, 0] 48
# expect: Point_Array_3 multiprocessing.sharedctypes 3 [(0.0, 0.0), (0.0, 0.0), (0.0, 0.0)]
# expect: <SynchronizedArray wrapper for <multiprocessing.sharedctypes.Point_Array_1 1 1.0
# expect: <Synchronized wrapper for c_void_p(None)> <Synchronized wrapper for c_longdouble(1.25)> None
# expect: before 1.5 2.5 b'sun' 1.0 [1, 2, 3, 0] 0 [(0.0, 0.0), (3.0, 4.0), (5.0, 6.0)] 5 None 1.25
# expect: after 11.5 123.0 b'moved' 7.5 [1, 2, 42, 0] 1 [(0.0, 0.0), (4.0, 3.0), (6.0, 5.0)] 16777221 4096 5.0
# expect: TypeError too many initializers
# expect: RuntimeError (Point) TypeError: too many initializers
# expect: AttributeError 5 has no method 'acquire'

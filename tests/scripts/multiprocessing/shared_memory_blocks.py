# multiprocessing.shared_memory.SharedMemory: a named block written through its memoryview,
# seen by a child given the object and by one that attaches by name; closing, unlinking and
# CPython's errors; a later fork with closed and unlinked blocks in the main namespace.
from multiprocessing import shared_memory, Process, Queue
import multiprocessing as mp

def child(shm, sl, q):
    shm.buf[0:5] = b"HELLO"
    sl[0] = sl[0] + 100
    sl[1] = "from child"
    q.put(bytes(shm.buf[5:10]))
    shm.close()

def by_name(name, q):
    other = shared_memory.SharedMemory(name=name)
    q.put((other.size, bytes(other.buf[:5])))
    other.buf[5] = 33
    other.close()

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=32)
    print(shm.name.startswith("psm_"), len(shm.name), shm.size, len(shm.buf), shm.buf.readonly)
    print(repr(shm).startswith("SharedMemory('psm_"), repr(shm).endswith("', size=32)"))
    shm.buf[5:10] = b"world"
    print(bytes(shm.buf[:10]), shm.buf[5], shm.buf.tolist()[5:8])
    sl = shared_memory.ShareableList([1, "x" * 12, 2.0])
    q = Queue()
    p = Process(target=child, args=(shm, sl, q))
    p.start(); print("child read", q.get()); p.join()
    print(bytes(shm.buf[:10]), list(sl), p.exitcode)
    p = Process(target=by_name, args=(shm.name, q))
    p.start(); print("by name", q.get()); p.join()
    print(shm.buf[5])
    twin = shared_memory.SharedMemory(shm.name)
    print(twin.size, bytes(twin.buf[:6]))
    twin.close()
    print(twin.buf)
    for kwargs in (dict(name=shm.name, create=True, size=8), dict(name="psm_surely_absent"), dict(create=True, size=0),
                   dict(create=True, size=-1), dict()):
        try:
            shared_memory.SharedMemory(**kwargs)
        except Exception as e:
            print(type(e).__name__, e if not isinstance(e, OSError) else (e.errno, e.strerror, e.filename.replace(shm.name, "NAME")))
    try:
        shm.buf[0] = 300
    except ValueError as e:
        print("ValueError", e)
    try:
        shm.buf[0:2] = b"abc"
    except ValueError as e:
        print("ValueError", e)
    view = shm.buf
    shm.close()
    try:
        view[0]
    except ValueError as e:
        print("ValueError", e)
    shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError as e:
        print("FileNotFoundError after unlink", e.errno)
    sl.shm.close(); sl.shm.unlink()
    with mp.Pool(2) as pool:
        print(pool.map(abs, [-1, -2]))

# expect: True 12 32 32 False
# expect: True True
# expect: b'\x00\x00\x00\x00\x00world' 119 [119, 111, 114]
# expect: child read b'world'
# expect: b'HELLOworld' [101, 'from child', 2.0] 0
# expect: by name (32, b'HELLO')
# expect: 33
# expect: 32 b'HELLO!'
# expect: None
# expect: FileExistsError (17, 'File exists', '/NAME')
# expect: FileNotFoundError (2, 'No such file or directory', '/psm_surely_absent')
# expect: ValueError 'size' must be a positive number different from zero
# expect: ValueError 'size' must be a positive integer
# expect: ValueError 'name' can only be None if create=True
# expect: ValueError memoryview: invalid value for format 'B'
# expect: ValueError memoryview assignment: lvalue and rvalue have different structures
# expect: ValueError operation forbidden on released memoryview object
# expect: FileNotFoundError after unlink 2
# expect: [1, 2]

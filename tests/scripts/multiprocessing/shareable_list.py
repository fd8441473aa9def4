# multiprocessing.shared_memory.ShareableList: formats, items of every kind, replacing an item
# by another kind that fits, the errors, and a second list attached by the block's name.
from multiprocessing import shared_memory
sl = shared_memory.ShareableList([1, 2.5, "x", b"ab", None, True, "abcdefgh", -7])
print(sl.format, len(sl), list(sl))
print(repr(sl).split(", name=")[0])
sl[2] = "yz"; sl[0] = 10**12; sl[-1] = 3
print(list(sl), sl.count(3), sl.index(2.5))
for bad in ((2, "123456789"), (3, "str"), (0, 1.5), (9, 1)):
    try:
        sl[bad[0]] = bad[1]; print("ok", bad, sl[bad[0]])
    except Exception as e: print(type(e).__name__, e)
try: sl[20]
except IndexError as e: print("IndexError", e)
other = shared_memory.ShareableList(name=sl.shm.name)
print(list(other), other.format)
other.shm.close()
e = shared_memory.ShareableList()
print(len(e), list(e), e.format)
e.shm.close(); e.shm.unlink()
print(type(sl.shm).__name__, sl.shm.size >= 8)
sl.shm.close(); sl.shm.unlink()
try: shared_memory.ShareableList([[1]])
except Exception as ex: print(type(ex).__name__, ex)

# expect: qd8s8sxxxxxx?xxxxxxxx?16sq 8 [1, 2.5, 'x', b'ab', None, True, 'abcdefgh', -7]
# expect: ShareableList([1, 2.5, 'x', b'ab', None, True, 'abcdefgh', -7]
# expect: [1000000000000, 2.5, 'yz', b'ab', None, True, 'abcdefgh', 3] 1 1
# expect: ValueError bytes/str item exceeds available storage
# expect: ok (3, 'str') str
# expect: ok (0, 1.5) 1.5
# expect: IndexError assignment index out of range
# expect: IndexError index out of range
# expect: [1.5, 2.5, 'yz', 'str', None, True, 'abcdefgh', 3] dd8s8sxxxxxx?xxxxxxxx?16sq
# expect: 0 [] 
# expect: SharedMemory True
# expect: KeyError <class 'list'>

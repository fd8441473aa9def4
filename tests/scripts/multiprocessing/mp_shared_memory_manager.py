# SharedMemoryManager: blocks and ShareableLists made through it are shared with children
# and freed when the with-statement ends (the documentation's example, rewritten).
from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import SharedMemory


def do_work(shareable, start, stop):
    for i in range(start, stop):
        shareable[i] = shareable[i] * 2


def fill(name, size):
    block = SharedMemory(name)
    block.buf[:size] = bytes(range(size))
    block.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:
        sl = smm.ShareableList(range(20))
        p1 = Process(target=do_work, args=(sl, 0, 10))
        p2 = Process(target=do_work, args=(sl, 10, 20))
        p1.start(); p2.start(); p1.join(); p2.join()
        print(list(sl))
        block = smm.SharedMemory(16)
        p = Process(target=fill, args=(block.name, 16))
        p.start(); p.join()
        print(bytes(block.buf[:16]))
        names = [sl.shm.name, block.name]
        sl.shm.close(); block.close()
    for name in names:
        try:
            SharedMemory(name)
            print("still there")
        except FileNotFoundError:
            print("freed")

# expect: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38]
# expect: b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect: freed
# expect: freed

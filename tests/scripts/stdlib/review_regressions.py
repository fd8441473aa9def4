# Cases a second read of this work found: a non-blocking socket raises, a signal handler that
# waits does not shorten the outer wait, __getattr__ runs once behind __getattribute__, items
# views with unhashable values compare, weakref callbacks of collected cycles see None,
# pbkdf2 with md5, truncated zlib data, a memoryview over a shrunk bytearray.
import socket, signal, time, threading, weakref, gc, zlib, hashlib
# non-blocking recv raises instead of hanging
a, b = socket.socketpair()
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
a.close(); b.close()
# a handler that sleeps does not cut the outer wait short
def h(s, f):
    time.sleep(0.05)
signal.signal(signal.SIGUSR1, h)
threading.Timer(0.1, lambda: signal.raise_signal(signal.SIGUSR1) if False else __import__('os').kill(__import__('os').getpid(), signal.SIGUSR1)).start()
start = time.monotonic(); time.sleep(0.4); print('slept', time.monotonic() - start >= 0.39)
lock = threading.Lock(); lock.acquire()
threading.Timer(0.1, lambda: __import__('os').kill(__import__('os').getpid(), signal.SIGUSR1)).start()
start = time.monotonic(); r = lock.acquire(timeout=0.4); print('lock', r, time.monotonic() - start >= 0.39)
# __getattr__ once
calls = []
class G:
    def __getattribute__(self, n): return object.__getattribute__(self, n)
    def __getattr__(self, n):
        calls.append(n); return 'fallback'
print(G().missing, calls)
# items views with unhashable values
print({1: []}.items() == {1: []}.items(), {1: [1]}.items() <= {1: [1], 2: 3}.items())
# weakref callback in a collected cycle sees None
seen = []
class C: pass
x = C(); x.self = x
wr = weakref.ref(x, lambda w: seen.append(w()))
del x; gc.collect()
print(seen, wr())
# pbkdf2 with md5, truncated zlib
print(hashlib.pbkdf2_hmac('md5', b'pw', b'salt', 3).hex())
try:
    zlib.decompress(zlib.compress(b'x' * 100)[:-5])
except zlib.error as e:
    print('zlib.error', str(e)[:9])
# memoryview over a shrunk bytearray
ba = bytearray(b'abcdef'); mv = memoryview(ba)
try:
    ba.clear()
    mv[3] = 1
except (BufferError, ValueError) as e:
    print(type(e).__name__)

# expect: BlockingIOError 11
# expect: slept True
# expect: lock False True
# expect: fallback ['missing']
# expect: True True
# expect: [None] None
# expect: d684741fdc128b5679ae66b7f6b25541
# expect: zlib.error Error -5 
# expect: BufferError

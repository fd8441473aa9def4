# Closing a socket that makefile() files still use, as CPython does it: the descriptor stays
# open (the files keep reading and writing) until the last of the socket and its files is
# closed; a file dropped without close() lets go of it too. detach(), dup(), fromfd() and
# socket(fileno=...) move or share descriptors; the with-statement closes.
import gc
import socket

a, b = socket.socketpair()
a.sendall(b'one\ntwo\n')
f = b.makefile('rb')
g = b.makefile('wb')
print(b._io_refs, b._closed)
b.close()
print(b._io_refs, b._closed, b.fileno() >= 0, repr(b).startswith('<socket.socket [closed] fd='))
print(f.readline(), f.readline())
g.write(b'still writing')
g.close()
print(a.recv(100), b.fileno() >= 0, b._io_refs)
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError:
    print('no end of stream while a file is open')
f.close()
print(b.fileno(), b._io_refs, a.recv(10))
a.close()

# a file dropped without close() releases the socket as well
a, b = socket.socketpair()
b.makefile('r').close()
h = b.makefile('rb')
del h
gc.collect()
print(b._io_refs)
b.close()
print(b.fileno())
a.close()

# close() twice, and close() of a socket whose files were all closed first
a, b = socket.socketpair()
t = a.makefile('w')
t.close()
a.close()
a.close()
print(a.fileno(), a._closed)
with b:
    print(b.fileno() >= 0)
print(b.fileno())

# detach and wrap again; dup and fromfd share the connection
a, b = socket.socketpair()
fd = a.fileno()
print(a.detach() == fd, a.fileno(), a._closed)
c = socket.socket(fileno=fd)
print(c.fileno() == fd, c.family, c.type, c.proto)
c.sendall(b'via the new object')
print(b.recv(100))
d = b.dup()
print(d.fileno() != b.fileno(), d.family == b.family, d.gettimeout())
d.sendall(b'from the duplicate')
print(c.recv(100))
d.close()
b.sendall(b'original still open')
print(c.recv(100))
e = socket.fromfd(c.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print(type(e).__name__, e.fileno() != c.fileno())
e.close()
c.close()
b.close()
try:
    socket.socket(fileno=1000000)
except OSError as err:
    print('OSError', err.errno)
try:
    socket.socket(fileno=-1)
except ValueError as err:
    print('ValueError:', err)

# expect: 2 False
# expect: 2 True True True
# expect: b'one\n' b'two\n'
# expect: b'still writing' True 1
# expect: no end of stream while a file is open
# expect: -1 0 b''
# expect: 0
# expect: -1
# expect: -1 True
# expect: True
# expect: -1
# expect: True -1 True
# expect: True 1 1 0
# expect: b'via the new object'
# expect: True True None
# expect: b'from the duplicate'
# expect: b'original still open'
# expect: socket True
# expect: OSError 9
# expect: ValueError: negative file descriptor

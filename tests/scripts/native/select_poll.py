# select.poll: register descriptors with the events wanted, poll(milliseconds) for the
# (fd, events) that happened; modify, unregister, and its errors.
import os
import select
import socket

r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b"data")
print(sorted(p.poll(100)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.unregister(w)
print(p.poll(0) == [(r, select.POLLIN)])
os.read(r, 4)
print(p.poll(10))
os.close(w)
print(p.poll(1000) == [(r, select.POLLHUP)])
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
a, b = socket.socketpair()
q = select.poll()
q.register(a)
q.register(b.fileno(), select.POLLIN)
print(q.poll(0) == [(a.fileno(), select.POLLOUT)])
a.send(b"x")
print(sorted(q.poll(100)) == sorted([(a.fileno(), select.POLLOUT), (b.fileno(), select.POLLIN)]))
q.modify(a, select.POLLIN)
print(q.poll(0) == [(b.fileno(), select.POLLIN)])
a.close()
b.close()
os.close(r)
print(select.PIPE_BUF, select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)

# expect: True
# expect: True
# expect: True
# expect: []
# expect: True
# expect: KeyError True
# expect: OSError 2
# expect: True
# expect: True
# expect: True
# expect: 4096 1 2 4 8 16 32

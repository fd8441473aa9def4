# Socket operations beyond send and recv, as CPython gives them: socketpair (AF_UNIX by
# default), recv_into/recvfrom_into, MSG_PEEK and MSG_DONTWAIT, sendfile, socket options,
# shutdown, non-blocking connect (EINPROGRESS) and connect_ex, create_server's errors, a
# makefile() read that timed out, and the OSErrors of closed sockets.
import errno
import io
import os
import socket
import tempfile

a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.getsockname(), b.getpeername(), type(a).__name__)
a.sendall(b'peek at this')
print(b.recv(4, socket.MSG_PEEK), b.recv(4))
buf = bytearray(10)
print(b.recv_into(buf), buf)
view = memoryview(bytearray(8))
a.sendall(b'0123456789')
print(b.recv_into(view, 3), bytes(view))
print(b.recv_into(view[4:]), bytes(view))
print(b.recv(10, socket.MSG_DONTWAIT))
try:
    b.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
try:
    b.recv_into(b'immutable')
except TypeError as e:
    print('TypeError:', e)
try:
    b.recv_into(bytearray(2), 5)
except ValueError as e:
    print('ValueError:', e)

with tempfile.TemporaryFile() as f:
    f.write(b'x' * 10000 + b'end')
    f.seek(0)
    print(a.sendfile(f), f.tell())
    f.seek(0)
    print(a.sendfile(f, 9990, 5), f.tell())
got = b''
while len(got) < 10008:
    got += b.recv(65536)
print(len(got), got[-8:])
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
try:
    a.shutdown(9)
except OSError as e:
    print('OSError', e)
a.close()
b.close()

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
      s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), len(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x05\x00\x00\x00')
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
print(s.getblocking(), s.gettimeout(), s.get_inheritable(), s.getsockname())
s.setblocking(False)
print(s.getblocking(), s.gettimeout())
listener = socket.create_server(('127.0.0.1', 0))
try:
    s.connect(listener.getsockname())
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EINPROGRESS)
conn, _ = listener.accept()
s.setblocking(True)
s.sendall(b'connected')
print(conn.recv(100), s.connect_ex(listener.getsockname()), errno.errorcode[s.connect_ex(listener.getsockname())])
try:
    socket.create_server(listener.getsockname())
except OSError as e:
    print('OSError', e.errno, 'while attempting to bind on address' in e.strerror)
refused = socket.socket()
port = listener.getsockname()[1]
listener.close()
print(refused.connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED)
refused.close()
nb = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(nb.type, nb.gettimeout(), nb.getblocking())
nb.close()

# a read of a socket file that timed out
conn.settimeout(0.05)
f = conn.makefile('rb', buffering=0)
try:
    f.read(10)
except TimeoutError as e:
    print('TimeoutError', e)
try:
    f.read(10)
except OSError as e:
    print('OSError', e)
f.close()
conn.close()
s.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(('127.0.0.1', 0))
u2.sendto(b'datagram one', u1.getsockname())
u2.sendto(b'two', 0, u1.getsockname())
data, sender = u1.recvfrom(100)
print(data, sender == u2.getsockname())
buf = bytearray(10)
n, sender = u1.recvfrom_into(buf)
print(n, buf[:n], sender == u2.getsockname())
u1.close()
u2.close()

s = socket.socket()
s.close()
for name, args in (('recv', (1,)), ('send', (b'x',)), ('getsockname', ()), ('bind', (('127.0.0.1', 0),)),
                   ('listen', ()), ('settimeout', (1,)), ('setsockopt', (1, 2, 1))):
    try:
        getattr(s, name)(*args)
        print(name, 'ok')
    except OSError as e:
        print(name, 'OSError', e)
print(s.fileno(), s.gettimeout(), s.detach())

# expect: 1 1 0   socket
# expect: b'peek' b'peek'
# expect: 8 bytearray(b' at this\x00\x00')
# expect: 3 b'012\x00\x00\x00\x00\x00'
# expect: 4 b'012\x003456'
# expect: b'789'
# expect: BlockingIOError 11
# expect: TypeError: recv_into() argument 1 must be read-write bytes-like object, not bytes
# expect: ValueError: buffer too small for requested bytes
# expect: 10003 10003
# expect: 5 9995
# expect: 10008 b'endxxxxx'
# expect: b''
# expect: OSError [Errno 22] Invalid argument
# expect: 1 0
# expect: 1 1 0 8
# expect: b'\x01\x00\x00\x00\x05\x00\x00\x00'
# expect: True None False ('0.0.0.0', 0)
# expect: False 0.0
# expect: BlockingIOError True
# expect: b'connected' 0 EISCONN
# expect: OSError 98 True
# expect: True
# expect: 1 0.0 False
# expect: TimeoutError timed out
# expect: OSError cannot read from timed out object
# expect: b'datagram one' True
# expect: 3 bytearray(b'two') True
# expect: recv OSError [Errno 9] Bad file descriptor
# expect: send OSError [Errno 9] Bad file descriptor
# expect: getsockname OSError [Errno 9] Bad file descriptor
# expect: bind OSError [Errno 9] Bad file descriptor
# expect: listen OSError [Errno 9] Bad file descriptor
# expect: settimeout OSError [Errno 9] Bad file descriptor
# expect: setsockopt OSError [Errno 9] Bad file descriptor
# expect: -1 1.0 -1

# socket.makefile(): CPython's file objects over a connection — a BufferedReader for 'rb'
# (read, read1, peek, readinto, readline with a size limit, iteration), a BufferedWriter
# for 'wb' (sent on flush or close), a BufferedRWPair for 'rwb', a TextIOWrapper for the
# text modes, and the raw SocketIO with buffering=0; the errors of closed files and bad modes.
import io
import socket

a, b = socket.socketpair()
a.sendall(b'first line\n0123456789\nthird\nfourth\nlast')
a.shutdown(socket.SHUT_WR)
f = b.makefile('rb')
print(type(f).__name__, isinstance(f, io.BufferedIOBase), type(f.raw).__name__, isinstance(f.raw, io.RawIOBase))
print(f.readable(), f.writable(), f.seekable(), f.mode, f.name == b.fileno(), f.closed)
print(f.readline())
print(f.readline(4), f.readline(4), f.readline())
print(f.peek(1)[:1], f.read1(3))
buf = bytearray(4)
print(f.readinto(buf), buf)
print(list(f))
print(f.read(), f.read1(), f.readline())
f.close()
print(f.closed, repr(f))
for name, args in (('read', ()), ('readline', ()), ('peek', ()), ('read1', ()), ('readinto', (bytearray(1),))):
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, 'ValueError:', e)
a.close()
b.close()

# writing: buffered until flush() or close(); 'rwb' reads and writes through one object
a, b = socket.socketpair()
w = a.makefile('wb')
print(type(w).__name__, w.writable(), w.readable(), w.mode)
print(w.write(b'buffered '), w.write(bytearray(b'bytes\n')))
b.settimeout(0.05)
try:
    b.recv(100)
except TimeoutError:
    print('nothing sent before flush')
w.flush()
print(b.recv(100))
w.write(b'sent at close')
w.close()
print(b.recv(100))
try:
    w.write(b'x')
except ValueError as e:
    print('ValueError:', e)
rw = b.makefile('rwb')
print(type(rw).__name__, rw.readable(), rw.writable(), rw.closed)
rw.write(b'ping')
rw.flush()
print(a.recv(4))
a.sendall(b'pong\n')
print(rw.readline())
rw.close()
print(rw.closed)
a.close()
b.close()

# text modes: a TextIOWrapper with the mode set, honouring encoding and newline
a, b = socket.socketpair()
t = b.makefile('r', encoding='utf-8')
print(type(t).__name__, t.mode, type(t.buffer).__name__, t.encoding)
a.sendall('héllo\r\nwörld\nend'.encode('utf-8'))
a.shutdown(socket.SHUT_WR)
print(repr(t.readline()), repr(t.readline(3)), repr(t.read()))
t.close()
t2 = b.makefile('w', encoding='latin-1', newline='\r\n')
print(t2.mode, t2.writable(), t2.readable())
t2.write('a\nb\xe9\n')
t2.flush()
print(a.recv(100))
t2.close()
rwt = b.makefile('rw', newline='')
print(type(rwt.buffer).__name__, rwt.mode)
rwt.close()
a.close()
b.close()

# unbuffered: the raw SocketIO
a, b = socket.socketpair()
raw = b.makefile('rwb', buffering=0)
print(type(raw).__name__, raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.name == b.fileno())
a.sendall(b'raw data')
print(raw.read(3), raw.readinto(bytearray(2)), raw.write(b'back'), a.recv(10))
a.sendall(b'line\nrest')
a.shutdown(socket.SHUT_WR)
print(raw.readline(), raw.readall(), raw.read())
raw.close()
print(raw.closed, raw.name)
for name in ('readable', 'fileno', 'read'):
    try:
        getattr(raw, name)()
    except ValueError as e:
        print(name, 'ValueError:', e)
print(b.makefile('rb', buffering=0).mode, b.makefile('wb', 0).mode)
a.close()
b.close()

# bad arguments
s = socket.socket()
for mode, buffering in (('rt', None), ('r', 0), ('x', None), ('rb+', None)):
    try:
        s.makefile(mode, buffering)
    except ValueError as e:
        print('ValueError:', e)
s.close()

# expect: BufferedReader True SocketIO True
# expect: True False False rb True False
# expect: b'first line\n'
# expect: b'0123' b'4567' b'89\n'
# expect: b't' b'thi'
# expect: 4 bytearray(b'rd\nf')
# expect: [b'ourth\n', b'last']
# expect: b'' b'' b''
# expect: True <_io.BufferedReader name=-1>
# expect: read ValueError: read of closed file
# expect: readline ValueError: readline of closed file
# expect: peek ValueError: peek of closed file
# expect: read1 ValueError: read of closed file
# expect: readinto ValueError: readinto of closed file
# expect: BufferedWriter True False wb
# expect: 9 6
# expect: nothing sent before flush
# expect: b'buffered bytes\n'
# expect: b'sent at close'
# expect: ValueError: write to closed file
# expect: BufferedRWPair True True False
# expect: b'ping'
# expect: b'pong\n'
# expect: True
# expect: TextIOWrapper r BufferedReader utf-8
# expect: 'héllo\n' 'wör' 'ld\nend'
# expect: w True False
# expect: b'a\r\nb\xe9\r\n'
# expect: BufferedRWPair rw
# expect: SocketIO rwb True True False True
# expect: b'raw' 2 4 b'back'
# expect: b'ataline\n' b'rest' b''
# expect: True -1
# expect: readable ValueError: I/O operation on closed socket.
# expect: fileno ValueError: I/O operation on closed file.
# expect: read ValueError: I/O operation on closed file.
# expect: rb wb
# expect: ValueError: invalid mode 'rt' (only r, w, b allowed)
# expect: ValueError: unbuffered streams must be binary
# expect: ValueError: invalid mode 'x' (only r, w, b allowed)
# expect: ValueError: invalid mode 'rb+' (only r, w, b allowed)

# socket: a threaded TCP echo server (create_server, a thread pool, accept/recv/sendall,
# shutdown), socketpair and makefile, timeouts, refused connections, UDP, name lookups;
# select.select over sockets; the Connection* exception built-ins.
import socket, threading
from concurrent.futures import ThreadPoolExecutor

def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())

server = socket.create_server(('127.0.0.1', 0))
port = server.getsockname()[1]
def serve(n):
    with ThreadPoolExecutor(4) as pool:
        for _ in range(n):
            conn, addr = server.accept()
            pool.submit(handle, conn)
t = threading.Thread(target=serve, args=(3,))
t.start()
replies = []
for word in ('alpha', 'beta', 'gamma'):
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(word.encode())
        c.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            d = c.recv(100)
            if not d:
                break
            chunks.append(d)
        replies.append(b''.join(chunks).decode())
t.join()
server.close()
print(replies)
a, b = socket.socketpair()
a.sendall(b'ping\nsecond line\n')
f = b.makefile('r')
print(f.readline().strip(), f.readline().strip())
a.close(); b.close()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(0.2)
print(s.gettimeout(), s.family == socket.AF_INET, s.type == socket.SOCK_STREAM)
try:
    s.connect(('127.0.0.1', 1))
except ConnectionRefusedError as e:
    print('refused', e.errno, e.strerror)
s.close()
lst = socket.socket(); lst.bind(('127.0.0.1', 0)); lst.listen(); lst.settimeout(0.1)
try:
    lst.accept()
except socket.timeout as e:
    print('timeout:', e, isinstance(e, TimeoutError), socket.timeout is TimeoutError)
lst.close()
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'datagram', u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[0])
u1.close(); u2.close()
try:
    socket.gethostbyname('no.such.host.invalid')
except socket.gaierror as e:
    print('gaierror', e.errno)
print(socket.gethostbyname('localhost'), isinstance(socket.gethostname(), str), socket.error is OSError, issubclass(ConnectionRefusedError, ConnectionError))
import select
a, b = socket.socketpair()
r, w, x = select.select([a, b], [], [], 0.1)
print(len(r), len(w), len(x))
a.sendall(b'x')
r, w, x = select.select([a, b], [a], [], 1)
print(r == [b], w == [a], b.recv(10))
a.close(); b.close()

# expect: ['ALPHA', 'BETA', 'GAMMA']
# expect: ping second line
# expect: 0.2 True True
# expect: refused 111 Connection refused
# expect: timeout: timed out True True
# expect: b'datagram' 127.0.0.1
# expect: gaierror -2
# expect: 127.0.0.1 True True True
# expect: 0 0 0
# expect: True True b'x'

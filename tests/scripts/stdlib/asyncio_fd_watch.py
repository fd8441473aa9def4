# Watching descriptors: the documentation's "Watch a file descriptor for read events" (add_reader
# on a socketpair with run_forever), "Wait until a socket receives data" with a protocol over a
# given socket, add_writer, and the loop's socket operations (sock_recv, sock_recv_into,
# sock_sendall, sock_accept, sock_connect, a cancelled sock_recv, a refused connection) and
# getaddrinfo.
import asyncio
import socket
from socket import socketpair

# The documentation's "Watch a file descriptor for read events".
rsock, wsock = socketpair()
loop = asyncio.new_event_loop()

def reader():
    data = rsock.recv(100)
    print("Received:", data.decode())
    print("removed:", loop.remove_reader(rsock), loop.remove_reader(rsock))
    loop.stop()

loop.add_reader(rsock, reader)
loop.call_soon(wsock.send, 'abc'.encode())
try:
    loop.run_forever()
finally:
    rsock.close()
    wsock.close()
    loop.close()
try:
    loop.add_reader(0, print)
except RuntimeError as e:
    print("closed:", e)


class MyProtocol(asyncio.Protocol):
    def __init__(self, on_con_lost):
        self.transport = None
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        print("Received:", data.decode())
        self.transport.close()

    def connection_lost(self, exc):
        print("connection_lost", exc)
        self.on_con_lost.set_result(True)


async def wait_for_data():
    # The documentation's "Wait until a socket receives data" with a protocol.
    loop = asyncio.get_running_loop()
    on_con_lost = loop.create_future()
    rsock, wsock = socket.socketpair()
    transport, protocol = await loop.create_connection(lambda: MyProtocol(on_con_lost), sock=rsock)
    loop.call_soon(wsock.send, 'abc'.encode())
    try:
        await protocol.on_con_lost
    finally:
        transport.close()
        wsock.close()
    print(rsock.fileno())


async def writer_and_socks():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    done = loop.create_future()
    count = 0

    def writable():
        nonlocal count
        count += 1
        a.send(b"x%d" % count)
        if count == 3:
            loop.remove_writer(a)
            done.set_result(None)

    loop.add_writer(a, writable)
    await done
    await asyncio.sleep(0.05)
    print("got", await loop.sock_recv(b, 100))
    print("remove_writer again:", loop.remove_writer(a))
    sending = asyncio.create_task(loop.sock_sendall(a, b"y" * 3000000))
    total = 0
    while total < 3000000:
        total += len(await loop.sock_recv(b, 65536))
    print("sendall received", total, await sending)
    buf = bytearray(10)
    await loop.sock_sendall(b, b"into")
    n = await loop.sock_recv_into(a, buf)
    print("recv_into", n, bytes(buf[:n]))
    a.close()
    b.close()

    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, listener.getsockname())
    conn, addr = await accepting
    print("accepted", addr[0], conn.getblocking(), client.getpeername() == listener.getsockname())
    await loop.sock_sendall(client, b"hello")
    print(await loop.sock_recv(conn, 10))
    reading = asyncio.create_task(loop.sock_recv(conn, 10))
    await asyncio.sleep(0.05)
    reading.cancel()
    try:
        await reading
    except asyncio.CancelledError:
        print("recv cancelled")
    await loop.sock_sendall(client, b"again")
    print(await loop.sock_recv(conn, 10))
    client.close()
    print("eof", await loop.sock_recv(conn, 10))
    conn.close()
    listener.close()
    refused = socket.socket()
    refused.setblocking(False)
    try:
        await loop.sock_connect(refused, ('127.0.0.1', 1))
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
    refused.close()
    infos = await loop.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)
    print([(int(f), int(t), p, addr) for f, t, p, _, addr in infos])

asyncio.run(wait_for_data())
asyncio.run(writer_and_socks())
# expect: Received: abc
# expect: removed: True False
# expect: closed: Event loop is closed
# expect: Received: abc
# expect: connection_lost None
# expect: -1
# expect: got b'x1x2x3'
# expect: remove_writer again: False
# expect: sendall received 3000000 None
# expect: recv_into 4 b'into'
# expect: accepted 127.0.0.1 False True
# expect: b'hello'
# expect: recv cancelled
# expect: b'again'
# expect: eof b''
# expect: ConnectionRefusedError [Errno 111] Connect call failed ('127.0.0.1', 1)
# expect: [(2, 1, 6, ('127.0.0.1', 80))]

# UDP with create_datagram_endpoint: the documentation's "UDP Echo Server" and "UDP Echo Client"
# (the server's log printed at the end, its peer without the port), sendto's address check on a
# connected endpoint, datagrams to an unconnected endpoint, abort, and a missing address.
import asyncio

server_log = []


class EchoServerProtocol:
    # The documentation's UDP echo server (a plain class: any object with the methods will do).
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        server_log.append('Received %r from %s' % (message, addr[0]))
        server_log.append('Send %r to %s' % (message, addr[0]))
        self.transport.sendto(data, addr)

    def connection_lost(self, exc):
        pass


class EchoClientProtocol:
    # The documentation's UDP echo client.
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        print('Send:', self.message)
        self.transport.sendto(self.message.encode())

    def datagram_received(self, data, addr):
        print("Received:", data.decode())
        print("Close the socket")
        self.transport.close()

    def error_received(self, exc):
        print('Error received:', exc)

    def connection_lost(self, exc):
        print("Connection closed")
        self.on_con_lost.set_result(True)


class Collector(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.got.put_nowait((data, addr))


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoServerProtocol(), local_addr=('127.0.0.1', 0))
    port = transport.get_extra_info('sockname')[1]
    print("server peername:", transport.get_extra_info('peername'))
    on_con_lost = loop.create_future()
    message = "Hello World!"
    client, _ = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol(message, on_con_lost), remote_addr=('127.0.0.1', port))
    print("client connected:", client.get_extra_info('peername') == ('127.0.0.1', port))
    try:
        await on_con_lost
    finally:
        client.close()
    print(client.is_closing())
    try:
        client.sendto(b"x", ('127.0.0.1', 9))
    except ValueError as e:
        print("ValueError:", e.args[0].startswith('Invalid address'))
    for line in server_log:
        print("server:", line)

    # An unconnected endpoint sends to any address; several datagrams keep their bounds.
    other, collector = await loop.create_datagram_endpoint(Collector, local_addr=('127.0.0.1', 0))
    other_port = other.get_extra_info('sockname')[1]
    sender, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0))
    for i in range(3):
        sender.sendto(b"datagram %d" % i, ('127.0.0.1', other_port))
    for i in range(3):
        data, addr = await collector.got.get()
        print(data, addr == sender.get_extra_info('sockname'))
    print(sender.get_write_buffer_size())
    sender.abort()
    other.close()
    transport.close()
    await asyncio.sleep(0)
    print(transport.is_closing(), sender.is_closing())
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
# expect: server peername: None
# expect: Send: Hello World!
# expect: client connected: True
# expect: Received: Hello World!
# expect: Close the socket
# expect: Connection closed
# expect: True
# expect: ValueError: True
# expect: server: Received 'Hello World!' from 127.0.0.1
# expect: server: Send 'Hello World!' to 127.0.0.1
# expect: b'datagram 0' True
# expect: b'datagram 1' True
# expect: b'datagram 2' True
# expect: 0
# expect: True True
# expect: ValueError: unexpected address family

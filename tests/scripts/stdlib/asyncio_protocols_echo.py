# The documentation's "TCP Echo Server" and "TCP Echo Client" using protocols, in one program:
# each side logs what the examples print (the server's peer without its port), printed at the
# end; then the Server's state as it closes.
import asyncio

log_server = []
log_client = []

class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        log_server.append('Connection from {}'.format(peername[0]))
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        log_server.append('Data received: {!r}'.format(message))
        log_server.append('Send: {!r}'.format(message))
        self.transport.write(data)
        log_server.append('Close the client socket')
        self.transport.close()

    def connection_lost(self, exc):
        log_server.append('server connection_lost {}'.format(exc))


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        log_client.append('Data sent: {!r}'.format(self.message))

    def data_received(self, data):
        log_client.append('Data received: {!r}'.format(data.decode()))

    def eof_received(self):
        log_client.append('eof_received')

    def connection_lost(self, exc):
        log_client.append('The server closed the connection')
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: EchoServerProtocol(), '127.0.0.1', 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    message = 'Hello World!'
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol(message, on_con_lost), '127.0.0.1', port)
    print(type(protocol).__name__, transport.is_closing())
    print(transport.get_extra_info('peername') == ('127.0.0.1', port))
    print(transport.get_extra_info('socket') is not None, transport.get_extra_info('nothing', 5))
    try:
        await on_con_lost
    finally:
        transport.close()
    print(transport.is_closing())
    async with server:
        pass
    print(server.is_serving(), server.sockets)
    await server.wait_closed()
    await asyncio.sleep(0.05)
    for line in log_server:
        print('server:', line)
    for line in log_client:
        print('client:', line)

asyncio.run(main())
# expect: Server True 1
# expect: EchoClientProtocol False
# expect: True
# expect: True 5
# expect: True
# expect: False ()
# expect: server: Connection from 127.0.0.1
# expect: server: Data received: 'Hello World!'
# expect: server: Send: 'Hello World!'
# expect: server: Close the client socket
# expect: server: server connection_lost None
# expect: client: Data sent: 'Hello World!'
# expect: client: Data received: 'Hello World!'
# expect: client: eof_received
# expect: client: The server closed the connection

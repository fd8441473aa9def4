# asyncio's stream transports and protocols in detail: write_eof and an eof_received that keeps
# the transport open to answer, abort, a BufferedProtocol, write's type check, pause_reading
# and the flow control of pause_writing/resume_writing, a server started later, serve_forever
# cancelled, refused connections, bad arguments and an address in use.
import asyncio
import socket


server_log = []


class Upper(asyncio.Protocol):
    """Answers each chunk in upper case; on the end of input, says goodbye and closes."""

    def connection_made(self, transport):
        self.transport = transport
        self.received = b''

    def data_received(self, data):
        self.received += data

    def eof_received(self):
        server_log.append("eof_received")
        if self.received:
            self.transport.write(self.received.upper())
            self.transport.write(b" bye")
        self.transport.close()
        return True

    def connection_lost(self, exc):
        server_log.append("connection_lost %s" % exc)


class Client(asyncio.Protocol):
    def __init__(self, loop):
        self.done = loop.create_future()
        self.data = b''
        self.events = []

    def connection_made(self, transport):
        self.events.append('connection_made')

    def data_received(self, data):
        if 'data_received' not in self.events:
            self.events.append('data_received')
        self.data += data

    def eof_received(self):
        self.events.append('eof_received')

    def connection_lost(self, exc):
        self.events.append('connection_lost %s' % exc)
        self.done.set_result(None)


class Buffered(asyncio.BufferedProtocol):
    def __init__(self, loop):
        self.buffer = bytearray(4)
        self.chunks = []
        self.done = loop.create_future()

    def get_buffer(self, sizehint):
        return self.buffer

    def buffer_updated(self, nbytes):
        self.chunks.append(bytes(self.buffer[:nbytes]))

    def eof_received(self):
        self.chunks.append('eof')

    def connection_lost(self, exc):
        self.done.set_result(b''.join(c for c in self.chunks if c != 'eof'))


class Sink(asyncio.Protocol):
    def connection_made(self, transport):
        Sink.transport = transport
        transport.pause_reading()

    def data_received(self, data):
        Sink.received += len(data)

    received = 0


class Flow(asyncio.Protocol):
    def __init__(self):
        self.events = []

    def pause_writing(self):
        self.events.append('pause_writing')

    def resume_writing(self):
        self.events.append('resume_writing')


async def until(predicate):
    # The server's side of a connection runs on its own time: wait for it.
    while not predicate():
        await asyncio.sleep(0.01)


def server_done(n):
    return lambda: server_log.count("connection_lost None") == n


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upper, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    # write_eof: the server reads to the end, answers, then closes.
    transport, client = await loop.create_connection(lambda: Client(loop), '127.0.0.1', port)
    print(transport.can_write_eof(), transport.is_reading())
    transport.writelines([b"hello ", b"world"])
    transport.write_eof()
    try:
        transport.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    await client.done
    await until(server_done(1))
    print(client.data, client.events)
    print(transport.is_closing(), transport.get_extra_info('socket').fileno())

    # abort: connection_lost(None) at once, nothing more is sent.
    transport, client = await loop.create_connection(lambda: Client(loop), '127.0.0.1', port)
    transport.abort()
    transport.abort()
    print(transport.is_closing())
    await client.done
    await until(server_done(2))
    print(client.events)

    # A BufferedProtocol gets what arrives in its own buffer.
    transport, buffered = await loop.create_connection(lambda: Buffered(loop), '127.0.0.1', port)
    transport.write(b"buffered protocol")
    transport.write_eof()
    print(await buffered.done, buffered.chunks[-1])
    await until(server_done(3))

    # Type errors
    transport, client = await loop.create_connection(lambda: Client(loop), '127.0.0.1', port)
    try:
        transport.write("text")
    except TypeError as e:
        print("TypeError:", e)
    transport.close()
    transport.close()
    await client.done
    await until(server_done(4))
    print(client.events)

    server.close()
    print(server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", e.args[0].endswith('is closed'))

    # Flow control: a reader that does not read makes the writer's buffer grow.
    server = await loop.create_server(Sink, '127.0.0.1', 0, start_serving=False)
    print(server.is_serving())
    await server.start_serving()
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    transport, flow = await loop.create_connection(Flow, '127.0.0.1', port)
    transport.set_write_buffer_limits(high=1000)
    print(transport.get_write_buffer_limits())
    payload = b"z" * 5000000
    transport.write(payload)
    print(flow.events, transport.get_write_buffer_size() > 0)
    await until(lambda: hasattr(Sink, 'transport'))
    await asyncio.sleep(0.1)
    print(Sink.received, Sink.transport.is_reading())
    Sink.transport.resume_reading()
    while Sink.received < len(payload):
        await asyncio.sleep(0.01)
    print(flow.events, transport.get_write_buffer_size())
    transport.close()
    Sink.transport.close()

    # serve_forever, cancelled, closes the server.
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled", server.is_serving())

    # A refused connection.
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print("ValueError:", e)
    busy = socket.socket()
    busy.bind(('127.0.0.1', 0))
    busy.listen()
    try:
        await loop.create_server(asyncio.Protocol, '127.0.0.1', busy.getsockname()[1], reuse_address=False)
    except OSError as e:
        print("OSError:", e.errno, str(e).startswith('[Errno 98] error while attempting to bind on address'))
    busy.close()
    print(server_log.count("eof_received"), server_log.count("connection_lost None"), len(server_log))

asyncio.run(main())
# expect: True True
# expect: RuntimeError: Cannot call write() after write_eof()
# expect: b'HELLO WORLD bye' ['connection_made', 'data_received', 'eof_received', 'connection_lost None']
# expect: True -1
# expect: True
# expect: ['connection_made', 'connection_lost None']
# expect: b'BUFFERED PROTOCOL bye' eof
# expect: TypeError: data argument must be a bytes-like object, not 'str'
# expect: ['connection_made', 'connection_lost None']
# expect: False ()
# expect: RuntimeError: True
# expect: False
# expect: True
# expect: (250, 1000)
# expect: ['pause_writing'] True
# expect: 0 False
# expect: ['pause_writing', 'resume_writing'] 0
# expect: serve_forever cancelled False
# expect: ConnectionRefusedError 111
# expect: ValueError: host and port was not specified and no sock specified
# expect: ValueError: Neither host/port nor sock were specified
# expect: OSError: 98 True
# expect: 4 4 8

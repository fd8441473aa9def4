# Unix domain sockets: create_unix_server and create_unix_connection with protocols,
# start_unix_server and open_unix_connection with streams, a stale socket file replaced by a
# new server, and a server without a path.
import asyncio
import os
import tempfile


server_log = []


class Shout(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        server_log.append("server peername: %r" % transport.get_extra_info('peername'))

    def data_received(self, data):
        self.transport.write(data.upper())
        self.transport.close()


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def data_received(self, data):
        print("client got", data)

    def connection_lost(self, exc):
        self.done.set_result(exc)


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"echo: " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    loop = asyncio.get_running_loop()
    path = os.path.join(tempfile.mkdtemp(), 'sock')
    server = await loop.create_unix_server(Shout, path)
    print(server.sockets[0].getsockname() == path, os.path.exists(path))
    done = loop.create_future()
    transport, _ = await loop.create_unix_connection(lambda: Client(done), path)
    print(transport.get_extra_info('peername') == path)
    transport.write(b"quiet words")
    print("lost", await done)
    print(*server_log)
    server.close()
    await server.wait_closed()

    # A socket file left behind is replaced by the new server's.
    server = await asyncio.start_unix_server(handle, path)
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b"over a unix socket\n")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    if os.path.exists(path):
        os.remove(path)
    try:
        await loop.create_unix_server(Shout)
    except ValueError as e:
        print("ValueError:", e)
    os.rmdir(os.path.dirname(path))

asyncio.run(main())
# expect: True True
# expect: True
# expect: client got b'QUIET WORDS'
# expect: lost None
# expect: server peername: ''
# expect: b'echo: over a unix socket\n'
# expect: ValueError: path was not specified, and no sock specified

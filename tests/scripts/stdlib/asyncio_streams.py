# asyncio's streams: an echo server and client (start_server, open_connection, read, write,
# drain, close, wait_closed), async iteration over lines, readline/readexactly/readuntil with
# IncompleteReadError and the limit, a refused connection, and serve_forever cancelled.
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Received {message!r} from {addr[0]}")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()

async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    print('Close the connection')
    writer.close()
    await writer.wait_closed()

async def lines_server(reader, writer):
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving())
    async with server:
        await tcp_echo_client('Hello World!', port)
    print("serving:", server.is_serving())
    server2 = await asyncio.start_server(lines_server, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    writer.writelines([b"one\n", b"two\n", b"three"])
    writer.write_eof()
    print(await reader.readline(), await reader.readexactly(4), await reader.read())
    print(reader.at_eof())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server2.close()
    await server2.wait_closed()
    r = asyncio.StreamReader()
    r.feed_data(b"abc|def|")
    r.feed_eof()
    print(await r.readuntil(b"|"), await r.readuntil(b"|"), r.at_eof())
    try:
        await r.readuntil(b"|")
    except asyncio.IncompleteReadError as e:
        print("partial", e.partial)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"0123456789\nrest")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.open_connection('127.0.0.1', 1)
    except ConnectionRefusedError as e:
        print("refused", type(e).__name__)
    srv = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    task = asyncio.create_task(srv.serve_forever())
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled", srv.is_serving())

asyncio.run(main())
# expect: serving: True
# expect: Send: 'Hello World!'
# expect: Received 'Hello World!' from 127.0.0.1
# expect: Send: 'Hello World!'
# expect: Close the connection
# expect: Received: 'Hello World!'
# expect: Close the connection
# expect: serving: False
# expect: b'ONE\n' b'TWO\n' b'THREE'
# expect: True
# expect: IncompleteReadError 0 bytes read on a total of 1 expected bytes b'' 1
# expect: b'abc|' b'def|' True
# expect: partial b''
# expect: ValueError Separator is found, but chunk is longer than limit
# expect: refused ConnectionRefusedError
# expect: serve_forever cancelled False

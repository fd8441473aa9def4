# Pipes as transports: connect_read_pipe and connect_write_pipe over os.pipe, a write bigger than
# the pipe holds (buffered, with pause_writing then resume_writing), close after the buffer
# drains, the write end losing its reader, and pause_reading/resume_reading.
import asyncio
import os


class ReadProtocol(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = bytearray()

    def connection_made(self, transport):
        print("read: connection_made", type(transport).__name__ != '', transport.is_reading())

    def data_received(self, data):
        self.data.extend(data)

    def eof_received(self):
        print("read: eof_received", len(self.data))

    def connection_lost(self, exc):
        print("read: connection_lost", exc)
        self.done.set_result(bytes(self.data))


class WriteProtocol(asyncio.BaseProtocol):
    def __init__(self):
        self.events = []

    def connection_made(self, transport):
        print("write: connection_made")

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')

    def connection_lost(self, exc):
        print("write: connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    rfd, wfd = os.pipe()
    done = loop.create_future()
    rtransport, rprotocol = await loop.connect_read_pipe(lambda: ReadProtocol(done), os.fdopen(rfd, 'rb', 0))
    wtransport, wprotocol = await loop.connect_write_pipe(WriteProtocol, os.fdopen(wfd, 'wb', 0))
    print(rtransport.get_extra_info('pipe').fileno() == rfd, wtransport.get_extra_info('pipe').fileno() == wfd)
    print(wtransport.can_write_eof(), wtransport.get_write_buffer_size(), wtransport.get_write_buffer_limits())
    wtransport.write(b"first line\n")
    wtransport.writelines([b"second ", b"line\n"])
    wtransport.write(b"x" * 1000000)  # more than the pipe holds: buffered, the protocol paused
    print("buffered", wtransport.get_write_buffer_size() > 0, wprotocol.events)
    wtransport.close()
    print("closing", wtransport.is_closing())
    data = await done
    print(data[:23], len(data))
    await asyncio.sleep(0)
    print(wprotocol.events, rtransport.is_closing())

    # The reader goes away: the writer's connection is lost.
    rfd, wfd = os.pipe()
    lost = loop.create_future()

    class Lost(asyncio.BaseProtocol):
        def connection_lost(self, exc):
            lost.set_result(exc)

    wtransport, _ = await loop.connect_write_pipe(Lost, os.fdopen(wfd, 'wb', 0))
    os.close(rfd)
    print("lost", await lost)

    # pause_reading and resume_reading
    rfd, wfd = os.pipe()
    done = loop.create_future()
    rtransport, rprotocol = await loop.connect_read_pipe(lambda: ReadProtocol(done), os.fdopen(rfd, 'rb', 0))
    rtransport.pause_reading()
    print("reading", rtransport.is_reading())
    os.write(wfd, b"while paused")
    await asyncio.sleep(0.1)
    print("nothing yet", bytes(rprotocol.data))
    rtransport.resume_reading()
    while not rprotocol.data:
        await asyncio.sleep(0.01)
    print("now", bytes(rprotocol.data))
    os.close(wfd)
    await done

asyncio.run(main())
# expect: read: connection_made True True
# expect: write: connection_made
# expect: True True
# expect: True 0 (16384, 65536)
# expect: buffered True ['pause']
# expect: closing True
# expect: write: connection_lost None
# expect: read: eof_received 1000023
# expect: read: connection_lost None
# expect: b'first line\nsecond line\n' 1000023
# expect: ['pause', 'resume'] True
# expect: lost None
# expect: read: connection_made True True
# expect: reading False
# expect: nothing yet b''
# expect: now b'while paused'
# expect: read: eof_received 12
# expect: read: connection_lost None

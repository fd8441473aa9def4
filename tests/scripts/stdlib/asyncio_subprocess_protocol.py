# loop.subprocess_exec and subprocess_shell with a SubprocessProtocol: the documentation's
# example collecting a child's output, the order of the protocol's callbacks, writing to the
# child's stdin pipe transport, terminate, and the arguments refused.
import asyncio
import sys


class DateProtocol(asyncio.SubprocessProtocol):
    # The documentation's example ("loop.subprocess_exec() and SubprocessProtocol").
    def __init__(self, exit_future):
        self.exit_future = exit_future
        self.output = bytearray()
        self.pipe_closed = False
        self.exited = False

    def pipe_connection_lost(self, fd, exc):
        self.pipe_closed = True
        self.check_for_exit()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.exited = True
        self.check_for_exit()

    def check_for_exit(self):
        if self.pipe_closed and self.exited:
            self.exit_future.set_result(True)


async def get_date():
    loop = asyncio.get_running_loop()
    code = 'print(6 * 7, "from the child")'
    exit_future = asyncio.Future(loop=loop)
    transport, protocol = await loop.subprocess_exec(
        lambda: DateProtocol(exit_future), sys.executable, '-c', code, stdin=None, stderr=None)
    await exit_future
    transport.close()
    data = bytes(protocol.output)
    return data.decode('ascii').rstrip()


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, loop):
        self.events = []
        self.out = {1: b'', 2: b''}
        self.done = loop.create_future()

    def connection_made(self, transport):
        self.events.append('connection_made')

    def pipe_data_received(self, fd, data):
        self.out[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append('pipe_connection_lost %d %s' % (fd, exc))

    def process_exited(self):
        self.events.append('process_exited')

    def connection_lost(self, exc):
        self.events.append('connection_lost %s' % exc)
        self.done.set_result(None)


async def main():
    print("Current date:", await get_date())
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: Recorder(loop), 'read line; echo "got $line"; echo oops >&2; exit 3')
    print(transport.get_pid() > 0, transport.get_returncode())
    stdin = transport.get_pipe_transport(0)
    stdin.write(b"input line\n")
    stdin.close()
    await protocol.done
    print(protocol.out, transport.get_returncode())
    print(protocol.events[0], protocol.events[-1], sorted(protocol.events[1:-1]))
    transport.close()
    try:
        transport.kill()
    except ProcessLookupError:
        print("ProcessLookupError")

    transport, protocol = await loop.subprocess_exec(lambda: Recorder(loop), 'sleep', '10', stdin=None)
    transport.terminate()
    await protocol.done
    print(transport.get_returncode())
    transport.close()
    for bad in (dict(text=True), dict(bufsize=1), dict(shell=True)):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['true'])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
# expect: Current date: 42 from the child
# expect: True None
# expect: {1: b'got input line\n', 2: b'oops\n'} 3
# expect: connection_made connection_lost None ['pipe_connection_lost 0 None', 'pipe_connection_lost 1 None', 'pipe_connection_lost 2 None', 'process_exited']
# expect: ProcessLookupError
# expect: -15
# expect: ValueError: text must be False
# expect: ValueError: bufsize must be 0
# expect: ValueError: shell must be False
# expect: ValueError: cmd must be a string

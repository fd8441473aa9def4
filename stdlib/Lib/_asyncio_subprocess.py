"""asyncio's subprocesses (create_subprocess_exec, create_subprocess_shell; asyncio.subprocess).

As the streams (_asyncio_streams.py), the pipes run on threads: a thread per output pipe
waits for what the child writes (the GIL released meanwhile) and hands it to the loop, where
the Process's StreamReader wakes its readers; writes to stdin go to the pipe at once. With
stderr=STDOUT the child's stderr is its stdout, so one reader gets both.
"""

import subprocess
import threading

import asyncio
from asyncio import get_running_loop, sleep
from _asyncio_streams import StreamReader, StreamWriter, _DEFAULT_LIMIT, _WriteTransport

__all__ = ['create_subprocess_exec', 'create_subprocess_shell', 'Process', 'PIPE', 'STDOUT',
           'DEVNULL']

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class _StdinTransport(_WriteTransport):
    """The child's stdin, written from the loop's thread."""

    def __init__(self, loop, pipe):
        self._loop = loop
        self._pipe = pipe
        self._done = loop.create_future()

    def __repr__(self):
        return f'<_UnixWritePipeTransport fd=4 {"closing" if self._closing else "idle"}>'

    def get_extra_info(self, name, default=None):
        return default

    def _send(self, data):
        try:
            self._pipe.write(data)
        except (BrokenPipeError, ConnectionResetError) as e:
            self._lost = e

    def write_eof(self):
        self.close()

    def _release(self):
        self._pipe.close()

    def _closed(self):
        if not self._done.done():
            self._done.set_result(None)


def _feed(loop, pipe, reader, ending):
    """The thread that hands a pipe's output to the loop; ending() runs at its end."""
    while True:
        data = pipe.read1(65536)
        try:
            if not data:
                loop.call_soon_threadsafe(ending)
                return
            loop.call_soon_threadsafe(reader.feed_data, data)
        except RuntimeError:  # the loop has closed
            return


class Process:
    """A child process started by create_subprocess_exec or create_subprocess_shell."""

    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self.stdin = self.stdout = self.stderr = None
        if popen.stdin is not None:
            self.stdin = StreamWriter(_StdinTransport(loop, popen.stdin), None, None, loop)
        feeds = []
        if popen.stdout is not None:
            self.stdout = StreamReader(limit=limit, loop=loop)
            feeds.append((popen.stdout, self.stdout))
        if popen.stderr is not None:
            self.stderr = StreamReader(limit=limit, loop=loop)
            feeds.append((popen.stderr, self.stderr))
        pending = {}
        for pipe, reader in feeds:
            pending[reader] = pending.get(reader, 0) + 1

        def ending_of(reader):
            def ended():
                pending[reader] -= 1
                if pending[reader] == 0:
                    reader.feed_eof()
            return ended

        for pipe, reader in feeds:
            threading.Thread(target=_feed, args=(loop, pipe, reader, ending_of(reader)),
                             name='asyncio-subprocess-pipe', daemon=True).start()

    def __repr__(self):
        return f'<Process {self.pid}>'

    @property
    def pid(self):
        return self._popen.pid

    @property
    def returncode(self):
        return self._popen.poll()

    async def wait(self):
        """Waits for the child to exit; its exit status."""
        return await self._loop.run_in_executor(None, self._popen.wait)

    async def _read_all(self, reader):
        return None if reader is None else await reader.read()

    async def communicate(self, input=None):
        """Sends input, closes stdin, reads stdout and stderr to their ends, waits for the exit."""
        if self.stdin is not None:
            if input is not None:
                self.stdin.write(input)
                try:
                    await self.stdin.drain()
                except (BrokenPipeError, ConnectionResetError):
                    pass
            self.stdin.close()
        stdout, stderr = await asyncio.gather(self._read_all(self.stdout), self._read_all(self.stderr))
        await self.wait()
        return stdout, stderr

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()


def _check_binary(kwds):
    """The pipes carry bytes: text options are errors, as in CPython."""
    if kwds.get('universal_newlines'):
        raise ValueError('universal_newlines must be False')
    if kwds.get('text'):
        raise ValueError('text must be False')
    if kwds.get('encoding') is not None:
        raise ValueError('encoding must be None')
    if kwds.get('errors') is not None:
        raise ValueError('errors must be None')


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, **kwds):
    """Starts program with args; a Process whose pipes are streams."""
    _check_binary(kwds)
    loop = get_running_loop()
    popen = subprocess.Popen((program,) + args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(popen, loop, limit)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    """Runs cmd through the shell; a Process whose pipes are streams."""
    _check_binary(kwds)
    loop = get_running_loop()
    popen = subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(popen, loop, limit)

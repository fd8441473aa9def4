"""asyncio's subprocesses: loop.subprocess_exec and loop.subprocess_shell (a child's
SubprocessTransport talking to a SubprocessProtocol) and, on them as in CPython,
create_subprocess_exec and create_subprocess_shell (asyncio.subprocess).

MiniPy's child processes have pipes that are file objects, not descriptors, so these pipes
run on threads: a thread per output pipe waits for what the child writes (the GIL released
meanwhile) and hands it to the loop, and a thread waits for the child's exit (as CPython's
ThreadedChildWatcher). Writes to stdin go to the pipe at once. With stderr=STDOUT the
child's stderr is its stdout, so one reader gets both.
"""

import subprocess
import threading

import asyncio
from asyncio import get_running_loop, _set_result_unless_cancelled
from _asyncio_streams import StreamReader, StreamWriter, FlowControlMixin, _DEFAULT_LIMIT
from _asyncio_transports import ReadTransport, WriteTransport, SubprocessTransport, SubprocessProtocol

__all__ = ['create_subprocess_exec', 'create_subprocess_shell', 'Process', 'PIPE', 'STDOUT',
           'DEVNULL', 'SubprocessStreamProtocol']

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


# ───────────────────────────── the transports ─────────────────────────────

class _Pipe:
    """One of a child's pipes, as its transport: it is lost once (closed, or ended by the
    child), which the process transport hears as pipe_connection_lost."""

    def __init__(self, owner, fd, pipe):
        self._owner = owner
        self._fd = fd
        self._pipe = pipe
        self._extra = {'pipe': pipe}
        self._closing = False
        self._lost = False

    def __repr__(self):
        state = 'closed' if self._lost else 'closing' if self._closing else 'open'
        return f'<{type(self).__name__} {state}>'

    def get_protocol(self):
        return self._owner._protocol

    def is_closing(self):
        return self._closing or self._lost

    def _lose(self, exc):
        if not self._lost:
            self._lost = True
            self._owner._pipe_connection_lost(self._fd, exc)


class _UnixReadPipeTransport(_Pipe, ReadTransport):
    """The child's stdout or stderr: a thread reads it and hands the data to the loop."""

    def __init__(self, owner, fd, pipe):
        super().__init__(owner, fd, pipe)
        self._resume = threading.Event()
        self._resume.set()

    def _start(self, loop):
        threading.Thread(target=self._read, args=(loop,), name='asyncio-subprocess-pipe', daemon=True).start()

    def _read(self, loop):
        while True:
            self._resume.wait()
            try:
                data = self._pipe.read1(65536)
            except (OSError, ValueError):
                data = b''
            try:
                loop.call_soon_threadsafe(self._received if data else self._ended, data)
            except RuntimeError:  # the loop has closed
                return
            if not data:
                return

    def _received(self, data):
        if not self._lost and not self._closing:
            self._owner._pipe_data_received(self._fd, data)

    def _ended(self, _):
        self._lose(None)

    def is_reading(self):
        return self._resume.is_set() and not self.is_closing()

    def pause_reading(self):
        self._resume.clear()

    def resume_reading(self):
        self._resume.set()

    def close(self):
        # The thread reads on to the end of the pipe; what it gets is dropped.
        if not self._closing:
            self._closing = True
            self._resume.set()
            self._owner._loop.call_soon(self._lose, None)


class _UnixWritePipeTransport(_Pipe, WriteTransport):
    """The child's stdin, written at once from the loop's thread."""

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self.is_closing() or not data:
            return
        try:
            self._pipe.write(bytes(data))
        except (BrokenPipeError, ConnectionResetError) as exc:
            self._closing = True
            self._close_pipe()
            self._owner._loop.call_soon(self._lose, exc)

    def _close_pipe(self):
        try:
            self._pipe.close()
        except OSError:
            pass

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (0, 0)

    def set_write_buffer_limits(self, high=None, low=None):
        pass

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def close(self):
        if not self._closing:
            self._closing = True
            self._close_pipe()
            self._owner._loop.call_soon(self._lose, None)

    def abort(self):
        self.close()


class _UnixSubprocessTransport(SubprocessTransport):
    """A child process and its pipes. Its protocol hears connection_made, the pipes' data
    and ends, process_exited, and connection_lost once the pipes have ended and the child
    has exited."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter, **kwargs):
        super().__init__()
        self._loop = loop
        self._protocol = protocol
        self._closed = False
        self._finished = False
        self._returncode = None
        self._exit_waiters = []
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                                      bufsize=bufsize, **kwargs)
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        self._pipes = {}
        if self._proc.stdin is not None:
            self._pipes[0] = _UnixWritePipeTransport(self, 0, self._proc.stdin)
        if self._proc.stdout is not None:
            self._pipes[1] = _UnixReadPipeTransport(self, 1, self._proc.stdout)
        if self._proc.stderr is not None:
            self._pipes[2] = _UnixReadPipeTransport(self, 2, self._proc.stderr)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start)
        loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        else:
            info.append('running')
        for fd, name in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
            if fd in self._pipes:
                info.append(f'{name}={self._pipes[fd]!r}')
        return '<{}>'.format(' '.join(info))

    def _start(self):
        for pipe in self._pipes.values():
            if isinstance(pipe, _UnixReadPipeTransport):
                pipe._start(self._loop)
        threading.Thread(target=self._wait_for_exit, name='asyncio-child-watcher', daemon=True).start()

    def _wait_for_exit(self):
        returncode = self._proc.wait()
        try:
            self._loop.call_soon_threadsafe(self._process_exited, returncode)
        except RuntimeError:  # the loop has closed
            pass

    def _pipe_data_received(self, fd, data):
        self._loop.call_soon(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._loop.call_soon(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _process_exited(self, returncode):
        self._returncode = returncode
        self._loop.call_soon(self._protocol.process_exited)
        self._try_finish()
        waiters, self._exit_waiters = self._exit_waiters, None
        for waiter in waiters:
            if not waiter.cancelled():
                waiter.set_result(returncode)

    def _try_finish(self):
        if self._returncode is None or self._finished:
            return
        if all(pipe._lost for pipe in self._pipes.values()):
            self._finished = True
            self._loop.call_soon(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._protocol = None
            self._gone = True

    async def _wait(self):
        """Waits for the child to exit; its exit status."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def close(self):
        """Closes the pipes, and kills the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            pipe.close()
        if self._returncode is None and self._proc.poll() is None:
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes.get(fd)

    _gone = False  # connection_lost has run: no more signals

    def _check_proc(self):
        if self._gone:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()


async def _make_transport(loop, protocol_factory, args, shell, stdin, stdout, stderr, bufsize, kwargs):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                                     waiter, **kwargs)
    try:
        await waiter
    except BaseException:
        transport.close()
        await transport._wait()
        raise
    return transport, protocol


def _check_binary(universal_newlines, bufsize, text, encoding, errors):
    """The pipes carry bytes: text options are errors, as in CPython."""
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')


async def subprocess_exec(loop, protocol_factory, program, *args, stdin=PIPE, stdout=PIPE, stderr=PIPE,
                          universal_newlines=False, shell=False, bufsize=0, encoding=None,
                          errors=None, text=None, **kwargs):
    if shell:
        raise ValueError('shell must be False')
    _check_binary(universal_newlines, bufsize, text, encoding, errors)
    return await _make_transport(loop, protocol_factory, (program,) + args, False, stdin, stdout,
                                 stderr, bufsize, kwargs)


async def subprocess_shell(loop, protocol_factory, cmd, *, stdin=PIPE, stdout=PIPE, stderr=PIPE,
                           universal_newlines=False, shell=True, bufsize=0, encoding=None,
                           errors=None, text=None, **kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    if not shell:
        raise ValueError('shell must be True')
    _check_binary(universal_newlines, bufsize, text, encoding, errors)
    return await _make_transport(loop, protocol_factory, cmd, True, stdin, stdout, stderr,
                                 bufsize, kwargs)


# ───────────────────────────── asyncio.subprocess ─────────────────────────────

class SubprocessStreamProtocol(FlowControlMixin, SubprocessProtocol):
    """Gives a Process its streams: a StreamWriter on stdin, StreamReaders on stdout and
    stderr."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__]
        for name in ('stdin', 'stdout', 'stderr'):
            if getattr(self, name) is not None:
                info.append(f'{name}={getattr(self, name)!r}')
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._transport = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                reader = StreamReader(limit=self._limit, loop=self._loop)
                reader.set_transport(pipe)
                setattr(self, 'stdout' if fd == 1 else 'stderr', reader)
                self._pipe_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = StreamWriter(pipe, self, None, self._loop)

    def _reader(self, fd):
        return self.stdout if fd == 1 else self.stderr if fd == 2 else None

    def pipe_data_received(self, fd, data):
        reader = self._reader(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
                self._stdin_closed.exception()  # reported by wait_closed() only
            return
        reader = self._reader(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if not self._pipe_fds and self._process_exited and self._transport is not None:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A child process started by create_subprocess_exec or create_subprocess_shell."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Waits for the child to exit; its exit status."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child did not read it all: communicate() does not mind
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        transport.close()
        return output

    async def communicate(self, input=None):
        """Sends input (then closes stdin), reads stdout and stderr to their ends, waits for
        the exit; (stdout_data, stderr_data)."""
        stdin = self._feed_stdin(input) if input is not None else self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await asyncio.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, **kwds):
    """Starts program with args; a Process whose pipes are streams."""
    loop = get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    """Runs cmd through the shell; a Process whose pipes are streams."""
    loop = get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


asyncio._belongs_to('asyncio.subprocess', globals(), ('Process', 'SubprocessStreamProtocol'))

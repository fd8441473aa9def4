"""asyncio's streams (open_connection, start_server, StreamReader, StreamWriter).

MiniPy's event loop waits on a condition variable, not on sockets, so the network side runs
on threads: each connection has a reading thread that blocks in recv() (the GIL released
meanwhile) and hands what arrives to the loop with call_soon_threadsafe, where the
StreamReader's waiting coroutine wakes; each server has an accepting thread that hands new
connections over the same way, where client_connected_cb starts as a task. Writes are sent
at once from the loop's thread. A reader that falls behind pauses its connection's thread
once twice its limit is buffered, as CPython's flow control pauses the transport.
"""

import socket
import threading

import asyncio
from asyncio import get_running_loop, iscoroutine, sleep

__all__ = ['StreamReader', 'StreamWriter', 'open_connection', 'start_server',
           'IncompleteReadError', 'LimitOverrunError', 'Server']

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB
_POLL = 0.2  # how often a blocked thread looks whether its socket was closed


class IncompleteReadError(EOFError):
    """The stream ended before the expected bytes arrived (readexactly, readuntil)."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The separator was not found within the reader's limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class StreamReader:
    """Bytes received, read by coroutines: read, readline, readexactly, readuntil."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = asyncio.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._resume = threading.Event()
        self._resume.set()

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """Whether the stream has ended and everything in it has been read."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if len(self._buffer) > 2 * self._limit:
            self._resume.clear()

    def _maybe_resume(self):
        if len(self._buffer) <= self._limit:
            self._resume.set()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already '
                               f'waiting for incoming data')
        self._resume.set()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """One line, ending with b'\\n' (or what is left at the end of the stream)."""
        sep = b'\n'
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            self._maybe_resume()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        """The data up to and including separator."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = bytes(self._buffer[:isep + seplen])
        del self._buffer[:isep + seplen]
        self._maybe_resume()
        return chunk

    async def read(self, n=-1):
        """Up to n bytes (all of them to the end of the stream when n is -1)."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume()
        return data

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError if the stream ends first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class _WriteTransport:
    """What the streams' transports share: writes go out at once from the loop's thread
    (nothing waits in a buffer), and closing is done once. A subclass sends (_send) and
    releases its resource (_release)."""

    _closing = False
    _lost = None

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._closing or self._lost is not None or not data:
            return
        self._send(bytes(data))

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return 0

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        try:
            self._release()
        except OSError:
            pass
        self._closed()

    def abort(self):
        self.close()


class _SocketTransport(_WriteTransport):
    """A connected socket: sends from the loop's thread, receives on a thread of its own."""

    def __init__(self, loop, sock, reader):
        self._loop = loop
        self._sock = sock
        self._reader = reader
        self._done = loop.create_future()
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            pass
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            pass
        reader.set_transport(self)

    def __repr__(self):
        state = 'closing' if self._closing else 'open'
        return f'<_SelectorSocketTransport fd={self._fileno()} {state}>'

    def _fileno(self):
        try:
            return self._sock.fileno()
        except OSError:
            return -1

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def start_reading(self):
        thread = threading.Thread(target=self._receive, name='asyncio-stream-reader', daemon=True)
        thread.start()

    def _hand_over(self, callback, *args):
        try:
            self._loop.call_soon_threadsafe(callback, *args)
            return True
        except RuntimeError:  # the loop has closed: nobody is reading any more
            return False

    def _receive(self):
        sock = self._sock
        try:
            sock.settimeout(_POLL)
        except OSError:
            pass
        while not self._closing:
            self._reader._resume.wait(_POLL)
            if not self._reader._resume.is_set():
                continue
            try:
                data = sock.recv(_DEFAULT_LIMIT)
            except socket.timeout:
                continue
            except OSError as e:
                if not self._closing:
                    self._hand_over(self._connection_lost, e)
                return
            if not data:
                self._hand_over(self._eof_received)
                return
            if not self._hand_over(self._reader.feed_data, data):
                return

    def _eof_received(self):
        if not self._reader._eof:
            self._reader.feed_eof()

    def _connection_lost(self, exc):
        self._lost = exc
        if self._reader._eof:
            return
        if isinstance(exc, ConnectionResetError):
            self._reader.set_exception(exc)
        else:
            self._reader.feed_eof()

    def _send(self, data):
        try:
            self._sock.settimeout(None)
            self._sock.sendall(data)
        except OSError as e:
            self._lost = e
        finally:
            try:
                self._sock.settimeout(_POLL)
            except OSError:
                pass

    def write_eof(self):
        try:
            self._sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def _release(self):
        self._sock.close()

    def _closed(self):
        self._loop.call_soon(self._finish)

    def _finish(self):
        if not self._reader._eof:
            self._reader.feed_eof()
        if not self._done.done():
            self._done.set_result(None)


class StreamWriter:
    """Writes to a connection: write, writelines, drain, close, wait_closed."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._done

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Waits until what was written may be followed by more (sent at once here)."""
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport._lost is not None:
            raise ConnectionResetError('Connection lost')
        await sleep(0)

    async def start_tls(self, sslcontext, *, server_hostname=None, ssl_handshake_timeout=None):
        raise NotImplementedError('TLS streams are not supported by MiniPy')


def _connection(loop, sock, limit):
    reader = StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(loop, sock, reader)
    writer = StreamWriter(transport, None, reader, loop)
    transport.start_reading()
    return reader, writer


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, ssl=None, family=0,
                          proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                          ssl_handshake_timeout=None, happy_eyeballs_delay=None, interleave=None):
    """Connects to host:port; returns (StreamReader, StreamWriter)."""
    if ssl:
        raise NotImplementedError('TLS streams are not supported by MiniPy')
    loop = get_running_loop()
    if sock is None:
        if host is None and port is None:
            raise ValueError('host and port was not specified and no sock specified')
        sock = await loop.run_in_executor(None, socket.create_connection, (host, port), None, local_addr)
    return _connection(loop, sock, limit)


class Server:
    """Listening sockets whose connections become (reader, writer) pairs for a callback."""

    def __init__(self, loop, sockets, client_connected_cb, limit):
        self._loop = loop
        self._sockets = sockets
        self._client_connected_cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._threads = []
        self._closed_waiters = []

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.settimeout(_POLL)
            thread = threading.Thread(target=self._accept, args=(sock,), name='asyncio-server', daemon=True)
            self._threads.append(thread)
            thread.start()

    def _accept(self, sock):
        while self._serving:
            try:
                conn, _ = sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            try:
                self._loop.call_soon_threadsafe(self._accepted, conn)
            except RuntimeError:
                conn.close()
                return

    def _accepted(self, conn):
        if not self._serving:
            conn.close()
            return
        reader, writer = _connection(self._loop, conn, self._limit)
        result = self._client_connected_cb(reader, writer)
        if iscoroutine(result):
            self._loop.create_task(result)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        self._serving = False
        for sock in sockets:
            try:
                sock.close()
            except OSError:
                pass
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        waiters, self._closed_waiters = self._closed_waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        """Waits until the server is closed (at once if it is already)."""
        if self._sockets is None:
            return
        waiter = self._loop.create_future()
        self._closed_waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=socket.AF_UNSPEC if hasattr(socket, 'AF_UNSPEC') else 0,
                       flags=0, sock=None, backlog=100, ssl=None, reuse_address=None,
                       reuse_port=None, ssl_handshake_timeout=None, start_serving=True):
    """Listens on host:port; each connection calls client_connected_cb(reader, writer)."""
    if ssl:
        raise NotImplementedError('TLS streams are not supported by MiniPy')
    loop = get_running_loop()
    if sock is None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if reuse_address is None or reuse_address:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind(('' if host is None else host, 0 if port is None else port))
            listener.listen(backlog)
        except OSError:
            listener.close()
            raise
        sockets = [listener]
    else:
        sockets = [sock]
    server = Server(loop, sockets, client_connected_cb, limit)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server

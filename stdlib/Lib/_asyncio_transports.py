"""asyncio's protocols and transports, and the watching of descriptors under them.

MiniPy's event loop waits on a condition variable, not on descriptors. The descriptors that
loop.add_reader and loop.add_writer register are watched by a thread of the loop's
(_FdWatcher): it waits in select.select (the GIL released) and hands the ready ones to the
loop with call_soon_threadsafe, where their callbacks run. A descriptor handed over is not
watched again until its callback has run, so nothing is reported twice and the thread does
not spin; a pipe wakes the thread when the set of descriptors changes.

On that, as in CPython: the sockets and pipes of transports are non-blocking, read when
ready and written at once, what does not fit waiting in a buffer until the descriptor is
writable; the protocols' callbacks run in the loop. The loop's methods (create_connection,
create_server, create_unix_server, create_datagram_endpoint, connect_read_pipe, sock_recv,
...) are the functions here of the same names, called with the loop first.
"""

import collections
import errno
import os
import select
import socket
import stat
import threading
import time

import asyncio
from asyncio import Handle, CancelledError, _set_result_unless_cancelled

__all__ = ['BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BaseTransport', 'ReadTransport', 'WriteTransport',
           'Transport', 'DatagramTransport', 'SubprocessTransport', 'Server']

_READ, _WRITE = 0, 1


# ───────────────────────────── protocols ─────────────────────────────

class BaseProtocol:
    """What every protocol is told: the connection was made, or lost; writing should
    pause, or may resume (the transport's buffer is above, or back under, its limits)."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is made; transport is its end."""

    def connection_lost(self, exc):
        """The connection is lost or closed (exc is None when closed normally)."""

    def pause_writing(self):
        """The transport's buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained to its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data arrives in data_received, the end in eof_received."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send no more. A true result keeps the transport open
        (to write); otherwise it closes."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that gives the buffer the transport receives into."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer (bytearray, memoryview) to receive the next bytes into."""
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        """nbytes were written at the start of the buffer get_buffer gave."""
        raise NotImplementedError

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """A datagram (UDP) protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed (an OSError); the transport stays open."""


class SubprocessProtocol(BaseProtocol):
    """What a child process started by loop.subprocess_exec tells."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes was closed."""

    def process_exited(self):
        """The child has exited."""


# ───────────────────────────── transport interfaces ─────────────────────────────

class BaseTransport:
    """The interface of every transport."""

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Information about the transport: 'peername', 'sockname', 'socket', 'pipe'..."""
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """The interface of a transport that receives."""

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """The interface of a transport that sends."""

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """The interface of a two-way stream transport (a TCP connection)."""


class DatagramTransport(BaseTransport):
    """The interface of a datagram (UDP) transport."""

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """The interface of a child process's transport."""

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


# ───────────────────────────── watching descriptors ─────────────────────────────

def _fd_of(fileobj):
    """The descriptor of an int or of an object with a fileno()."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fd < 0:
        raise ValueError(f'Invalid file descriptor: {fd}')
    return fd


class _FdWatcher:
    """A loop's readers and writers, and the thread that waits until their descriptors
    are ready."""

    def __init__(self, loop):
        self._loop = loop
        self._handles = ({}, {})  # by _READ and _WRITE: fd -> Handle
        self._held = set()  # (kind, fd) handed to the loop, unwatched until the callback ran
        self._lock = threading.Lock()
        self._closed = False
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._thread = threading.Thread(target=self._watch, name='asyncio-fd-watcher', daemon=True)
        self._thread.start()

    def add(self, kind, fileobj, callback, args):
        fd = _fd_of(fileobj)
        handle = Handle(callback, args, self._loop)
        with self._lock:
            previous = self._handles[kind].get(fd)
            self._handles[kind][fd] = handle
            self._held.discard((kind, fd))
        if previous is not None:
            previous.cancel()
        self._wake()
        return handle

    def remove(self, kind, fileobj):
        fd = _fd_of(fileobj)
        with self._lock:
            handle = self._handles[kind].pop(fd, None)
            self._held.discard((kind, fd))
        if handle is None:
            return False
        handle.cancel()
        self._wake()
        return True

    def close(self):
        with self._lock:
            if self._closed:
                return
            self._closed = True
            handles = list(self._handles[_READ].values()) + list(self._handles[_WRITE].values())
            for table in self._handles:
                table.clear()
        for handle in handles:
            handle.cancel()
        try:
            os.write(self._wake_w, b'\0')  # the thread closes the pipe when it leaves
        except OSError:
            pass
        # Closing the loop ends its thread too: nothing of the loop outlives close().
        if self._thread is not threading.current_thread():
            self._thread.join(5.0)

    def _wake(self):
        if self._closed:
            return
        try:
            os.write(self._wake_w, b'\0')
        except OSError:  # the pipe is full: the thread will wake anyway
            pass

    def _watch(self):
        try:
            while True:
                with self._lock:
                    if self._closed:
                        return
                    readers = [fd for fd in self._handles[_READ] if (_READ, fd) not in self._held]
                    writers = [fd for fd in self._handles[_WRITE] if (_WRITE, fd) not in self._held]
                try:
                    readable, writable, _ = select.select([self._wake_r] + readers, writers, [])
                except (OSError, ValueError):
                    self._hold_bad(readers, writers)
                    continue
                if self._wake_r in readable:
                    readable.remove(self._wake_r)
                    try:
                        while os.read(self._wake_r, 512):
                            pass
                    except BlockingIOError:
                        pass
                if not readable and not writable:
                    continue
                with self._lock:
                    self._held.update((_READ, fd) for fd in readable)
                    self._held.update((_WRITE, fd) for fd in writable)
                try:
                    self._loop.call_soon_threadsafe(self._dispatch, readable, writable)
                except RuntimeError:  # the loop has closed
                    return
        finally:
            with self._lock:
                self._closed = True
            os.close(self._wake_r)
            os.close(self._wake_w)

    def _hold_bad(self, readers, writers):
        """A descriptor was closed without being removed: it is no longer watched (as
        epoll forgets a closed descriptor) until it is added again."""
        found = False
        for kind, fds in ((_READ, readers), (_WRITE, writers)):
            for fd in fds:
                try:
                    select.select([fd], [], [], 0)
                except (OSError, ValueError):
                    found = True
                    with self._lock:
                        self._held.add((kind, fd))
        if not found:
            time.sleep(0.01)  # whatever failed, do not retry at full speed

    def _dispatch(self, readable, writable):
        """In the loop: runs the callbacks of the ready descriptors, then watches them again."""
        try:
            for kind, fds in ((_READ, readable), (_WRITE, writable)):
                for fd in fds:
                    handle = self._handles[kind].get(fd)
                    if handle is not None and not handle._cancelled:
                        handle._run()
        finally:
            with self._lock:
                self._held.difference_update((_READ, fd) for fd in readable)
                self._held.difference_update((_WRITE, fd) for fd in writable)
            self._wake()


# ───────────────────────────── socket operations ─────────────────────────────

def _when_ready(loop, kind, sock, operation, *args):
    """A future of operation(*args), tried at once and then each time sock is ready, until
    it no longer raises BlockingIOError."""
    future = loop.create_future()
    try:
        future.set_result(operation(*args))
        return future
    except (BlockingIOError, InterruptedError):
        pass
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        future.set_exception(exc)
        return future
    fd = _fd_of(sock)

    def ready():
        if future.done():
            return
        try:
            result = operation(*args)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        stop_watching(future)

    def stop_watching(_):
        if not handle.cancelled():  # another operation may have taken the descriptor since
            watcher.remove(kind, fd)

    loop._check_closed()
    watcher = loop._fd_watcher()
    handle = watcher.add(kind, fd, ready, ())
    future.add_done_callback(stop_watching)
    return future


async def sock_recv(loop, sock, nbytes):
    return await _when_ready(loop, _READ, sock, sock.recv, nbytes)


def _recv_into(sock, buf, nbytes=0):
    data = sock.recv(nbytes or len(buf))
    memoryview(buf)[:len(data)] = data
    return len(data)


async def sock_recv_into(loop, sock, buf):
    return await _when_ready(loop, _READ, sock, _recv_into, sock, buf)


async def sock_recvfrom(loop, sock, bufsize):
    return await _when_ready(loop, _READ, sock, sock.recvfrom, bufsize)


def _recvfrom_into(sock, buf, nbytes):
    data, addr = sock.recvfrom(nbytes or len(buf))
    memoryview(buf)[:len(data)] = data
    return len(data), addr


async def sock_recvfrom_into(loop, sock, buf, nbytes=0):
    return await _when_ready(loop, _READ, sock, _recvfrom_into, sock, buf, nbytes)


async def sock_sendto(loop, sock, data, address):
    return await _when_ready(loop, _WRITE, sock, sock.sendto, data, address)


async def sock_sendall(loop, sock, data):
    view = memoryview(bytes(data))
    sent = 0

    def send():
        nonlocal sent
        while sent < len(view):
            sent += sock.send(view[sent:])  # BlockingIOError: try again when writable
        return None

    return await _when_ready(loop, _WRITE, sock, send)


async def sock_connect(loop, sock, address):
    """Connects sock in a worker thread (a refused connection then says why)."""
    def connect():
        timeout = sock.gettimeout()
        sock.settimeout(None)
        try:
            sock.connect(address)
        except OSError as exc:
            # A network connection fails after it started (CPython hears of it later, and
            # says so); a Unix socket's fails at once, as it is.
            if exc.errno is None or sock.family == socket.AF_UNIX:
                raise
            raise OSError(exc.errno, f'Connect call failed {address}') from None
        finally:
            sock.settimeout(timeout)

    return await loop.run_in_executor(None, connect)


async def sock_accept(loop, sock):
    def accept():
        conn, address = sock.accept()
        conn.setblocking(False)
        return conn, address

    return await _when_ready(loop, _READ, sock, accept)


# ───────────────────────────── transports ─────────────────────────────

class _FlowControl:
    """Pauses the protocol's writing while the write buffer is over its high-water mark,
    resumes it once the buffer is down to its low-water mark."""

    _protocol_paused = False
    _high_water = 64 * 1024
    _low_water = 16 * 1024

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low
        self._maybe_pause_protocol()

    def _tell_protocol(self, method):
        try:
            getattr(self._protocol, method)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'protocol.{method}() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol,
            })

    def _maybe_pause_protocol(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high_water:
            self._protocol_paused = True
            self._tell_protocol('pause_writing')

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._tell_protocol('resume_writing')


class _FdTransport(BaseTransport):
    """A transport over a non-blocking descriptor (a socket or a pipe): what closing and
    losing it do. The connection is lost once: connection_lost runs, then the socket or
    pipe is closed."""

    _kind = 'transport'

    def __init__(self, loop, fileobj, protocol, extra=None, server=None):
        super().__init__(extra)
        self._loop = loop
        self._file = fileobj
        self._fd = _fd_of(fileobj)
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._conn_lost = 0
        if server is not None:
            server._attach()

    def __repr__(self):
        info = [type(self).__name__]
        if self._file is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        if self._file is not None and not self._loop.is_closed():
            info.extend(self._repr_polling())
        elif self._file is None:
            info.extend(self._repr_closed)
        return '<{}>'.format(' '.join(info))

    _repr_closed = ()  # what the repr says after the fd once the transport is closed

    def _polling(self, kind):
        watcher = self._loop._watcher
        return watcher is not None and self._fd in watcher._handles[kind]

    def _repr_polling(self):
        read = 'polling' if self._polling(_READ) else 'idle'
        write = 'polling' if self._polling(_WRITE) else 'idle'
        return [f'read={read}', f'write=<{write}, bufsize={self.get_write_buffer_size()}>']

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def close(self):
        """Closes once what is buffered has been sent; connection_lost(None) follows."""
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        """Closes at once, dropping what is buffered."""
        self._force_close(None)

    def _fatal_error(self, exc, message):
        # A failing connection is the connection's news (connection_lost tells it); anything
        # else is a bug worth reporting.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self, 'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._file.close()
            self._file = None
            self._protocol = None
            server, self._server = self._server, None
            if server is not None:
                server._detach()


class _Reading:
    """The receiving side of a stream transport: what arrives goes to the protocol's
    data_received (or into a BufferedProtocol's buffer), the end to eof_received."""

    max_size = 256 * 1024
    _paused = False

    def _start_reading(self):
        if not self._closing and not self._paused:
            self._loop.add_reader(self._fd, self._read_ready)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        protocol = self._protocol
        buffered = isinstance(protocol, BufferedProtocol)
        try:
            if buffered:
                buf = protocol.get_buffer(-1)
                if not len(buf):
                    raise RuntimeError('get_buffer() returned an empty buffer')
                data = self._receive(len(buf))
            else:
                data = self._receive(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, f'Fatal read error on {self._kind} transport')
            return
        if not data:
            self._read_eof()
            return
        try:
            if buffered:
                memoryview(buf)[:len(data)] = data
                protocol.buffer_updated(len(data))
            else:
                protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            name = 'buffer_updated' if buffered else 'data_received'
            self._fatal_error(exc, f'Fatal error: protocol.{name}() call failed.')

    def _read_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self._loop.remove_reader(self._fd)  # half-closed: writing goes on
        else:
            self.close()


class _Writing(_FlowControl):
    """The sending side of a stream transport: data is sent at once; what does not fit
    waits in the buffer until the descriptor is writable."""

    _eof = False

    def get_write_buffer_size(self):
        return len(self._buffer)

    def can_write_eof(self):
        return True

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                sent = self._send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, f'Fatal write error on {self._kind} transport')
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            sent = self._send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._fd)
            self._buffer.clear()
            self._fatal_error(exc, f'Fatal write error on {self._kind} transport')
            return
        del self._buffer[:sent]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        self._loop.remove_writer(self._fd)
        if self._closing:
            self._call_connection_lost(None)
        elif self._eof:
            self._shutdown_write()

    def write_eof(self):
        """Sends the end of the stream once what is buffered has been sent."""
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._shutdown_write()


class _SelectorSocketTransport(_Reading, _Writing, _FdTransport, Transport):
    """A TCP connection."""

    _kind = 'socket'

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        extra = dict(extra or {})
        extra['socket'] = sock
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if key not in extra:
                try:
                    extra[key] = get()
                except OSError:
                    extra[key] = None
        sock.setblocking(False)
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        super().__init__(loop, sock, protocol, extra, server)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _receive(self, size):
        return self._file.recv(size)

    def _send(self, data):
        return self._file.send(data)

    def _shutdown_write(self):
        try:
            self._file.shutdown(socket.SHUT_WR)
        except OSError:
            pass


class _SelectorDatagramTransport(_FlowControl, _FdTransport, DatagramTransport):
    """A UDP socket: each datagram goes to the protocol's datagram_received; failures of
    single datagrams to its error_received."""

    _kind = 'datagram'
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, address=None):
        extra = {'socket': sock}
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                extra[key] = get()
            except OSError:
                extra[key] = None
        sock.setblocking(False)
        super().__init__(loop, sock, protocol, extra)
        self._address = address
        self._buffer = collections.deque()  # (data, address)
        self._buffer_size = 0
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop.add_reader, self._fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._file.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def _send_one(self, data, addr):
        if self._extra['peername']:
            self._file.send(data)
        else:
            self._file.sendto(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                self._send_one(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop.add_writer(self._fd, self._write_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        while self._buffer:
            data, addr = self._buffer[0]
            try:
                self._send_one(data, addr)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._protocol.error_received(exc)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
            self._buffer.popleft()
            self._buffer_size -= len(data)
        self._maybe_resume_protocol()
        self._loop.remove_writer(self._fd)
        if self._closing:
            self._call_connection_lost(None)

    def _force_close(self, exc):
        if self._buffer:
            self._buffer_size = 0
        super()._force_close(exc)


class _UnixReadPipeTransport(_Reading, _FdTransport, ReadTransport):
    """The read end of a pipe (connect_read_pipe)."""

    _kind = 'pipe'

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        extra = dict(extra or {})
        extra['pipe'] = pipe
        super().__init__(loop, pipe, protocol, extra)
        os.set_blocking(self._fd, False)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    _repr_closed = ('closed',)

    def _repr_polling(self):
        return ['polling' if self._polling(_READ) else 'idle']

    def _receive(self, size):
        return os.read(self._fd, size)

    def _read_eof(self):
        # The writer has gone: the protocol hears of the end, then of the lost connection.
        self._closing = True
        self._conn_lost += 1
        self._loop.remove_reader(self._fd)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)


class _UnixWritePipeTransport(_Writing, _FdTransport, WriteTransport):
    """The write end of a pipe (connect_write_pipe). The descriptor is also watched for
    reading: a pipe's write end becomes readable when its reader has gone."""

    _kind = 'pipe'

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        extra = dict(extra or {})
        extra['pipe'] = pipe
        super().__init__(loop, pipe, protocol, extra)
        os.set_blocking(self._fd, False)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop.add_reader, self._fd, self._reader_gone)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    _repr_closed = ('closed',)

    def _repr_polling(self):
        return ['polling' if self._polling(_WRITE) else 'idle', f'bufsize={self.get_write_buffer_size()}']

    def _reader_gone(self):
        self._force_close(BrokenPipeError() if self._buffer else None)

    def _send(self, data):
        return os.write(self._fd, data)

    def _shutdown_write(self):
        self.close()

    def write_eof(self):
        self.close()


# ───────────────────────────── connections and servers ─────────────────────────────

async def _first_address(loop, address, family, type, proto, flags):
    host, port = address[:2]
    infos = await loop.getaddrinfo(host, port, family=family, type=type, proto=proto, flags=flags)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    return infos[0]


async def _make_transport(loop, make, protocol_factory, *args):
    """protocol_factory's protocol connected to the transport make(loop, ..., protocol,
    waiter) gives: (transport, protocol) once connection_made has run."""
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = make(loop, *args[:1], protocol, waiter, *args[1:])
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def create_connection(loop, protocol_factory, host=None, port=None, *, ssl=None, family=0,
                            proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    if ssl:
        raise NotImplementedError('TLS is not supported by MiniPy')
    if server_hostname is not None:
        raise ValueError('server_hostname is only meaningful with ssl')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = await loop.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM,
                                       proto=proto, flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        errors = []
        for af, kind, pro, _, address in infos:
            sock = socket.socket(af, kind, pro)
            try:
                if local_addr is not None:
                    sock.bind(local_addr)
                await loop.sock_connect(sock, address)
                break
            except OSError as exc:
                errors.append(exc)
                sock.close()
                sock = None
            except BaseException:
                sock.close()
                raise
        if sock is None:
            if len(errors) == 1 or len({str(e) for e in errors}) == 1:
                raise errors[0]
            raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))
    elif sock is None:
        raise ValueError('host and port was not specified and no sock specified')
    elif sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await _make_transport(loop, _SelectorSocketTransport, protocol_factory, sock)


async def connect_accepted_socket(loop, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    if ssl:
        raise NotImplementedError('TLS is not supported by MiniPy')
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await _make_transport(loop, _SelectorSocketTransport, protocol_factory, sock)


class Server(asyncio.AbstractServer):
    """Listening sockets whose connections each get a protocol (loop.create_server)."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._active_count = 0  # connections not yet lost
        self._waiters = []  # wait_closed's futures
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop.add_reader(sock.fileno(), self._accept, sock)

    def _accept(self, sock):
        for _ in range(self._backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    raise
                # Out of descriptors: stop accepting for a second.
                self._loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource', 'exception': exc, 'socket': sock,
                })
                self._loop.remove_reader(sock.fileno())
                self._loop.call_later(1, self._resume_accepting, sock)
                return
            self._loop.create_task(self._connected(conn, addr))

    def _resume_accepting(self, sock):
        if self._serving and self._sockets is not None:
            self._loop.add_reader(sock.fileno(), self._accept, sock)

    async def _connected(self, conn, addr):
        try:
            await _make_transport(self._loop, self._transport_of, self._protocol_factory, conn, addr)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            conn.close()
            self._loop.call_exception_handler({
                'message': 'Error on transport creation for incoming connection', 'exception': exc,
            })

    def _transport_of(self, loop, conn, protocol, waiter, addr):
        return _SelectorSocketTransport(loop, conn, protocol, waiter, {'peername': addr}, self)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        """Stops listening (the connections made stay open)."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            if not self._loop.is_closed():
                self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await asyncio.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        """As CPython 3.11's: returns at once once close() was called; before, waits until
        the server is closed and its connections are lost."""
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def _listening_sockets(loop, host, port, family, flags, reuse_address, reuse_port):
    hosts = [host] if host is None or isinstance(host, str) else list(host)
    addresses = []
    for one in hosts:
        if one in (None, ''):
            infos = [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, '', ('0.0.0.0', port or 0))]
        else:
            infos = await loop.getaddrinfo(one, port, family=family, type=socket.SOCK_STREAM, flags=flags)
        for info in infos:
            if info not in addresses:
                addresses.append(info)
    sockets = []
    try:
        for af, kind, pro, _, address in addresses:
            sock = socket.socket(af, kind, pro)
            sockets.append(sock)
            if reuse_address:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            try:
                sock.bind(address)
            except OSError as err:
                reason = (err.strerror or str(err)).lower()
                raise OSError(err.errno, f'error while attempting to bind on address {address!r}: {reason}') from None
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    return sockets


async def create_server(loop, protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                        flags=socket.AI_PASSIVE, sock=None, backlog=100, ssl=None,
                        reuse_address=None, reuse_port=None, ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None, start_serving=True):
    if ssl:
        raise NotImplementedError('TLS is not supported by MiniPy')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        sockets = await _listening_sockets(loop, host, port, family, flags, reuse_address, reuse_port)
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for one in sockets:
        one.setblocking(False)
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await asyncio.sleep(0)
    return server


async def create_unix_connection(loop, protocol_factory, path=None, *, ssl=None, sock=None,
                                 server_hostname=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None):
    if ssl:
        raise NotImplementedError('TLS is not supported by MiniPy')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
        try:
            await loop.sock_connect(sock, os.fspath(path))
        except BaseException:
            sock.close()
            raise
    elif sock is None:
        raise ValueError('no path and sock were specified')
    elif sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    return await _make_transport(loop, _SelectorSocketTransport, protocol_factory, sock)


async def create_unix_server(loop, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None,
                             ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                             start_serving=True):
    if ssl:
        raise NotImplementedError('TLS is not supported by MiniPy')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        path = os.fspath(path)
        if path[:1] not in ('', '\0'):
            # The socket file an earlier server left behind is removed.
            try:
                if stat.S_ISSOCK(os.stat(path).st_mode):
                    os.remove(path)
            except OSError:
                pass
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE:
                raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
            raise
    elif sock is None:
        raise ValueError('path was not specified, and no sock specified')
    elif sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    server = Server(loop, [sock], protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await asyncio.sleep(0)
    return server


async def create_datagram_endpoint(loop, protocol_factory, local_addr=None, remote_addr=None, *,
                                   family=0, proto=0, flags=0, reuse_address=None, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    if reuse_address is not None:
        raise ValueError('Passing `reuse_address=True` is no longer supported, as the usage of '
                         'SO_REUSEPORT in UDP poses a significant security concern.')
    address = None
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        if local_addr or remote_addr or family or proto or flags or reuse_port or allow_broadcast:
            raise ValueError('socket modifier keyword arguments can not be used when sock is specified.')
    else:
        local = remote = None
        if local_addr:
            local = await _first_address(loop, local_addr, family, socket.SOCK_DGRAM, proto, flags)
            family = local[0]
        if remote_addr:
            remote = await _first_address(loop, remote_addr, family, socket.SOCK_DGRAM, proto, flags)
            family = remote[0]
        if not family:
            raise ValueError('unexpected address family')
        sock = socket.socket(family, socket.SOCK_DGRAM, proto)
        try:
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            if local is not None:
                sock.bind(local[4])
            if remote is not None:
                sock.connect(remote[4])
                address = remote[4]
        except BaseException:
            sock.close()
            raise
    return await _make_transport(loop, _SelectorDatagramTransport, protocol_factory, sock, address)


async def connect_read_pipe(loop, protocol_factory, pipe):
    return await _make_transport(loop, _UnixReadPipeTransport, protocol_factory, pipe)


async def connect_write_pipe(loop, protocol_factory, pipe):
    return await _make_transport(loop, _UnixWritePipeTransport, protocol_factory, pipe)


asyncio._belongs_to('asyncio.protocols', globals(), ('BaseProtocol', 'Protocol', 'BufferedProtocol',
                                                     'DatagramProtocol', 'SubprocessProtocol'))
asyncio._belongs_to('asyncio.transports', globals(), ('BaseTransport', 'ReadTransport', 'WriteTransport',
                                                      'Transport', 'DatagramTransport',
                                                      'SubprocessTransport'))
asyncio._belongs_to('asyncio.base_events', globals(), ('Server',))

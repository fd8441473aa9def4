"""Pipes between processes, as CPython's multiprocessing/connection.py: Pipe() returns two
Connection objects. Each end reads one direction and writes the other; the directions are
queues in the broker. send() encodes an object in the data-only wire format; recv() decodes
what arrives, so a malformed or hostile message is an error, never code that runs. An end
is open in every process that holds a copy; when the last copy of one end is closed (or its
process dies), recv() at the other end raises EOFError once the data already sent is read.

Listener and Client connect processes that did not start one another, over a socket: a
TCP address (host, port) or a Unix socket path. Each message is a 4-byte big-endian length
and then its bytes, as in CPython; objects travel in the same data-only wire format as
pipes (not pickle), so both ends must be MiniPy. With an authkey each side proves it knows
the key by CPython's challenge (an HMAC of 20 random bytes) before anything else is sent."""

import os as _os
import struct as _struct
import _multiprocessing as _mp
from multiprocessing import AuthenticationError, BufferTooShort

__all__ = ["Pipe", "Connection", "Listener", "Client", "wait"]


def _message_bytes(buf, offset, size):
    """buf[offset:offset + size] as bytes, with send_bytes' checks (buf: any buffer)."""
    import array
    buf = buf.tobytes() if isinstance(buf, array.array) else memoryview(buf).tobytes()
    if offset < 0 or offset > len(buf):
        raise ValueError("offset out of range")
    if size is None:
        size = len(buf) - offset
    if size < 0 or offset + size > len(buf):
        raise ValueError("buffer length < offset + size")
    return buf[offset:offset + size]


class _Ends:
    """What both kinds of connection share: which ways they go, the with-statement, and
    receiving into a buffer."""

    def recv_bytes_into(self, buf, offset=0):
        """Receives a message into buf (a writable buffer or an array) at offset bytes;
        returns its length. BufferTooShort, carrying the message, when it does not fit."""
        import array
        if isinstance(buf, array.array):
            size = len(buf) * buf.itemsize
        else:
            view = memoryview(buf)
            if view.readonly:
                raise TypeError("argument must be read-write bytes-like object, not %s" % type(buf).__name__)
            size = view.nbytes
        if offset < 0:
            raise ValueError("negative offset")
        if offset > size:
            raise ValueError("offset too large")
        data = self.recv_bytes()
        if size < offset + len(data):
            from multiprocessing import BufferTooShort
            raise BufferTooShort(data)
        if isinstance(buf, array.array):
            raw = bytearray(buf.tobytes())
            raw[offset:offset + len(data)] = data
            buf[:] = array.array(buf.typecode, bytes(raw))
        else:
            view[offset:offset + len(data)] = data
        return len(data)

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class Connection(_Ends):
    """One end of a Pipe."""

    def __init__(self, end, readable=True, writable=True):
        self._end = end
        self._readable = readable
        self._writable = writable
        self._closed = False

    def __mp_reduce__(self):
        self._check_closed()
        _mp.end_ref(self._end, 1, True)
        return ("Connection", (self._end, self._readable, self._writable))

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    def fileno(self):
        self._check_closed()
        return self._end

    def send(self, obj):
        """Sends an object to the other end."""
        self._check_closed()
        self._check_writable()
        _mp.end_send(self._end, obj, False)

    def send_bytes(self, buf, offset=0, size=None):
        """Sends raw bytes; the other end reads them with recv_bytes (or recv, which decodes them)."""
        self._check_closed()
        self._check_writable()
        _mp.end_send(self._end, _message_bytes(buf, offset, size), True)

    def recv(self):
        """Receives an object; EOFError when the other end is closed and nothing is left."""
        self._check_closed()
        self._check_readable()
        ok, obj = _mp.end_recv(self._end, None, False)
        return obj

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        ok, data = _mp.end_recv(self._end, None, True)
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        """Whether there is something to read, waiting up to timeout seconds (None: no limit)."""
        self._check_closed()
        self._check_readable()
        return _mp.end_poll(self._end, timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            _mp.end_ref(self._end, -1, False)


def _rebuild_connection(end, readable, writable):
    _mp.end_adopt(end)
    return Connection(end, readable, writable)


def Pipe(duplex=True):
    """Returns a pair (conn1, conn2) of connected ends. With duplex=False conn1 can only
    receive and conn2 can only send."""
    first = _mp.pipe_new(duplex)
    if duplex:
        return Connection(first), Connection(first + 1)
    return Connection(first, True, False), Connection(first + 1, False, True)


_mp._register_handle("Connection", _rebuild_connection)


# ───────────────────────── sockets: Listener and Client ─────────────────────────

_MESSAGE_LENGTH = 20
_CHALLENGE = b"#CHALLENGE#"
_WELCOME = b"#WELCOME#"
_FAILURE = b"#FAILURE#"


class _SocketConnection(_Ends):
    """A connection over a socket (what Listener.accept and Client return)."""

    def __init__(self, sock, readable=True, writable=True):
        self._sock = sock
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._sock is None:
            raise OSError("handle is closed")

    @property
    def closed(self):
        return self._sock is None

    def fileno(self):
        self._check_closed()
        return self._sock.fileno()

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        data = _message_bytes(buf, offset, size)
        self._sock.sendall(_struct.pack("!i", len(data)) + data)

    def send(self, obj):
        self.send_bytes(_mp.dumps(obj))

    def _read_exactly(self, n, at_start):
        chunks = []
        while n > 0:
            chunk = self._sock.recv(min(n, 1 << 20))
            if not chunk:
                if at_start and not chunks:
                    raise EOFError
                raise OSError("got end of file during message")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        if not self._readable:
            raise OSError("connection is write-only")
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        size, = _struct.unpack("!i", self._read_exactly(4, True))
        if maxlength is not None and size > maxlength:
            # The body stays unread, so the stream cannot be read further (as CPython).
            if self._writable:
                self._readable = False
            else:
                self.close()
            raise OSError("bad message length")
        return self._read_exactly(size, True)

    def recv(self):
        return _mp.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        self._check_closed()
        import select
        readable, _, _ = select.select([self._sock], [], [], timeout)
        return bool(readable)

    def close(self):
        if self._sock is not None:
            self._sock.close()
            self._sock = None


_SocketConnection.__name__ = _SocketConnection.__qualname__ = "Connection"


def _family_of(address):
    if type(address) is tuple:
        return "AF_INET"
    if type(address) is str:
        return "AF_UNIX"
    raise ValueError("address type of %r unrecognized" % (address,))


def _arbitrary_address(family):
    if family == "AF_INET":
        return ("localhost", 0)
    if family == "AF_UNIX":
        import tempfile
        return tempfile.mktemp(prefix="listener-")
    raise ValueError("unrecognized family")


def _socket_for(family):
    import socket
    if family == "AF_INET":
        return socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if family == "AF_UNIX":
        return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    raise ValueError("Family %s is not recognized." % family)


def _check_authkey(authkey):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError("authkey should be a byte string")


def _deliver_challenge(connection, authkey):
    import hmac
    from multiprocessing import AuthenticationError
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = _os.urandom(_MESSAGE_LENGTH)
    connection.send_bytes(_CHALLENGE + message)
    expected = hmac.new(authkey, message, "md5").digest()
    response = connection.recv_bytes(256)
    if response == expected:
        connection.send_bytes(_WELCOME)
    else:
        connection.send_bytes(_FAILURE)
        raise AuthenticationError("digest received was wrong")


def _answer_challenge(connection, authkey):
    import hmac
    from multiprocessing import AuthenticationError
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    if message[:len(_CHALLENGE)] != _CHALLENGE:
        raise AuthenticationError("message = %r" % message)
    digest = hmac.new(authkey, message[len(_CHALLENGE):], "md5").digest()
    connection.send_bytes(digest)
    if connection.recv_bytes(256) != _WELCOME:
        raise AuthenticationError("digest sent was rejected")


class Listener:
    """Listener(address=None, family=None, backlog=1, authkey=None): accepts connections
    from Client at address (host, port) or a Unix socket path."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or (address and _family_of(address)) or "AF_UNIX"
        address = address or _arbitrary_address(family)
        _check_authkey(authkey)
        self._family = family
        self._authkey = authkey
        self._socket = _socket_for(family)
        try:
            if family == "AF_INET":
                import socket
                self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind(address)
            self._socket.listen(backlog)
            self._address = self._socket.getsockname()
        except OSError:
            self._socket.close()
            raise
        self._unlink = address if family == "AF_UNIX" else None
        self._last_accepted = None

    def accept(self):
        """Waits for a client; returns the Connection to it."""
        if self._socket is None:
            raise OSError("listener is closed")
        sock, self._last_accepted = self._socket.accept()
        conn = _SocketConnection(sock)
        if self._authkey is not None:
            _deliver_challenge(conn, self._authkey)
            _answer_challenge(conn, self._authkey)
        return conn

    def close(self):
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            if self._unlink is not None:
                try:
                    _os.unlink(self._unlink)
                except OSError:
                    pass
                self._unlink = None

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at address."""
    family = family or _family_of(address)
    _check_authkey(authkey)
    sock = _socket_for(family)
    try:
        sock.connect(address)
    except OSError:
        sock.close()
        raise
    conn = _SocketConnection(sock)
    if authkey is not None:
        _answer_challenge(conn, authkey)
        _deliver_challenge(conn, authkey)
    return conn


def wait(object_list, timeout=None):
    """The connections (or sockets, or objects with fileno()) of object_list that are ready
    to read, waiting up to timeout seconds for one."""
    import select
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        # Pipe ends are polled (their fileno() is not a descriptor); the rest are selected.
        ready = [o for o in object_list if hasattr(o, "poll") and not isinstance(o, _SocketConnection) and o.poll(0)]
        others = [o for o in object_list if not hasattr(o, "poll") or isinstance(o, _SocketConnection)]
        if others:
            readable, _, _ = select.select(others, [], [], 0)
            ready += [o for o in others if o in readable]
        if ready:
            return [o for o in object_list if o in ready]
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)

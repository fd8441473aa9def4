"""socket: network connections (see Natives/SocketModule.cs for the socket type itself),
and the helpers built on it: create_connection, create_server, socketpair, and makefile
for reading and writing a connection like a file."""

import io as _io
import _socket
from _socket import *

__all__ = ["socket", "create_connection", "create_server", "socketpair", "error", "timeout",
           "gaierror", "herror", "getdefaulttimeout", "setdefaulttimeout", "gethostname",
           "gethostbyname", "getaddrinfo", "has_ipv6"]

has_ipv6 = True

import enum as _enum

# As CPython's socket module: the address families and socket kinds are IntEnum members
# (they print as their numbers, and their repr names them).
AddressFamily = _enum.IntEnum('AddressFamily', {name: value for name, value in vars(_socket).items()
                                                if name.startswith('AF_') and isinstance(value, int)},
                              module='socket')
SocketKind = _enum.IntEnum('SocketKind', {name: value for name, value in vars(_socket).items()
                                          if name.startswith('SOCK_') and isinstance(value, int)},
                           module='socket')
globals().update(AddressFamily.__members__)
globals().update(SocketKind.__members__)
__all__ += ["AddressFamily", "SocketKind"]
_GLOBAL_DEFAULT_TIMEOUT = object()


class _SocketFile(_io.IOBase):
    """What socket.makefile() returns: the connection read and written as a file (the
    with-statement and iteration by line come from io.IOBase)."""

    def __init__(self, sock, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        self._sock = sock
        self._binary = 'b' in mode
        self._encoding = encoding or 'utf-8'
        self._buffer = b''

    def _fill(self):
        data = self._sock.recv(65536)
        self._buffer += data
        return bool(data)

    def readline(self, size=-1):
        while b'\n' not in self._buffer and self._fill():
            pass
        i = self._buffer.find(b'\n')
        i = len(self._buffer) if i < 0 else i + 1
        line, self._buffer = self._buffer[:i], self._buffer[i:]
        return line if self._binary else line.decode(self._encoding)

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buffer = self._buffer, b''
        else:
            while len(self._buffer) < size and self._fill():
                pass
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data if self._binary else data.decode(self._encoding)

    def write(self, data):
        if not self._binary:
            data = data.encode(self._encoding)
        self._sock.sendall(data)
        return len(data)

    def readable(self):
        return True

    def writable(self):
        return True


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """A TCP connection to (host, port)."""
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
    """Two sockets connected to each other (over the loopback interface)."""
    listener = socket(AF_INET, SOCK_STREAM)
    try:
        listener.bind(('127.0.0.1', 0))
        listener.listen()
        a = socket(AF_INET, SOCK_STREAM)
        a.connect(listener.getsockname())
        b, _ = listener.accept()
        return a, b
    finally:
        listener.close()

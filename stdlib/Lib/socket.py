"""socket: network connections. The socket type itself is native (Natives/SocketModule.cs,
with the name services in Natives/SocketNames.cs); this module gives, as CPython's does:

  * socket.socket, a class derived from _socket.socket whose family and type are
    AddressFamily and SocketKind members, whose accept() returns socket.socket objects, and
    which counts the files makefile() made from it: closing the socket while one of them is
    open leaves the descriptor open until the last of them is closed;
  * makefile(), with SocketIO, the raw (unbuffered) file over a socket, which io's
    BufferedReader, BufferedWriter, BufferedRWPair and TextIOWrapper wrap;
  * create_connection, create_server, socketpair, fromfd, getfqdn, and getaddrinfo giving
    the enum members.
"""

import os
import io
import _socket
from _socket import *
from enum import IntEnum as _IntEnum, IntFlag as _IntFlag

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "socket", "SocketIO",
           "socketpair", "SocketType", "error", "timeout", "gaierror", "herror"]
__all__.extend(name for name in dir(_socket) if name.isupper() or name in (
    'getaddrinfo', 'getnameinfo', 'gethostname', 'gethostbyname', 'gethostbyname_ex',
    'gethostbyaddr', 'getservbyname', 'getservbyport', 'getprotobyname', 'getdefaulttimeout',
    'setdefaulttimeout', 'htonl', 'htons', 'ntohl', 'ntohs', 'inet_aton', 'inet_ntoa',
    'inet_pton', 'inet_ntop', 'if_nameindex', 'if_nametoindex', 'if_indextoname', 'close',
    'dup', 'has_ipv6'))


def _constants(prefix):
    return {name: value for name, value in vars(_socket).items()
            if name.startswith(prefix) and name.isupper() and isinstance(value, int)}


# The constants of each kind become members of an enum (their repr names them, and they
# print as numbers), as CPython's socket module makes them.
AddressFamily = _IntEnum('AddressFamily', _constants('AF_'), module=__name__)
SocketKind = _IntEnum('SocketKind', _constants('SOCK_'), module=__name__)
MsgFlag = _IntFlag('MsgFlag', _constants('MSG_'), module=__name__)
AddressInfo = _IntFlag('AddressInfo', _constants('AI_'), module=__name__)
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum
__all__ += ["MsgFlag", "AddressInfo"]

_GLOBAL_DEFAULT_TIMEOUT = object()
_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'
# The errnos a non-blocking socket's read or write reports when it would have to wait.
_blocking_errnos = {11}


def _as_enum(value, enum_class):
    """value as a member of enum_class when it is one of its values, else the plain int."""
    try:
        return enum_class(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A network socket (see _socket.socket for its methods)."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)
        if not closed:
            for label, lookup in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    address = lookup()
                except error:
                    continue
                if address:
                    text += ", %s=%s" % (label, address)
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object for a duplicate of this one's descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Waits for a connection: (a new socket for it, the peer's address)."""
        fd, address = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout hands out blocking connections unless a default
        # timeout says otherwise.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, address

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and/or writing to the socket: binary modes ('rb',
        'wb', 'rwb') give a buffered file (or, with buffering=0, the raw SocketIO), the
        others a text file. The socket stays open while such a file is."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        raw = SocketIO(self, ("r" if reading else "") + ("w" if writing else ""))
        self._io_refs += 1
        if buffering is None or buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Sends a file's contents (from offset, count bytes or to its end); the number of
        bytes sent. The file's position is left after what was sent."""
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        block = min(count, 8192) if count else 8192
        sent = 0
        try:
            while True:
                if count:
                    block = min(count - sent, block)
                    if block <= 0:
                        break
                data = memoryview(file.read(block))
                if not data:
                    break
                while True:
                    try:
                        n = self.send(data)
                    except BlockingIOError:
                        continue
                    sent += n
                    if n < len(data):
                        data = data[n:]
                    else:
                        break
            return sent
        finally:
            if sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + sent)

    def _check_sendfile_params(self, file, offset, count):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _close=_socket.socket.close):
        _close(self)

    def close(self):
        """Closes the socket; its descriptor is closed once no makefile() file uses it."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Closes the socket object without closing its descriptor, which it returns."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The address family (an AddressFamily member)."""
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        """The socket type (a SocketKind member)."""
        return _as_enum(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    get_inheritable.__doc__ = "Get the inheritable flag of the socket"
    set_inheritable.__doc__ = "Set the inheritable flag of the socket"


def fromfd(fd, family, type, proto=0):
    """A socket object for a duplicate of descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Two sockets connected to each other (a Unix socket pair by default)."""
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


class SocketIO(io.RawIOBase):
    """The raw file over a socket that makefile() builds on: readinto() and write() are one
    recv and one send; on a non-blocking socket they return None when they would wait. A
    read that timed out leaves the file unusable for reading (data may have been lost)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        """Closes the file; the socket itself closes once it is closed too and no other
        file uses it."""
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def getfqdn(name=''):
    """The fully qualified domain name of name (the local host when empty): the first of
    the names gethostbyaddr() gives that contains a dot, else its main name."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """A TCP connection to (host, port): each address the host resolves to is tried in turn.
    With every attempt failed, the last error is raised (all of them, in an ExceptionGroup,
    with all_errors=True)."""
    host, port = address
    errors = []
    for family, kind, proto, _, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(target)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup("create_connection failed", errors)
        finally:
            errors = None
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether one IPv6 socket can accept IPv4 connections too (IPV6_V6ONLY off)."""
    if not has_ipv6:
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set; SO_REUSEPORT too
    with reuse_port; with dualstack_ipv6 an AF_INET6 socket accepts IPv4 as well)."""
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, '%s (while attempting to bind on address %r)' % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """The addresses of host and port: a list of (family, type, proto, canonname, sockaddr),
    family and type as AddressFamily and SocketKind members."""
    return [(_as_enum(af, AddressFamily), _as_enum(kind, SocketKind), pro, canonname, sockaddr)
            for af, kind, pro, canonname, sockaddr in _socket.getaddrinfo(host, port, family, type, proto, flags)]

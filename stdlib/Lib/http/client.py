"""http.client: the client side of HTTP/1.1, as CPython 3.11's http.client.

HTTPConnection sends requests (request(), or putrequest/putheader/endheaders/send step by
step) and returns HTTPResponse objects from getresponse(). It follows CPython's state
machine: one request at a time, a new request only once the previous response's headers
are read, and the connection kept open between requests unless the server says otherwise
(when a response will close the connection, the response takes the socket over). Request
bodies may be bytes, str (sent as ISO-8859-1), files (text files are encoded as ISO-8859-1)
or iterables of bytes; a body whose length cannot be known is sent with chunked
transfer-encoding. Host and Accept-Encoding: identity are added as CPython adds them.

HTTPResponse reads the status line and headers (into an HTTPMessage, an
email.message.Message) and then the body: whole, in pieces (read(amt), read1, readline,
readinto, iteration by line), honouring Content-Length and decoding chunked
transfer-encoding. It is a binary file-like object (io.BufferedIOBase) and a context
manager, with the urllib-style info(), geturl() and getcode().

Also here: parse_headers(), the exceptions, the `responses` table, HTTP_PORT and
HTTPS_PORT, and the status codes (OK, NOT_FOUND...) as module attributes.

Left out: HTTPS. MiniPy has no ssl module, so HTTPSConnection exists only to raise
NotImplementedError when it is created (if an ssl module is present it is used, as in
CPython).

A response reads its socket through sock.makefile('rb'); a socket the connection closes
while a response still reads from it (Connection: close, or close() during a keep-alive
response) stays open until that response is closed, as socket.socket's makefile() files
keep it.
"""

import collections.abc
import email.message
import email.parser
import errno
import http
import io
import re
import socket
import sys
from urllib.parse import urlsplit

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# The connection's states (see HTTPConnection).
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# The status codes as module constants (OK, NOT_FOUND...), as older code expects.
globals().update(http.HTTPStatus.__members__)

# Status code -> reason phrase.
responses = {status: status.phrase for status in http.HTTPStatus.__members__.values()}

_MAXLINE = 65536      # longest status, header or chunk-size line accepted
_MAXHEADERS = 100     # most header lines accepted in one response

# What a header name and value may hold (RFC 7230 section 3.2, leniently): a name has no
# colon nor white space at its start, and a value's line breaks must be folds.
_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search

# Control characters and spaces may not appear in a URL or host (CVE-2019-9740,
# CVE-2019-18348), nor control characters in a method.
_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

# Methods that always carry a Content-Length (0 without a body).
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


def _encode(data, name='data'):
    """data encoded in ISO-8859-1, with an error that says what to do otherwise."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
            "if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


def _strip_ipv6_iface(enc_name):
    """An IPv6 host without its zone ('[fe80::1%eth0]' -> '[fe80::1]')."""
    enc_name, percent, _ = enc_name.partition(b"%")
    if percent:
        assert enc_name.startswith(b'['), enc_name
        enc_name += b']'
    return enc_name


# --- headers ---------------------------------------------------------------------------

class HTTPMessage(email.message.Message):
    """The headers of an HTTP message (an email.message.Message: names are looked up
    without regard to case; get_all() gives every value of a repeated header)."""

    def getallmatchingheaders(self, name):
        """The header lines whose name is `name` (with the continuation lines that follow
        them), as lines; kept for compatibility (it looks at the header names only)."""
        prefix = name.lower() + ':'
        n = len(prefix)
        found = []
        hit = False
        for line in self.keys():
            if line[:n].lower() == prefix:
                hit = True
            elif not line[:1].isspace():
                hit = False
            if hit:
                found.append(line)
        return found


def _read_headers(fp):
    """The header lines of a message, up to and including the blank line (or the end)."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from a binary file up to the blank line and parses them (as
    ISO-8859-1 text) into an HTTPMessage (or _class)."""
    text = b''.join(_read_headers(fp)).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


# --- the response ----------------------------------------------------------------------

class HTTPResponse(io.BufferedIOBase):
    """The response to a request: status, reason, version, headers (msg), and the body,
    read as from a binary file.

    After begin() (getresponse() calls it) the body is read with read(), read(amt),
    read1(), readinto(), readline() or iteration. The response closes itself (releasing
    the connection's socket) when the whole body has been read."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self._io_closed = False
        self.headers = self.msg = None
        self.version = _UNKNOWN       # 10 for HTTP/1.0, 11 for HTTP/1.1
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN       # whether the body uses chunked encoding
        self.chunk_left = _UNKNOWN    # bytes left in the current chunk
        self.length = _UNKNOWN        # bytes left in the body, if known
        self.will_close = _UNKNOWN    # whether the connection ends with this response

    # --- the status line and headers ---

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # the server closed the connection without answering
            raise RemoteDisconnected("Remote end closed connection without"
                                     " response")
        words = line.split(None, 2)
        if len(words) == 3:
            version, status, reason = words
        elif len(words) == 2:
            version, status = words
            reason = ""
        else:
            version, status, reason = "", "", ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if status < 100 or status > 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        """Reads the status line and headers, and works out how the body is delimited."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            # a 100 Continue: skip its headers and read the real response
            skipped = _read_headers(self.fp)
            if self.debuglevel > 0:
                print("headers:", skipped)
            del skipped

        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)

        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        encoding = self.headers.get("transfer-encoding")
        if encoding and encoding.lower() == "chunked":
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False

        self.will_close = self._check_close()

        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None

        # Bodiless responses.
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0

        # Without a length or chunks, only the end of the connection ends the body.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        """Whether the server will close the connection after this response."""
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        # HTTP/1.0 closes unless the server asks to keep the connection alive.
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        proxy_conn = self.headers.get("proxy-connection")
        if proxy_conn and "keep-alive" in proxy_conn.lower():
            return False
        return True

    # --- closing ---

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    @property
    def closed(self):
        return self._io_closed

    def close(self):
        self._io_closed = True
        if self.fp:
            self._close_conn()

    def isclosed(self):
        """True once the body has been read or the response closed (the connection it
        came on is then free for another request)."""
        return self.fp is None

    def flush(self):
        if self._io_closed:
            raise ValueError("I/O operation on closed file.")
        if self.fp:
            self.fp.flush()

    def readable(self):
        """Always True."""
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        if self._io_closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def write(self, b):
        raise io.UnsupportedOperation("write")

    def seek(self, pos, whence=0):
        raise io.UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise io.UnsupportedOperation("truncate")

    def detach(self):
        raise io.UnsupportedOperation("detach")

    def __enter__(self):
        if self._io_closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()

    # --- reading the body ---

    def read(self, amt=None):
        """The rest of the body, or at most amt bytes of it (b'' at the end)."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                # the connection ended (a short body is not reported here)
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        """Reads up to len(b) bytes of the body into b; returns how many."""
        if self.fp is None:
            return 0
        if self._method == "HEAD":
            self._close_conn()
            return 0
        if self.chunked:
            return self._readinto_chunked(b)
        if self.length is not None and len(b) > self.length:
            b = memoryview(b)[0:self.length]
        n = self.fp.readinto(b)
        if not n and b:
            self._close_conn()
        elif self.length is not None:
            self.length -= n
            if not self.length:
                self._close_conn()
        return n

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        semicolon = line.find(b";")
        if semicolon >= 0:
            line = line[:semicolon]   # chunk extensions are ignored
        try:
            return int(line, 16)
        except ValueError:
            # the stream is out of step: give the connection up
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b'\r\n', b'\n', b''):
                break

    def _get_chunk_left(self):
        """Bytes left in the current chunk, reading the next chunk's size when the current
        one is used up; None after the last chunk."""
        chunk_left = self.chunk_left
        if not chunk_left:
            if chunk_left is not None:
                self._safe_read(2)   # the CRLF after a chunk's data
            try:
                chunk_left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
            if chunk_left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                chunk_left = None
            self.chunk_left = chunk_left
        return chunk_left

    def _read_chunked(self, amt=None):
        assert self.chunked != _UNKNOWN
        parts = []
        try:
            while True:
                chunk_left = self._get_chunk_left()
                if chunk_left is None:
                    break
                if amt is not None and amt <= chunk_left:
                    parts.append(self._safe_read(amt))
                    self.chunk_left = chunk_left - amt
                    break
                parts.append(self._safe_read(chunk_left))
                if amt is not None:
                    amt -= chunk_left
                self.chunk_left = 0
            return b''.join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts)) from exc

    def _readinto_chunked(self, b):
        assert self.chunked != _UNKNOWN
        total = 0
        view = memoryview(b)
        try:
            while True:
                chunk_left = self._get_chunk_left()
                if chunk_left is None:
                    return total
                if len(view) <= chunk_left:
                    n = self._safe_readinto(view)
                    self.chunk_left = chunk_left - n
                    return total + n
                n = self._safe_readinto(view[:chunk_left])
                view = view[n:]
                total += n
                self.chunk_left = 0
        except IncompleteRead:
            raise IncompleteRead(bytes(b[0:total]))

    def _safe_read(self, amt):
        """Exactly amt bytes, or IncompleteRead if the stream ends first."""
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _safe_readinto(self, b):
        amt = len(b)
        n = self.fp.readinto(b)
        if n < amt:
            raise IncompleteRead(bytes(b[:n]), amt - n)
        return n

    def read1(self, n=-1):
        """At most n bytes of the body with at most one read of the socket (what is
        buffered, if anything is)."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._read1_chunked(n)
        if self.length is not None and (n < 0 or n > self.length):
            n = self.length
        data = self.fp.read1(n)
        if not data and n:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
        return data

    def readinto1(self, b):
        view = memoryview(b)
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n=-1):
        """Body bytes available without consuming them (possibly more or fewer than n)."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._peek_chunked(n)
        return self.fp.peek(n)

    def readline(self, limit=-1):
        """The next line of the body (at most limit bytes), b'' at the end."""
        if self.fp is None or self._method == "HEAD":
            return b""
        if limit is None:
            limit = -1
        if self.chunked:
            return self._readline_by_peeking(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        data = self.fp.readline(limit)
        if not data and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
        return data

    def _readline_by_peeking(self, limit):
        # A line may span chunks: take what peek() shows up to a newline, repeatedly.
        line = bytearray()
        while limit < 0 or len(line) < limit:
            ahead = self.peek(1)
            if ahead:
                want = (ahead.find(b"\n") + 1) or len(ahead)
            else:
                want = 1
            if limit >= 0:
                want = min(want, limit - len(line))
            piece = self.read(want)
            if not piece:
                break
            line += piece
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def _read1_chunked(self, n):
        chunk_left = self._get_chunk_left()
        if chunk_left is None or n == 0:
            return b''
        if not (0 <= n <= chunk_left):
            n = chunk_left
        data = self.fp.read1(n)
        self.chunk_left -= len(data)
        if not data:
            raise IncompleteRead(b"")
        return data

    def _peek_chunked(self, n):
        try:
            chunk_left = self._get_chunk_left()
        except IncompleteRead:
            return b''
        if chunk_left is None:
            return b''
        return self.fp.peek(chunk_left)[:chunk_left]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def fileno(self):
        return self.fp.fileno()

    # --- headers ---

    def getheader(self, name, default=None):
        """The value of header `name` (several values joined with ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        """All (name, value) header pairs, in order."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # --- what urllib's responses offer ---

    def info(self):
        """The headers (an HTTPMessage)."""
        return self.headers

    def geturl(self):
        """The URL the response came from (set by urllib as .url)."""
        return self.url

    def getcode(self):
        """The status code."""
        return self.status


# --- the connection --------------------------------------------------------------------

class HTTPConnection:
    """A connection to one HTTP server (host, port), opened on the first request and kept
    open for the next ones while the server allows it.

    States: Idle -> putrequest() -> Request-started -> endheaders() -> Request-sent ->
    getresponse() -> Idle. A new request may start once the previous response's headers
    are read; its response may be fetched once the previous body is read."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        """Whether a file-like object gives str (then it is sent as ISO-8859-1)."""
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length to send for body: 0 without a body for methods that expect
        one, the size of bytes-like and str bodies, None otherwise (files, iterables)."""
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            return None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}

        (self.host, self.port) = self._get_hostport(host, port)
        self._validate_host(self.host)
        # an attribute, so that tests can put a fake in its place
        self._create_connection = socket.create_connection

    def set_tunnel(self, host, port=None, headers=None):
        """Sends requests through an HTTP CONNECT tunnel to host:port (this connection's
        own host being the proxy). Call before the connection is opened."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        if headers:
            self._tunnel_headers = headers
        else:
            self._tunnel_headers.clear()

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')   # an IPv6 address is written [...]
            if colon > bracket:
                try:
                    port = int(host[colon + 1:])
                except ValueError:
                    if host[colon + 1:] == "":   # "host:" means the default port
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[colon + 1:])
                host = host[:colon]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        """Above 0, prints what is sent and received."""
        self.debuglevel = level

    def _tunnel(self):
        connect = b"CONNECT %s:%d HTTP/1.0\r\n" % (
            self._tunnel_host.encode("ascii"), self._tunnel_port)
        lines = [connect]
        for header, value in self._tunnel_headers.items():
            lines.append(f"{header}: {value}\r\n".encode("latin-1"))
        lines.append(b"\r\n")
        self.send(b"".join(lines))
        del lines

        response = self.response_class(self.sock, method=self._method)
        try:
            (version, code, message) = response._read_status()
            if code != http.HTTPStatus.OK:
                self.close()
                raise OSError(f"Tunnel connection failed: {code} {message.strip()}")
            while True:
                line = response.fp.readline(_MAXLINE + 1)
                if len(line) > _MAXLINE:
                    raise LineTooLong("header line")
                if not line:
                    break
                if line in (b'\r\n', b'\n', b''):
                    break
                if self.debuglevel > 0:
                    print('header:', line.decode())
        finally:
            response.close()

    def connect(self):
        """Opens the connection to the host and port given when this object was made."""
        sys.audit("http.client.connect", self, self.host, self.port)
        self.sock = self._create_connection(
            (self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            if e.errno != errno.ENOPROTOOPT:
                raise
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Closes the connection (and the response being read on it, if any)."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()  # the response may still be reading from it
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Sends data: bytes, a file-like object with read(), or an iterable of bytes.
        Connects first if need be."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()

        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            if self.debuglevel > 0:
                print("sending a readable")
            encode = self._is_textIO(data)
            if encode and self.debuglevel > 0:
                print("encoding file using iso-8859-1")
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if encode:
                    block = block.encode("iso-8859-1")
                sys.audit("http.client.send", self, block)
                self.sock.sendall(block)
            return
        sys.audit("http.client.send", self, data)
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, collections.abc.Iterable):
                for piece in data:
                    self.sock.sendall(piece)
            else:
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data))

    def _output(self, s):
        """Adds a line (without its CRLF) to the request being built."""
        self._buffer.append(s)

    def _read_readable(self, readable):
        if self.debuglevel > 0:
            print("reading a readable")
        encode = self._is_textIO(readable)
        if encode and self.debuglevel > 0:
            print("encoding file using iso-8859-1")
        while True:
            block = readable.read(self.blocksize)
            if not block:
                break
            if encode:
                block = block.encode("iso-8859-1")
            yield block

    def _send_output(self, message_body=None, encode_chunked=False):
        """Sends the request line and headers built so far, the blank line, and the body
        (in chunks when encode_chunked)."""
        self._buffer.extend((b"", b""))
        head = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(head)

        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            # a file: read it in blocks (even if it also supports the buffer protocol)
            chunks = self._read_readable(message_body)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like "
                                    "object or an iterable, got %r"
                                    % type(message_body))
            else:
                chunks = (message_body,)

        chunked = encode_chunked and self._http_vsn == 11
        for chunk in chunks:
            if not chunk:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunked:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: 'METHOD url HTTP/1.1', then the Host and Accept-Encoding
        headers unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None

        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)

        self._validate_method(method)
        self._method = method

        url = url or '/'
        self._validate_path(url)

        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(self._encode_request(request))

        if self._http_vsn == 11:
            if not skip_host:
                # Host: the URL's own host for an absolute URL (a proxy request), else
                # the server's (the tunnel's far end when tunnelling), with the port
                # when it is not the default one.
                netloc = ''
                if url.startswith('http'):
                    netloc = urlsplit(url)[1]
                if netloc:
                    try:
                        netloc_enc = netloc.encode("ascii")
                    except UnicodeEncodeError:
                        netloc_enc = netloc.encode("idna")
                    self.putheader('Host', _strip_ipv6_iface(netloc_enc))
                else:
                    if self._tunnel_host:
                        host = self._tunnel_host
                        port = self._tunnel_port
                    else:
                        host = self.host
                        port = self.port
                    try:
                        host_enc = host.encode("ascii")
                    except UnicodeEncodeError:
                        host_enc = host.encode("idna")
                    if ":" in host:
                        host_enc = _strip_ipv6_iface(b'[' + host_enc + b']')
                    if port == self.default_port:
                        self.putheader('Host', host_enc)
                    else:
                        self.putheader('Host', "%s:%s" % (host_enc.decode("ascii"), port))

            # No content codings are decoded here, so none is accepted.
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        match = _contains_disallowed_method_pchar_re.search(method)
        if match:
            raise ValueError(
                f"method can't contain control characters. {method!r} "
                f"(found at least {match.group()!r})")

    def _validate_path(self, url):
        match = _contains_disallowed_url_pchar_re.search(url)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {match.group()!r})")

    def _validate_host(self, host):
        match = _contains_disallowed_url_pchar_re.search(host)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {host!r} "
                             f"(found at least {match.group()!r})")

    def putheader(self, header, *values):
        """Adds a header line to the request being built: putheader('Accept', 'text/html').
        Several values are joined as folded lines; ints are written in decimal."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()

        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))

        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
            if _is_illegal_header_value(values[i]):
                raise ValueError('Invalid header value %r' % (values[i],))

        self._output(header + b': ' + b'\r\n\t'.join(values))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends the request, with message_body if given."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a whole request: method, url, an optional body and a mapping of headers."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1

        self.putrequest(method, url, **skips)

        # Unless the caller set Content-Length or Transfer-Encoding, say how long the
        # body is, or, when that cannot be known (a file, an iterable), send it chunked.
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                content_length = self._get_content_length(body, method)
                if content_length is None:
                    if body is not None:
                        if self.debuglevel > 0:
                            print('Unable to determine size of %r' % body)
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False

        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent (its status line and headers read).

        ResponseNotReady if no request was sent or the previous response is unread. When
        the response will end the connection, this connection lets go of the socket (the
        response closes it) and will reconnect for the next request."""
        if self.__response and self.__response.isclosed():
            self.__response = None

        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)

        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)

        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            assert response.will_close != _UNKNOWN
            self.__state = _CS_IDLE
            if response.will_close:
                # the response now owns the socket
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


try:
    import ssl
except ImportError:
    ssl = None

if ssl is not None:
    class HTTPSConnection(HTTPConnection):
        """An HTTP connection over TLS."""

        default_port = HTTPS_PORT

        def __init__(self, host, port=None, key_file=None, cert_file=None,
                     timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                     context=None, check_hostname=None, blocksize=8192):
            super().__init__(host, port, timeout, source_address, blocksize=blocksize)
            if key_file is not None or cert_file is not None or check_hostname is not None:
                import warnings
                warnings.warn("key_file, cert_file and check_hostname are "
                              "deprecated, use a custom context instead.",
                              DeprecationWarning, 2)
            self.key_file = key_file
            self.cert_file = cert_file
            if context is None:
                context = ssl._create_default_https_context()
                if self._http_vsn == 11:
                    context.set_alpn_protocols(['http/1.1'])
                if getattr(context, 'post_handshake_auth', None) is not None:
                    context.post_handshake_auth = True
            will_verify = context.verify_mode != ssl.CERT_NONE
            if check_hostname is None:
                check_hostname = context.check_hostname
            if check_hostname and not will_verify:
                raise ValueError("check_hostname needs a SSL context with "
                                 "either CERT_OPTIONAL or CERT_REQUIRED")
            if key_file or cert_file:
                context.load_cert_chain(cert_file, key_file)
                if getattr(context, 'post_handshake_auth', None) is not None:
                    context.post_handshake_auth = True
            self._context = context
            if check_hostname is not None:
                self._context.check_hostname = check_hostname

        def connect(self):
            super().connect()
            server_hostname = self._tunnel_host if self._tunnel_host else self.host
            self.sock = self._context.wrap_socket(self.sock, server_hostname=server_hostname)
else:
    class HTTPSConnection(HTTPConnection):
        """HTTPS needs TLS, which MiniPy lacks (there is no ssl module): making one of
        these raises NotImplementedError."""

        default_port = HTTPS_PORT

        def __init__(self, host, port=None, *args, **kwargs):
            raise NotImplementedError(
                "HTTPS is not available in MiniPy: there is no ssl module")

__all__.append("HTTPSConnection")


# --- exceptions ------------------------------------------------------------------------

class HTTPException(Exception):
    """The base of this module's exceptions."""


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """The body ended before its announced length: .partial holds what was read,
    .expected how many more bytes were due (if known)."""

    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection without sending a response."""

    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException

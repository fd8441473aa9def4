"""Pipes between processes, as CPython's multiprocessing/connection.py: Pipe() returns two
Connection objects. Each end reads one direction and writes the other; the directions are
queues in the broker. send() encodes an object in the data-only wire format; recv() decodes
what arrives, so a malformed or hostile message is an error, never code that runs. An end
is open in every process that holds a copy; when the last copy of one end is closed (or its
process dies), recv() at the other end raises EOFError once the data already sent is read."""

import _multiprocessing as _mp

__all__ = ["Pipe", "Connection"]


class Connection:
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

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

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
        buf = bytes(buf)
        if offset < 0 or offset > len(buf):
            raise ValueError("offset out of range")
        if size is None:
            size = len(buf) - offset
        if size < 0 or offset + size > len(buf):
            raise ValueError("buffer length < offset + size")
        _mp.end_send(self._end, buf[offset:offset + size], True)

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

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


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

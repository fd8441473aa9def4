"""io: in-memory text and byte streams (StringIO, BytesIO) and the names programs import.

Files opened with open() are MiniPy's own file objects; this module adds the in-memory
streams, which behave as CPython's: a position, write() that overwrites from it, read(),
readline(), iteration, seek()/tell(), getvalue(), and closing.
"""

import os as _os

__all__ = ['StringIO', 'BytesIO', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'UnsupportedOperation',
           'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase', 'open', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


class _MemoryStream(IOBase):
    """What StringIO and BytesIO share: a buffer and a position in it."""

    _empty = None

    def __init__(self, initial):
        self._buffer = initial
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._check_closed()
        return self._buffer

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._pos + size)
        data = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_closed()
        newline = self._newline()
        end = self._buffer.find(newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, data):
        self._check_closed()
        self._check_type(data)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buffer = self._buffer
        if pos > len(buffer):
            buffer = buffer + self._pad(pos - len(buffer))
        self._buffer = buffer[:pos] + data + buffer[pos + n:]
        self._pos = pos + n
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _MemoryStream.__init__(self, initial_value)

    def _newline(self):
        return '\n'

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')  # StringIO's words lack the period

    def _pad(self, n):
        return '\0' * n

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError('string argument expected, got %r' % type(data).__name__)

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(_MemoryStream, BufferedIOBase):
    """A byte stream kept in memory."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _newline(self):
        return b'\n'

    def _pad(self, n):
        return b'\0' * n

    def _check_type(self, data):
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)

    def getbuffer(self):
        return self._buffer

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)

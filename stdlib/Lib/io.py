"""io: in-memory text and byte streams (StringIO, BytesIO), TextIOWrapper, the buffered
binary streams over a raw one (BufferedReader, BufferedWriter, BufferedRWPair), and the
names programs import.

Files opened with open() are MiniPy's own file objects; this module adds the in-memory
streams, which behave as CPython's: a position, write() that overwrites from it, read(),
readline(), iteration, seek()/tell(), getvalue(), and closing; TextIOWrapper, text over
any binary stream (a BytesIO, a file opened in binary mode, sys.stdout.buffer, a pipe, a
socket's file); and the buffered streams over any RawIOBase (what socket.makefile() builds
on its SocketIO).
"""

import os as _os
import abc as _abc
import _io as _native_io

__all__ = ['StringIO', 'BytesIO', 'TextIOWrapper', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'UnsupportedOperation',
           'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase', 'open', 'DEFAULT_BUFFER_SIZE',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open


class UnsupportedOperation(OSError, ValueError):
    pass


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream gets when given `encoding`: "locale" for None, as in
    CPython outside UTF-8 mode."""
    return "locale" if encoding is None else encoding


class IOBase(metaclass=_abc.ABCMeta):
    """What every stream has, as CPython's io.IOBase: closing (once, flushing first), the
    with-statement, iteration by line, readlines/writelines; a stream that cannot read,
    write or seek says so (readable() is False...), and what it cannot do raises
    UnsupportedOperation."""

    __closed = False

    @property
    def closed(self):
        return self.__closed

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

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

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, size=None):
        self._unsupported('truncate')

    def flush(self):
        self._check_closed()

    def readline(self, size=-1):
        # One byte at a time, through read(): the kinds that can do better override it.
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b'\n'):
                break
        return bytes(line)

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
        self._check_closed()
        for line in lines:
            self.write(line)

    # The checks CPython's io classes share (the names of _pyio's).
    def _checkClosed(self, message=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if message is None else message)

    _check_closed = _checkClosed

    def _checkReadable(self, message=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if message is None else message)

    def _checkWritable(self, message=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if message is None else message)

    def _checkSeekable(self, message=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if message is None else message)


class TextIOBase(IOBase):
    """Text streams: read, readline and write of str, where a kind offers them."""

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def readline(self, size=-1):
        self._unsupported('readline')

    def detach(self):
        self._unsupported('detach')

    encoding = None
    errors = None
    newlines = None


class BufferedIOBase(IOBase):
    """Binary streams with a buffer: read, read1 and write of bytes where a kind offers
    them; readinto and readinto1 made from read."""

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b)
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n


class RawIOBase(IOBase):
    """Base of the unbuffered binary streams, whose subclasses give readinto() and write():
    read() and readall() are made from readinto()."""

    def readinto(self, b):
        raise NotImplementedError

    def readline(self, size=-1):
        self._checkClosed()
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            byte = self.read(1)
            if not byte:
                break
            line += byte
            if byte == b'\n':
                break
        return bytes(line)

    def write(self, b):
        raise UnsupportedOperation('write')

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        if n is None:
            return None
        del buffer[n:]
        return bytes(buffer)

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                return bytes(data) if data else None
            if not chunk:
                return bytes(data)
            data += chunk


class _BufferedStream(BufferedIOBase):
    """What BufferedReader and BufferedWriter share: the raw stream they wrap, which gives
    their name, mode, descriptor and closed state."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def seekable(self):
        return self._raw.seekable()

    def _check_open(self, operation):
        if self._raw.closed:
            raise ValueError('%s of closed file' % operation)

    def detach(self):
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def __repr__(self):
        kind = '_io.' + type(self).__name__ if type(self).__module__ == __name__ else type(self).__qualname__
        try:
            name = self.name
        except Exception:
            return '<%s>' % kind
        return '<%s name=%r>' % (kind, name)

    def __del__(self):
        try:
            if self._raw is not None and not self._raw.closed:
                self.close()
        except Exception:
            pass


class BufferedReader(_BufferedStream):
    """A buffered binary reader over a raw stream: read(n) reads until it has n bytes (or
    the end); read1, peek and readline(size) take what one raw read gives when they can."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        _BufferedStream.__init__(self, raw, buffer_size)
        self._buffer = bytearray()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return False

    def _raw_read(self, size):
        """One read of the raw stream: bytes, b'' at the end, None when it would block."""
        return self._raw.read(size)

    def _take(self, n):
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def read(self, size=-1):
        self._check_open('read')
        if size is None or size < 0:
            chunks = [self._take(len(self._buffer))]
            while True:
                data = self._raw_read(self.buffer_size)
                if not data:
                    if data is None and not any(chunks):
                        return None
                    return b''.join(chunks)
                chunks.append(data)
        if size <= len(self._buffer):
            return self._take(size)
        while len(self._buffer) < size:
            wanted = size - len(self._buffer)
            data = self._raw_read(max(wanted, self.buffer_size))
            if not data:
                if data is None and not self._buffer:
                    return None
                break
            self._buffer += data
        return self._take(size)

    def read1(self, size=-1):
        self._check_open('read')
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        if not self._buffer:
            data = self._raw_read(max(size, self.buffer_size))
            if not data:
                return b'' if data is not None else None
            self._buffer += data
        return self._take(size)

    def peek(self, size=0):
        self._check_open('peek')
        if not self._buffer:
            data = self._raw_read(self.buffer_size)
            if data:
                self._buffer += data
        return bytes(self._buffer)

    def readinto(self, b):
        self._check_open('readinto')
        return BufferedIOBase.readinto(self, b)

    def readinto1(self, b):
        self._check_open('readinto')
        return BufferedIOBase.readinto1(self, b)

    def readline(self, size=-1):
        self._check_open('readline')
        if size is None:
            size = -1
        searched = 0
        while True:
            end = self._buffer.find(b'\n', searched)
            if end >= 0:
                end += 1
                break
            searched = len(self._buffer)
            if 0 <= size <= len(self._buffer):
                end = size
                break
            data = self._raw_read(self.buffer_size)
            if not data:
                end = len(self._buffer)
                break
            self._buffer += data
        if size >= 0:
            end = min(end, size)
        return self._take(end)

    def tell(self):
        return max(self._raw.tell() - len(self._buffer), 0)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buffer)
        self._buffer.clear()
        return self._raw.seek(pos, whence)

    def write(self, b):
        raise UnsupportedOperation('write')

    def flush(self):
        if self._raw.closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        if self._raw is not None and not self._raw.closed:
            self._buffer.clear()
            self._raw.close()


class BufferedWriter(_BufferedStream):
    """A buffered binary writer over a raw stream: what write() is given goes out once
    buffer_size bytes are waiting, at flush(), or at close()."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        _BufferedStream.__init__(self, raw, buffer_size)
        self._pending = bytearray()

    def readable(self):
        return False

    def writable(self):
        return self._raw.writable()

    def write(self, b):
        if self._raw.closed:
            raise ValueError('write to closed file')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._pending += data
        if len(self._pending) >= self.buffer_size:
            self._flush_pending()
        return len(data)

    def _flush_pending(self):
        while self._pending:
            n = self._raw.write(bytes(self._pending))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._pending[:n]

    def flush(self):
        self._check_open('flush')
        self._flush_pending()

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def readline(self, size=-1):
        raise UnsupportedOperation('read')

    def readinto(self, b):
        raise UnsupportedOperation('read')

    def tell(self):
        return self._raw.tell() + len(self._pending)

    def seek(self, pos, whence=0):
        self._flush_pending()
        return self._raw.seek(pos, whence)

    def close(self):
        if self._raw is None or self._raw.closed:
            return
        try:
            self._flush_pending()
        finally:
            self._raw.close()


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer over two raw streams (or one read and written both ways, as a
    socket's), read and written as one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def __repr__(self):
        return '<_io.BufferedRWPair object at 0x%x>' % id(self)


# The interpreter's own streams (open()'s files, the standard streams) are of these kinds.
for _kind in _native_io.text_types:
    TextIOBase.register(_kind)
for _kind in _native_io.buffered_types:
    BufferedIOBase.register(_kind)
del _kind


class _MemoryStream(IOBase):
    """What StringIO and BytesIO share: a buffer and a position in it."""

    _empty = None

    def __init__(self, initial):
        self._buffer = initial
        self._pos = 0

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

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


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline_mode = newline
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _MemoryStream.__init__(self, self._translate(initial_value))

    def _translate(self, text):
        # newline=None reads universal newlines (\r\n and \r become \n); '\r' and '\r\n'
        # write their terminator for each \n; '\n' and '' keep the text as it is.
        mode = self._newline_mode
        if mode is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        if mode in ('\r', '\r\n'):
            return text.replace('\n', mode)
        return text

    def write(self, data):
        self._check_closed()
        self._check_type(data)
        n = len(data)
        _MemoryStream.write(self, self._translate(data))
        return n

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

    def write(self, data):
        if isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        return _MemoryStream.write(self, data)

    def getbuffer(self):
        # A memoryview of the contents, as CPython's (read-only here: a write through it
        # would not reach the stream).
        return memoryview(self._buffer)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


def _incomplete_tail(data, encoding):
    """How many bytes at the end of data may begin a character the next read completes."""
    name = encoding.lower().replace('_', '-')
    if name in ('utf-8', 'utf8', 'utf-8-sig'):
        for back in range(1, min(3, len(data)) + 1):
            byte = data[-back]
            if byte & 0xC0 == 0x80:
                continue
            need = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else 4 if byte & 0xF8 == 0xF0 else 1
            return back if need > back else 0
        return 0
    if name.startswith(('utf-16', 'utf16')):
        return len(data) % 2
    if name.startswith(('utf-32', 'utf32')):
        return len(data) % 4
    return 0


class TextIOWrapper(TextIOBase):
    """Text read from and written to a binary stream, encoded with `encoding`."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('illegal newline type: %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'  # the locale's encoding, as CPython finds it
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        ''.encode(encoding)  # LookupError for an unknown codec, as CPython raises
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._pending = ''
        self._raw_tail = b''
        self._eof = False
        self._detached = False

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    newlines = property(lambda self: None)

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    def _check_attached(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')

    def _check_closed(self):
        self._check_attached()
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    # As CPython's: these ask the buffer, which says whether it is closed.
    def readable(self):
        self._check_attached()
        return self._buffer.readable()

    def writable(self):
        self._check_attached()
        return self._buffer.writable()

    def seekable(self):
        self._check_attached()
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def flush(self):
        self._check_closed()
        self._buffer.flush()

    def close(self):
        if not self._detached and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._check_closed()
        self.flush()
        self._detached = True
        return self._buffer

    def _translate(self, text, final):
        if self._newline is None:
            if not final and text.endswith('\r'):
                self._raw_tail = b'\r' + self._raw_tail  # decided by what follows
                text = text[:-1]
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _fill(self, size):
        """Decodes one more chunk of the buffer (all of it when size < 0); False at the end."""
        if self._eof:
            return False
        # read1 where the buffer has it: what has arrived, without waiting for a whole chunk
        # (a pipe's next line, say)
        read = getattr(self._buffer, 'read1', None) or self._buffer.read
        data = read() if size < 0 else read(size)
        if data is None:
            data = b''
        final = size < 0 or not data
        raw = self._raw_tail + data
        self._raw_tail = b''
        keep = 0 if final else _incomplete_tail(raw, self._encoding)
        if keep:
            raw, self._raw_tail = raw[:-keep], raw[-keep:]
        self._pending += self._translate(raw.decode(self._encoding, self._errors), final)
        if final:
            self._eof = True
        return not final

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            while self._fill(-1):
                pass
            result, self._pending = self._pending, ''
            return result
        while len(self._pending) < size and self._fill(self._CHUNK):
            pass
        result, self._pending = self._pending[:size], self._pending[size:]
        return result

    def _line_end(self):
        text = self._pending
        if self._newline in (None, '\n'):
            i = text.find('\n')
            return -1 if i < 0 else i + 1
        if self._newline == '':
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check_closed()
        while True:
            end = self._line_end()
            if end >= 0:
                break
            if size is not None and 0 <= size <= len(self._pending):
                break
            if not self._fill(self._CHUNK):
                end = len(self._pending)
                break
        if end < 0:
            end = len(self._pending)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def tell(self):
        """The position as the buffer's byte offset of the next character to read: the
        buffer's own position less what has been read from it but not yet returned."""
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        self.flush()
        position = self._buffer.tell()
        if self._pending or self._raw_tail:
            # Text already decoded counts as the bytes it came from (exact unless newline
            # translation shortened it).
            position -= len(self._raw_tail) + len(self._pending.encode(self._encoding, self._errors))
        return position

    def seek(self, cookie, whence=0):
        """Moves to a position tell() gave (whence 0), to the end (seek(0, 2)), or stays
        (seek(0, 1)), as CPython's text files allow."""
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._discard_read_ahead()
            return self._buffer.seek(0, SEEK_END)
        if whence != SEEK_SET:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._discard_read_ahead()
        self._buffer.seek(cookie)
        return cookie

    def _discard_read_ahead(self):
        self._pending = ''
        self._raw_tail = b''
        self._eof = False

    def truncate(self, pos=None):
        self._check_closed()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None):
        if encoding is not None:
            ''.encode(encoding)
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if line_buffering is not None:
            self._line_buffering = line_buffering

    def __repr__(self):
        text = "<_io.TextIOWrapper"
        try:
            text += " name=%r" % (self.name,)
        except Exception:
            pass
        mode = self.__dict__.get('mode')
        if mode is not None:
            text += " mode=%r" % (mode,)
        return text + " encoding='%s'>" % self._encoding

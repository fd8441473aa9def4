"""gzip: files compressed in the gzip format, read and written like ordinary files (open()
in 'rb'/'wb'/'ab', or 'rt'/'wt' for text), and compress/decompress of bytes. A file's
data is decompressed when it is opened for reading and compressed when it is closed
after writing."""

import io
import os
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 'rb', 'wb'


class BadGzipFile(OSError):
    """A file that is not in the gzip format."""


def compress(data, compresslevel=9, *, mtime=None):
    """data compressed in the gzip format."""
    return zlib.compress(data, compresslevel, 31)


def decompress(data):
    """The data of one or more gzip members, concatenated."""
    data = bytes(data)
    if not data:
        return b''
    if data[:2] != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
    try:
        return zlib.decompress(data, 31)   # every member, one after the other
    except zlib.error:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached") from None


class GzipFile(io.BytesIO):
    """A gzip file as a binary file object."""

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins_open(filename, mode or 'rb')
        else:
            self.myfileobj = None
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.compresslevel = compresslevel
        self.fileobj = fileobj
        if mode.startswith('r'):
            self.mode = READ
            super().__init__(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            super().__init__()
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    def write(self, data):
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        return super().write(data)

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(compress(self.getvalue(), self.compresslevel))
        finally:
            self.fileobj = None
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None
            super().close()



class _TextGzip(io.IOBase):
    """A gzip file in text mode: str in and out, encoded as asked (the with-statement
    comes from io.IOBase)."""

    def __init__(self, binary, encoding, errors, newline):
        self._binary = binary
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        if binary.mode == READ:
            text = binary.read().decode(self._encoding, self._errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = io.StringIO(text)
        else:
            self._text = None
            self._newline = newline

    def read(self, size=-1):
        return self._text.read(size)

    def readline(self, size=-1):
        return self._text.readline(size)

    def readlines(self):
        return self._text.readlines()

    def __iter__(self):
        return iter(self._text.readlines())

    def write(self, s):
        if self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        self._binary.write(s.encode(self._encoding, self._errors))
        return len(s)

    def close(self):
        self._binary.close()

    @property
    def closed(self):
        return self._binary.closed


import builtins as _builtins
builtins_open = _builtins.open


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A gzip file: binary unless mode has 't'."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(os.fspath(filename), gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextGzip(binary_file, encoding, errors, newline)
    return binary_file

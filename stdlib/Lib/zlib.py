"""zlib: DEFLATE compression (see Natives/ZlibModule.cs): compress/decompress in the zlib,
gzip and raw formats, crc32 and adler32, and compressobj/decompressobj, which take their
data in pieces."""

from _zlib import *
from _zlib import error, decompress_prefix as _decompress_prefix


class _Compress:
    """What compressobj() returns: compress() pieces, then flush() the whole stream."""

    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._pending = []
        self._finished = False

    def compress(self, data):
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        self._pending.append(bytes(data))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            return b''
        self._finished = True
        return compress(b''.join(self._pending), self._level, self._wbits)

    def copy(self):
        other = _Compress(self._level, self._wbits)
        other._pending = list(self._pending)
        other._finished = self._finished
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compressor for data given in pieces."""
    if level < -1 or level > 9:
        raise ValueError("Invalid initialization option")
    return _Compress(level, wbits)


class _Decompress:
    """What decompressobj() returns: decompress() pieces as they come."""

    def __init__(self, wbits):
        self._wbits = wbits
        self._input = b''
        self._given = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        if self.eof:
            self.unused_data += bytes(data)
            return b''
        self._input += bytes(data)
        output, consumed, complete = _decompress_prefix(self._input, self._wbits)
        if complete:
            self.eof = True
            self.unused_data = self._input[consumed:]
        fresh = output[self._given:]
        self._given = len(output)
        return fresh

    def flush(self, length=DEF_BUF_SIZE):
        return b''

    def copy(self):
        other = _Decompress(self._wbits)
        other.__dict__.update(self.__dict__)
        return other


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A decompressor for data given in pieces."""
    return _Decompress(wbits)

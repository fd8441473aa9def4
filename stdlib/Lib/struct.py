"""struct: values to and from bytes in C layouts (the native _struct does the packing)."""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


calcsize = _struct.calcsize
pack = _struct.pack
unpack = _struct.unpack
unpack_from = _struct.unpack_from


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    for offset in range(0, len(buffer), size):
        yield unpack_from(format, buffer, offset)


def pack_into(format, buffer, offset, *values):
    data = pack(format, *values)
    buffer[offset:offset + len(data)] = data


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)



Struct.__module__ = '_struct'  # as CPython's repr names it

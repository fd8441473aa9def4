"""multiprocessing.shared_memory, as CPython's: SharedMemory, a named block of bytes that
any process can attach to by its name, read and written in place through `buf` (a
memoryview); and ShareableList, a fixed-length list of ints, floats, bools, None, str and
bytes kept in such a block.

On Linux a block named `psm_1a2b3c4d` is the file /dev/shm/psm_1a2b3c4d (what shm_open
makes); it lives until someone calls unlink(), and close() only unmaps it from this
process. CPython's resource tracker, which unlinks blocks a program forgot at shutdown and
warns about them, is not emulated: a block that is never unlinked stays in /dev/shm.
SharedMemory and ShareableList objects passed to a child process (or through a queue)
arrive attached to the same block, as CPython's do."""

import secrets
import struct
import _multiprocessing as _mp

__all__ = ["SharedMemory", "ShareableList"]

_NAME_PREFIX = "/psm_"
_SAFE_NAME_LENGTH = 14


def _make_filename():
    """A random name: the prefix, then hex digits up to the length every OS accepts."""
    nbytes = (_SAFE_NAME_LENGTH - len(_NAME_PREFIX)) // 2
    return _NAME_PREFIX + secrets.token_hex(nbytes)


class SharedMemory:
    """A block of shared memory: SharedMemory(name=None, create=False, size=0)."""

    _block = None
    _buf = None
    _name = None
    _unlinked = False

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._block = _mp.shm_block(name, True, size)
                except FileExistsError:
                    continue
                break
        else:
            name = "/" + name if not name.startswith("/") else name
            self._block = _mp.shm_block(name, bool(create), size)
        self._name = name
        self._buf = memoryview(self._block)
        self._size = len(self._buf)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __mp_reduce__(self):
        # A block closed here, or whose name is gone, arrives closed (see _rebuild).
        return ("SharedMemory", (self.name, self._block is not None and not self._unlinked, self._size))

    @classmethod
    def _rebuild(cls, name, attached, size):
        if attached:
            try:
                return cls(name)
            except FileNotFoundError:
                pass
        closed = cls.__new__(cls)
        closed._name = "/" + name
        closed._size = size
        return closed

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, size={self.size})"

    @property
    def buf(self):
        "A memoryview of the block's bytes."
        return self._buf

    @property
    def name(self):
        "The name another process attaches with."
        return self._name[1:] if self._name.startswith("/") else self._name

    @property
    def size(self):
        "The block's size in bytes."
        return self._size

    def close(self):
        """Stops using the block from this instance (its bytes and name stay)."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._block is not None:
            self._block.close()
            self._block = None

    def unlink(self):
        """Removes the block's name: no process can attach to it afterwards, and its memory
        is given back once every process has closed it. Call it once, from one process."""
        if self._name:
            _mp.shm_unlink(self._name)
            self._unlinked = True


_encoding = "utf8"


class ShareableList:
    """A list of fixed length whose items live in a SharedMemory block. Items are int
    (64 bits), float, bool, None, str and bytes; a str or bytes item keeps the room it was
    made with (its length rounded up to a multiple of 8), and a number, bool or None takes
    8 bytes. An item can be replaced by a value of another of these types that fits."""

    _types_mapping = {
        int: "q",
        float: "d",
        bool: "xxxxxxx?",
        str: "%ds",
        bytes: "%ds",
        None.__class__: "xxxxxx?x",
    }
    _alignment = 8
    _KINDS = (int, float, bool, str, bytes, None.__class__)

    # The block's layout (MiniPy's own; only MiniPy processes attach to it):
    #   n: the number of items (8 bytes), then for each item its offset in the data area
    #   and its room (8 bytes each), its kind (1 byte, an index into _KINDS), and its
    #   struct format (16 bytes, padded with NULs); then the data area.
    _FORMAT_ROOM = 16

    @classmethod
    def _room_for(cls, item):
        if isinstance(item, (str, bytes)):
            encoded = item.encode(_encoding) if isinstance(item, str) else item
            return cls._alignment * (len(encoded) // cls._alignment + 1)
        return cls._alignment

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = sequence or ()
            formats = []
            for item in sequence:
                fmt = self._types_mapping[type(item)]
                if isinstance(item, (str, bytes)):
                    fmt = fmt % self._room_for(item)
                formats.append(fmt)
            n = len(formats)
            rooms = [self._room_for(item) for item in sequence]
            header = self._header_size(n)
            self.shm = SharedMemory(name, create=True, size=max(header + sum(rooms), 1))
            self._n = n
            self._write_header_count(n)
            offset = 0
            for i, item in enumerate(sequence):
                self._write_slot(i, offset, rooms[i])
                offset += rooms[i]
                self._store(i, item)
        else:
            self.shm = SharedMemory(name)
            self._n = struct.unpack("q", bytes(self.shm.buf[0:8]))[0]

    # ── the header ──
    def _header_size(self, n):
        return 8 + n * (16 + 1 + self._FORMAT_ROOM)

    def _slot_at(self, i):
        return 8 + i * 16

    def _kind_at(self, i):
        return 8 + self._n * 16 + i

    def _format_at(self, i):
        return 8 + self._n * 17 + i * self._FORMAT_ROOM

    def _write_header_count(self, n):
        self.shm.buf[0:8] = struct.pack("q", n)

    def _write_slot(self, i, offset, room):
        at = self._slot_at(i)
        self.shm.buf[at:at + 16] = struct.pack("qq", offset, room)

    def _slot(self, i):
        at = self._slot_at(i)
        return struct.unpack("qq", bytes(self.shm.buf[at:at + 16]))

    def _item_format(self, i):
        at = self._format_at(i)
        return bytes(self.shm.buf[at:at + self._FORMAT_ROOM]).rstrip(b"\x00").decode("ascii")

    # ── items ──
    def _index(self, position, assigning=False):
        n = self._n
        if position < 0:
            position += n
        if not 0 <= position < n:
            raise IndexError("assignment index out of range" if assigning else "index out of range")
        return position

    def _store(self, i, value):
        offset, room = self._slot(i)
        kind = type(value)
        fmt = self._types_mapping[kind]
        at = self._header_size(self._n) + offset
        if kind in (str, bytes):
            encoded = value.encode(_encoding) if kind is str else value
            if len(encoded) > room:
                raise ValueError("bytes/str item exceeds available storage")
            fmt = fmt % room
            data = encoded + b"\x00" * (room - len(encoded))
        elif kind is bool:
            data = b"\x00" * 7 + bytes((1 if value else 0,))
        elif kind is None.__class__:
            data = b"\x00" * 8
        else:
            data = struct.pack(fmt, value)
        self.shm.buf[at:at + room] = data + b"\x00" * (room - len(data))
        self.shm.buf[self._kind_at(i)] = self._KINDS.index(kind)
        fat = self._format_at(i)
        self.shm.buf[fat:fat + self._FORMAT_ROOM] = fmt.encode("ascii").ljust(self._FORMAT_ROOM, b"\x00")

    def _load(self, i):
        offset, room = self._slot(i)
        kind = self._KINDS[self.shm.buf[self._kind_at(i)]]
        at = self._header_size(self._n) + offset
        raw = bytes(self.shm.buf[at:at + room])
        if kind is None.__class__:
            return None
        if kind is bool:
            return bool(raw[7])
        if kind is str:
            return raw.rstrip(b"\x00").decode(_encoding)
        if kind is bytes:
            return raw.rstrip(b"\x00")
        return struct.unpack(self._types_mapping[kind], raw[:8])[0]

    def __getitem__(self, position):
        return self._load(self._index(position))

    def __setitem__(self, position, value):
        self._store(self._index(position, True), value)

    def __len__(self):
        return self._n

    def __iter__(self):
        for i in range(self._n):
            yield self._load(i)

    def __reduce__(self):
        return (_attach_shareable_list, (self.__class__, self.shm.name))

    def __mp_reduce__(self):
        return ("ShareableList", (self.shm, self._n))

    @classmethod
    def _rebuild(cls, shm, n):
        rebuilt = cls.__new__(cls)
        rebuilt.shm = shm
        rebuilt._n = n
        return rebuilt

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)}, name={self.shm.name!r})"

    @property
    def format(self):
        "The struct format of every item, together."
        return "".join(self._item_format(i) for i in range(self._n))

    def count(self, value):
        "How many items equal value."
        return sum(value == entry for entry in self)

    def index(self, value):
        "The position of the first item equal to value."
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")


def _attach_shareable_list(cls, name):
    """What an unpickled ShareableList is: the list attached to the same block."""
    return cls(name=name)


_mp._register_handle("SharedMemory", SharedMemory._rebuild)
_mp._register_handle("ShareableList", ShareableList._rebuild)

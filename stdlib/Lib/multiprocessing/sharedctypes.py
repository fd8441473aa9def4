"""Shared memory, as CPython's multiprocessing/sharedctypes.py: Value and Array hold C
numbers (by the array module's type codes: b B h H i I l L q Q f d, c for a byte, ? for a
bool, u for a character; or by the ctypes types those codes stand for, such as c_int) in a
memory-mapped file every process maps, so a store in one process is seen in all. With
lock=True (the default) each has an RLock, get_lock(), to make read-modify-write atomic.

Other ctypes types — structures, unions, array types, c_void_p... — are ctypes objects
whose memory (ctypes._Memory's methods) is such a file: Value(Point, 1, 2) is a Point,
Array(Point, 3) a Point_Array_3, and an item or field of one is an object on the same
shared memory, so `a[0].x = 1` in a child is seen by the parent."""

import sys as _sys
import struct as _struct
import _multiprocessing as _mp
from multiprocessing.synchronize import RLock

__all__ = ["RawValue", "RawArray", "Value", "Array", "copy", "synchronized"]


def _check_typecode(typecode_or_type):
    """The type code of a code string ('i') or of a ctypes simple type (ctypes.c_int)."""
    typecode = typecode_or_type
    if isinstance(typecode_or_type, type) and isinstance(getattr(typecode_or_type, "_type_", None), str):
        typecode = typecode_or_type._type_
    if isinstance(typecode, type) and (hasattr(typecode, "_fields_") or hasattr(typecode, "_length_")):
        raise TypeError("MiniPy's Value and Array take a type code such as 'i' or a ctypes "
                        "simple type such as ctypes.c_int")
    # Anything else that is not a known code has no C size (CPython's ctypes.sizeof says so).
    if not isinstance(typecode, str):
        raise TypeError("this type has no size")
    try:
        _mp.itemsize(typecode)
    except ValueError:
        raise TypeError("this type has no size") from None
    return typecode


def _ctype_name(typecode):
    """The ctypes name of the C type a code stands for (c_int for 'i'), as reprs show it."""
    import ctypes
    return ctypes._TYPE_BY_CODE[typecode].__name__


def _slice_range(s, length):
    """range(*s.indices(length))."""
    return range(*_mp.slice_indices(s, length))


def _ctypes_type(typecode_or_type):
    """Whether Value and Array keep this type as a ctypes object in shared memory: a ctypes
    type other than the simple ones the type codes stand for (a structure, a union, an
    array type, c_void_p, c_longdouble...)."""
    ctypes = _sys.modules.get("ctypes")
    if ctypes is None or not isinstance(typecode_or_type, type):
        return False
    if not issubclass(typecode_or_type, ctypes._CData):
        return False
    return not (issubclass(typecode_or_type, ctypes._SimpleCData)
                and typecode_or_type._type_ in ctypes._TYPE_BY_CODE)


class _SharedMemory:
    """A shared buffer as ctypes reads and writes C objects in it (the methods of
    ctypes._Memory): a number at an offset its size divides is one load or store of the
    buffer; anything else goes byte by byte."""
    __slots__ = ("buf", "keep")
    _DIRECT = {"b": 1, "B": 1, "?": 1, "c": 1, "h": 2, "H": 2, "i": 4, "I": 4, "f": 4,
               "l": 8, "L": 8, "q": 8, "Q": 8, "d": 8}

    def __init__(self, buf):
        self.buf = buf
        self.keep = {}

    def read(self, offset, size):
        load = self.buf.load
        return bytes([load("B", offset + i) for i in range(size)])

    def write(self, offset, data):
        store = self.buf.store
        for i, byte in enumerate(data):
            store("B", offset + i, byte)

    def get(self, code, offset):
        size = self._DIRECT.get(code)
        if size and offset % size == 0:
            return self.buf.load(code, offset // size)
        fmt = _sys.modules["ctypes"]._FORMATS[code]
        return _struct.unpack(fmt, self.read(offset, _struct.calcsize(fmt)))[0]

    def put(self, code, offset, number):
        size = self._DIRECT.get(code)
        if size and offset % size == 0:
            self.buf.store(code, offset // size, number)
        else:
            self.write(offset, _struct.pack(_sys.modules["ctypes"]._FORMATS[code], number))

    def state(self, offset, size):
        """How an object on this memory travels: as the same shared memory."""
        return ("shared", self.buf.path(), self.buf.size(), offset)


def _new_value(type_):
    """A new type_ object, zeroed, in a shared buffer of its own."""
    import ctypes
    if not ctypes._is_ctype(type_):
        raise TypeError("abstract class")
    ctypes._finalize(type_)
    return ctypes._at(type_, _SharedMemory(_mp.shm_create(ctypes.sizeof(type_))), 0)


def _rebuild_ctype(description, memory, attributes, kept):
    """A ctypes object sent by ctypes._CData.__mp_reduce__: on the same shared memory, or a
    copy of the bytes of one that was not shared."""
    import ctypes
    type_ = ctypes._described(description)
    if memory[0] == "shared":
        _, path, size, offset = memory
        obj = ctypes._at(type_, _SharedMemory(_mp.shm_open(path, size)), offset)
    else:
        obj = type_.from_buffer_copy(memory[1])
    obj._b_mem.keep.update(kept)
    if attributes:
        obj.__dict__.update(attributes)
    return obj


def _zero(typecode):
    if typecode == "c":
        return b"\x00"
    if typecode in ("f", "d"):
        return 0.0
    return 0


class RawValue:
    """One C number in shared memory, without a lock (a ctypes type other than a simple
    one: that type's object in shared memory, made by its __init__ with args)."""

    def __new__(cls, typecode_or_type, *args, _buffer=None):
        if _ctypes_type(typecode_or_type):
            obj = _new_value(typecode_or_type)
            obj.__init__(*args)
            return obj
        return super().__new__(cls)

    def __init__(self, typecode_or_type, *args, _buffer=None):
        self._typecode = _check_typecode(typecode_or_type)
        if _buffer is not None:
            self._buf = _buffer
        else:
            self._buf = _mp.shm_create(_mp.itemsize(self._typecode))
            if args:
                self._buf.store(self._typecode, 0, args[0])

    def __mp_reduce__(self):
        return ("RawValue", (self._typecode, self._buf.path(), self._buf.size()))

    @property
    def value(self):
        return self._buf.load(self._typecode, 0)

    @value.setter
    def value(self, v):
        self._buf.store(self._typecode, 0, v)

    def __repr__(self):
        return "%s(%r)" % (_ctype_name(self._typecode), self.value)


class RawArray:
    """A fixed-length array of C numbers in shared memory, without a lock (of a ctypes type
    other than a simple one: an array of that type in shared memory, zeroed or holding the
    initializer's items)."""

    def __new__(cls, typecode_or_type, size_or_initializer, _buffer=None, _length=None):
        if _ctypes_type(typecode_or_type):
            if isinstance(size_or_initializer, int):
                return _new_value(typecode_or_type * size_or_initializer)
            obj = _new_value(typecode_or_type * len(size_or_initializer))
            obj.__init__(*size_or_initializer)
            return obj
        return super().__new__(cls)

    def __init__(self, typecode_or_type, size_or_initializer, _buffer=None, _length=None):
        self._typecode = _check_typecode(typecode_or_type)
        if _buffer is not None:
            self._buf = _buffer
            self._length = _length
            return
        if isinstance(size_or_initializer, int):
            self._length = size_or_initializer
            init = None
        else:
            init = list(size_or_initializer)
            if self._typecode == "c" and isinstance(size_or_initializer, (bytes, bytearray)):
                init = [bytes((code,)) for code in init]   # a char array from bytes
            self._length = len(init)
        if self._length < 0:
            raise ValueError("Array length must be >= 0")
        self._buf = _mp.shm_create(_mp.itemsize(self._typecode) * self._length)
        if init is not None:
            for i in range(self._length):
                self._buf.store(self._typecode, i, init[i])

    def __mp_reduce__(self):
        return ("RawArray", (self._typecode, self._buf.path(), self._buf.size(), self._length))

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if i < 0 or i >= self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._buf.load(self._typecode, k) for k in _slice_range(i, self._length)]
            return b"".join(items) if self._typecode == "c" else items
        return self._buf.load(self._typecode, self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            keys = list(_slice_range(i, self._length))
            values = list(value)
            if self._typecode == "c" and isinstance(value, (bytes, bytearray)):
                values = [bytes((code,)) for code in values]
            if len(keys) != len(values):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(keys, values):
                self._buf.store(self._typecode, k, v)
            return
        self._buf.store(self._typecode, self._index(i), value)

    def __iter__(self):
        for k in range(self._length):
            yield self._buf.load(self._typecode, k)

    def __repr__(self):
        # CPython's shared array is an instance of a ctypes array type made here
        return "<multiprocessing.sharedctypes.%s_Array_%d object at %#x>" % (
            _ctype_name(self._typecode), self._length, id(self))

    @property
    def value(self):
        if self._typecode != "c":
            raise AttributeError("'Array' object has no attribute 'value'")
        data = self[:]
        end = data.find(b"\x00")
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, data):
        if self._typecode != "c":
            raise AttributeError("'Array' object has no attribute 'value'")
        if not isinstance(data, bytes):
            raise TypeError("bytes expected instead of %s instance" % type(data).__name__)
        if len(data) > self._length:
            raise ValueError("byte string too long")
        for i, code in enumerate(data):
            self._buf.store("c", i, bytes((code,)))
        if len(data) < self._length:
            self._buf.store("c", len(data), b"\x00")

    @property
    def raw(self):
        return self[:]


class SynchronizedBase:
    """A shared value or array with the lock that guards it."""

    def __init__(self, obj, lock=None):
        self._obj = obj
        if lock is None or lock is True:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<%s wrapper for %s>" % (type(self).__name__, self._obj)


def _assert_spawning(obj):
    # A value with a lock travels only to a child being started, as CPython's does.
    from multiprocessing.synchronize import _assert_spawning
    _assert_spawning(obj)


class Synchronized(SynchronizedBase):
    def __mp_reduce__(self):
        _assert_spawning(self)
        return ("Synchronized", (self._obj, self._lock))

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return "<Synchronized wrapper for %r>" % (self._obj,)


class SynchronizedArray(SynchronizedBase):
    def __mp_reduce__(self):
        _assert_spawning(self)
        return ("SynchronizedArray", (self._obj, self._lock))

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            items = [self._obj[k] for k in range(len(self._obj))]
        return iter(items)

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, data):
        with self._lock:
            self._obj.value = data

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self._obj,)


def _check_lock(lock):
    if not (lock is True or lock is None or hasattr(lock, "acquire")):
        raise AttributeError("%r has no method 'acquire'" % lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A synchronized shared number: Value('i', 0).value, guarded by get_lock()."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    _check_lock(lock)
    return synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A synchronized shared array: Array('d', [1.0, 2.0]) or Array('i', 10)."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    _check_lock(lock)
    return synchronized(obj, lock)


def copy(obj):
    """A new shared object, without a lock, holding a copy of obj's value."""
    if isinstance(obj, RawValue):
        return RawValue(obj._typecode, obj.value)
    if isinstance(obj, RawArray):
        return RawArray(obj._typecode, list(obj))
    import ctypes
    new = _new_value(type(obj))
    ctypes._write(type(obj), new._b_mem, 0, obj)
    return new


_synchronized_classes = {}


def _field_property(name):
    def get(self):
        with self._lock:
            return getattr(self._obj, name)

    def set(self, value):
        with self._lock:
            setattr(self._obj, name, value)
    return property(get, set)


def _reduce_synchronized(self):
    _assert_spawning(self)
    return ("Synchronized", (self._obj, self._lock))


def synchronized(obj, lock=None, ctx=None):
    """obj with a lock (a new RLock if lock is None) that guards each access: a
    Synchronized for a number, a SynchronizedArray for an array, and for a structure a
    Synchronized<Name> whose properties are its fields."""
    assert not isinstance(obj, SynchronizedBase), "object already synchronized"
    ctypes = _sys.modules.get("ctypes")
    if isinstance(obj, RawValue) or (ctypes and isinstance(obj, ctypes._SimpleCData)):
        return Synchronized(obj, lock)
    if isinstance(obj, RawArray) or (ctypes and isinstance(obj, ctypes.Array)):
        return SynchronizedArray(obj, lock)
    cls = type(obj)
    wrapper = _synchronized_classes.get(cls)
    if wrapper is None:
        namespace = {field[0]: _field_property(field[0]) for field in cls._fields_}
        namespace["__mp_reduce__"] = _reduce_synchronized
        wrapper = type("Synchronized" + cls.__name__, (SynchronizedBase,), namespace)
        _synchronized_classes[cls] = wrapper
    return wrapper(obj, lock)


def _rebuild_raw_value(typecode, *state):
    if typecode == "ctypes":  # a ctypes object (see ctypes._CData.__mp_reduce__)
        return _rebuild_ctype(*state)
    path, size = state
    return RawValue(typecode, _buffer=_mp.shm_open(path, size))


_mp._register_handle("RawValue", _rebuild_raw_value)
_mp._register_handle("RawArray", lambda code, path, size, n: RawArray(code, None, _buffer=_mp.shm_open(path, size), _length=n))
_mp._register_handle("Synchronized", lambda obj, lock: synchronized(obj, lock))
_mp._register_handle("SynchronizedArray", lambda obj, lock: SynchronizedArray(obj, lock))
